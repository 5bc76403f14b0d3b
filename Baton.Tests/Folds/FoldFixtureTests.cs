using System.Text.Json.Nodes;

namespace Baton.Tests.Folds;

/// <summary>
/// The API's fold of recorded runs gives the blocks the fixtures hold; the web app's live fold is held
/// to the same fixtures (<c>fold-fixtures.test.ts</c>), so the two cannot drift apart. Set
/// <c>BATON_RECORD_FOLDS=1</c> to rewrite the expectations after a deliberate change, then review the diff.
/// </summary>
public sealed class FoldFixtureTests
{
    public static TheoryData<string> Fixtures => [.. FoldFixture.Names];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_recorded_run_folds_into_the_blocks_its_fixture_holds(string name)
    {
        var fixture = FoldFixture.Load(name);

        var (events, blocks) = fixture.Play();

        if (Environment.GetEnvironmentVariable("BATON_RECORD_FOLDS") == "1")
        {
            fixture.Record(events, blocks);
        }

        Assert.True(JsonNode.DeepEquals(fixture.ExpectedEvents, events), $"The events differ from the fixture's:\n{events}");
        Assert.True(JsonNode.DeepEquals(fixture.ExpectedBlocks, blocks), $"The blocks differ from the fixture's:\n{blocks}");
    }
}
