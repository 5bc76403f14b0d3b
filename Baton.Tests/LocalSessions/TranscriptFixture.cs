using System.Text.Json;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.LocalSessions;

/// <summary>Transcripts the pinned CLI wrote against the scripted model (<c>Baton.Tests/Fixtures/Transcripts</c>, paths rewritten).</summary>
internal static class TranscriptFixture
{
    public static IReadOnlyList<JsonElement> Records(string name) =>
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Baton.Tests", "Fixtures", "Transcripts", name))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
