using System.Net;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Search;
using Baton.Api.Search;
using Baton.Contracts.Chat;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

/// <summary>Full-text search over a person's messages: what it finds, how it marks it, and whose it shows.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFixture app)
{
    [Fact]
    public async Task Words_of_a_message_a_tool_call_and_its_result_are_found_with_the_match_marked_and_only_by_their_owner()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync("Please refactor the billing module");
        await chat.Bridge.StreamAsync(
            sent.RequestId,
            CliLines.ToolUse("msg_1", "toolu_1", "Bash", new { command = "grep -rn frobnicate src/", description = "Find the helper" }),
            CliLines.ToolResult("toolu_1", "src/widgets/quasar-helper.ts: export function frobnicate()"),
            CliLines.AssistantText("msg_2", "The helper now lives in one place."));
        await chat.Bridge.CompleteAsync(sent.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);

        var question = Assert.Single(await SearchAsync(chat.User, "billing"));
        Assert.Equal((MessageRole.User, chat.ConversationId, chat.Project.Id, chat.Project.Name), (question.Role, question.ConversationId, question.ProjectId, question.ProjectName));
        Assert.Equal(["billing"], question.Snippet.Where(part => part.Match).Select(part => part.Text));
        Assert.Equal("Please refactor the billing module", string.Concat(question.Snippet.Select(part => part.Text)));

        var answer = Assert.Single(await SearchAsync(chat.User, "frobnicate"));
        Assert.Equal(MessageRole.Assistant, answer.Role);
        Assert.All(answer.Snippet.Where(part => part.Match), part => Assert.Equal("frobnicate", part.Text));
        Assert.Equal(answer.MessageId, Assert.Single(await SearchAsync(chat.User, "quasar")).MessageId);
        Assert.Equal(answer.MessageId, Assert.Single(await SearchAsync(chat.User, "\"lives in one place\"")).MessageId);
        Assert.Empty(await SearchAsync(chat.User, "billing -module"));

        using var stranger = await ApiUser.SignUpAsync(app);
        Assert.Empty(await SearchAsync(stranger, "frobnicate"));
    }

    [Fact]
    public async Task A_block_is_found_once_whole_while_its_answer_still_streams_and_words_still_streaming_are_not()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var (sent, _) = await chat.StartRunAsync("Find the helper");
        await chat.Bridge.StreamAsync(
            sent.RequestId,
            CliLines.ToolUse("msg_1", "toolu_1", "Bash", new { command = "grep -rn frobnicate src/" }),
            CliLines.ToolResult("toolu_1", "src/widgets/quasar-helper.ts"),
            CliLines.MessageStart("msg_2"),
            CliLines.TextBlockStart(0));
        var streamed = await chat.Bridge.StreamAsync(sent.RequestId, CliLines.TextDelta(0, "zephyr "), CliLines.TextDelta(0, "lives "));
        await chat.Bridge.WaitForAckAsync(sent.RequestId, streamed);

        Assert.Equal(sent.AssistantMessageId, Assert.Single(await SearchAsync(chat.User, "quasar")).MessageId);
        Assert.Empty(await SearchAsync(chat.User, "zephyr"));

        var whole = await chat.Bridge.StreamAsync(sent.RequestId, CliLines.AssistantText("msg_2", "zephyr lives here"));
        await chat.Bridge.WaitForAckAsync(sent.RequestId, whole);

        Assert.Equal(sent.AssistantMessageId, Assert.Single(await SearchAsync(chat.User, "zephyr")).MessageId);
    }

    [Fact]
    public async Task Newest_puts_the_latest_message_first_and_best_puts_the_closest_match_first()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        foreach (var content in new[] { "walrus walrus walrus tusks", "one lonely walrus" })
        {
            var (sent, _) = await chat.StartRunAsync(content);
            await chat.Bridge.CompleteAsync(sent.RequestId);
            await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        }

        var best = await SearchAsync(chat.User, "walrus");
        var newest = await SearchAsync(chat.User, "walrus", SearchQuery.Newest);

        Assert.Equal(["walrus walrus walrus tusks", "one lonely walrus"], best.Select(Text));
        Assert.Equal(["one lonely walrus", "walrus walrus walrus tusks"], newest.Select(Text));
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("limit=5", "q")]
    [InlineData("q=walrus&order=oldest", "order")]
    [InlineData("q=walrus&limit=0", "limit")]
    [InlineData("q=walrus&limit=51", "limit")]
    public async Task A_query_it_cannot_run_is_refused_with_the_field_named(string query, string field)
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var response = await user.Client.GetAsync($"/api/search?{query}");
        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task A_query_of_only_common_words_or_symbols_finds_nothing_rather_than_failing()
    {
        using var user = await ApiUser.SignUpAsync(app);
        Assert.Empty(await SearchAsync(user, "the and of"));
        Assert.Empty(await SearchAsync(user, "\" - | ( ) ! & : *"));
        using var tooLong = await user.Client.GetAsync($"/api/search?q={new string('a', SearchQueryValidator.MaxQueryLength + 1)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    private static async Task<IReadOnlyList<SearchHit>> SearchAsync(ApiUser user, string text, string order = SearchQuery.Best) =>
        (await user.GetAsync<SearchResponse>($"/api/search?q={Uri.EscapeDataString(text)}&order={order}")).Hits;

    private static string Text(SearchHit hit) => string.Concat(hit.Snippet.Select(part => part.Text));
}
