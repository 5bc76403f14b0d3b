using System.Text.Json;

namespace Baton.Api.LocalSessions;

/// <summary>
/// Follows a transcript's <c>parentUuid</c> chain in file order. The CLI appends each record to the one
/// before it, so a record whose parent already has a child means two writers appended to the session at
/// once (Baton and a terminal), each from the same point: the conversation forked. A parent written in an
/// earlier read that is not the tip then left behind must have had a child after it too.
/// </summary>
public sealed class TranscriptChain(string? tip)
{
    private readonly HashSet<string> _seen = [];
    private readonly HashSet<string> _withChild = [];

    /// <summary>The newest record of the chain read so far.</summary>
    public string? Tip { get; private set; } = tip;

    /// <summary>Moves on to <paramref name="record"/>; true when it forks the chain.</summary>
    public bool Forks(JsonElement record)
    {
        if (Uuid(record, "uuid") is not { } uuid || IsSidechain(record))
        {
            return false;
        }

        var parent = Uuid(record, "parentUuid");
        var forks = parent is not null && parent != Tip && (_withChild.Contains(parent) || !_seen.Contains(parent));
        if (parent is not null)
        {
            _withChild.Add(parent);
        }

        _seen.Add(uuid);
        Tip = uuid;
        return forks;
    }

    /// <summary>Who wrote the record: <c>baton</c> for a CLI the bridge ran.</summary>
    public static string? Entrypoint(JsonElement record) => Uuid(record, "entrypoint");

    private static bool IsSidechain(JsonElement record) =>
        record.TryGetProperty("isSidechain", out var value) && value.ValueKind == JsonValueKind.True;

    private static string? Uuid(JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
