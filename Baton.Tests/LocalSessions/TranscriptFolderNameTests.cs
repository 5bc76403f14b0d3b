using Baton.Bridge.Sessions;

namespace Baton.Tests.LocalSessions;

/// <summary>The folder names the pinned CLI gave working directories (docs/claude-cli-facts.md), which narrow where the bridge looks.</summary>
public sealed class TranscriptFolderNameTests
{
    [Theory]
    [InlineData("/tmp/imp/proj", "-tmp-imp-proj", true)]
    [InlineData("/tmp/imp/a.b_c d", "-tmp-imp-a-b-c-d", true)]
    [InlineData("/tmp/imp/a-b-c-d", "-tmp-imp-a-b-c-d", true)]
    [InlineData("/tmp/imp/proj", "-tmp-imp-proj-2", false)]
    public void A_folder_is_named_after_the_working_directory_with_every_other_character_a_dash(string workingDirectory, string folder, bool matches) =>
        Assert.Equal(matches, TranscriptFolderName.For(workingDirectory).Matches(folder));

    [Fact]
    public void A_long_working_directory_is_cut_to_200_characters_and_a_hash()
    {
        var workingDirectory = "/tmp/imp/" + new string('x', 120) + "/" + new string('y', 120);
        var cut = ("-tmp-imp-" + new string('x', 120) + "-" + new string('y', 120))[..200];

        Assert.True(TranscriptFolderName.For(workingDirectory).Matches(cut + "-xhqzfp"));
        Assert.False(TranscriptFolderName.For(workingDirectory).Matches(cut));
    }
}
