using System.Text.Json;

namespace Baton.Contracts.Sessions;

/// <summary>
/// A page of a transcript: its records in file order (a conversation record whole, any other record of
/// the <c>parentUuid</c> chain reduced to its <c>type</c>, <c>uuid</c>, <c>parentUuid</c>, <c>isSidechain</c>
/// and <c>entrypoint</c>; records outside the chain left out), the byte offset the next page starts at,
/// and whether this page reached the transcript's end.
/// </summary>
public sealed record TranscriptPage(IReadOnlyList<JsonElement> Records, long NextOffset, bool AtEnd);
