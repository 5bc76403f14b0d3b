using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Api.LocalSessions;
using Baton.Contracts.Messages;

namespace Baton.Tests.LocalSessions;

/// <summary>The CLI's transcript records, as the pinned CLI wrote them, become Baton's typed blocks.</summary>
public sealed class TranscriptParserTests
{
    private static readonly IReadOnlyList<JsonElement> Session = TranscriptFixture.Records("recorded-session.jsonl");

    [Fact]
    public void Every_typed_prompt_starts_a_turn_and_nothing_the_cli_wrote_for_itself_does()
    {
        var prompts = Session.Select(TranscriptParser.Parse).OfType<PromptPiece>().Select(prompt => prompt.Text);

        Assert.Equal(["Hello there", "run echo hi", "How many messages have I sent?", "delegate please", "run echo two", "hi again"], prompts);
    }

    [Fact]
    public void A_tool_call_and_its_result_become_typed_blocks_of_the_answer()
    {
        var blocks = Session.Select(TranscriptParser.Parse).OfType<AnswerPiece>().SelectMany(piece => piece.Blocks).ToList();

        var bash = blocks.OfType<ToolUseBlock>().First(block => block.Name == "Bash");
        Assert.Equal("echo hi", bash.Input!.Value.GetProperty("command").GetString());
        Assert.NotNull(bash.CliMessageId);
        var result = blocks.OfType<ToolResultBlock>().Single(block => block.ToolUseId == bash.Id);
        Assert.Equal("hi", result.Content.GetString());
        Assert.False(result.IsError);
        Assert.Equal("hi", result.ToolUseResult!.Value.GetProperty("stdout").GetString());
        Assert.Contains(blocks, block => block is TextBlock { Text: "Done. The tool said: hi" });
        Assert.Contains(blocks, block => block is ToolUseBlock { Name: "Agent" });
    }

    [Fact]
    public void A_subagents_records_and_records_outside_the_conversation_give_nothing()
    {
        var subagent = TranscriptFixture.Records("recorded-subagent.jsonl");
        var outside = Session.Where(record => record.GetProperty("type").GetString() is not ("user" or "assistant"));

        Assert.NotEmpty(subagent);
        Assert.All(subagent, record => Assert.Null(TranscriptParser.Parse(record)));
        Assert.All(outside, record => Assert.Null(TranscriptParser.Parse(record)));
    }

    [Fact]
    public void The_records_a_baton_run_wrote_are_marked_as_batons()
    {
        var batons = Session.Where(record => TranscriptChain.Entrypoint(record) == "baton").Select(TranscriptParser.Parse).OfType<PromptPiece>();

        Assert.Equal("hi again", Assert.Single(batons).Text);
    }

    [Fact]
    public void The_chain_of_a_session_written_by_one_process_at_a_time_never_forks()
    {
        var chain = new TranscriptChain(null);

        Assert.DoesNotContain(Session, chain.Forks);
    }

    [Fact]
    public void A_record_that_continues_from_a_point_another_record_already_continued_forks_the_chain()
    {
        var chained = Session.Where(record => record.TryGetProperty("uuid", out _)).ToList();
        var branchPoint = chained[^3].GetProperty("uuid").GetString();
        var second = JsonNode.Parse(chained[^2].GetRawText())!.AsObject();
        second["uuid"] = Guid.NewGuid().ToString();
        second["parentUuid"] = branchPoint;
        var chain = new TranscriptChain(null);

        var forks = Session.Append(JsonSerializer.SerializeToElement(second)).Select(chain.Forks).ToList();

        Assert.True(forks[^1]);
        Assert.Single(forks, fork => fork);
    }

    [Fact]
    public void A_read_that_starts_after_the_tip_is_told_a_fork_from_an_earlier_record()
    {
        var chained = Session.Where(record => record.TryGetProperty("uuid", out _)).ToList();
        var record = JsonNode.Parse(chained[^1].GetRawText())!.AsObject();
        record["uuid"] = Guid.NewGuid().ToString();
        var fromTip = JsonSerializer.SerializeToElement(record);
        record["parentUuid"] = chained[^3].GetProperty("uuid").GetString();
        var fromEarlier = JsonSerializer.SerializeToElement(record);

        Assert.False(new TranscriptChain(chained[^1].GetProperty("parentUuid").GetString()).Forks(fromTip));
        Assert.True(new TranscriptChain(chained[^1].GetProperty("uuid").GetString()).Forks(fromEarlier));
    }
}
