using System.Net;
using System.Net.Http.Json;
using Baton.Api.Usage;
using Baton.Contracts.Chat;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

/// <summary>Usage totals, added up in PostgreSQL from stored runs: per conversation, per project, by day, and only the user's own.</summary>
[Collection(ApiCollection.Name)]
public sealed class UsageApiTests(ApiFixture app)
{
    // What the test bridge reports for every completed run.
    private const long InputTokens = 10;
    private const long OutputTokens = 20;
    private const decimal CostUsd = 0.0123m;

    [Fact]
    public async Task Totals_add_up_the_users_finished_runs_by_conversation_project_and_day_and_leave_out_another_users()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await using var stranger = await ChatScenario.StartAsync(app);
        await CompleteRunsAsync(chat, 2);
        await CompleteRunsAsync(stranger, 1);
        var (stopped, _) = await chat.StartRunAsync("Stopped before it finished");
        await chat.Bridge.AbortedAsync(stopped.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatAborted>(a => a.RequestId == stopped.RequestId);

        var report = await ReportAsync(chat.User, "days=7&timeZone=Europe/Berlin");
        var conversation = await chat.User.Client.GetFromJsonAsync<UsageFigures>($"/api/usage/conversations/{chat.ConversationId}", ApiJson.Options);

        var expected = new UsageFigures(2, 2 * InputTokens, 2 * OutputTokens, 2 * CostUsd);
        Assert.Equal(expected, report.Total);
        Assert.Equal(expected, conversation);
        var project = Assert.Single(report.ByProject);
        Assert.Equal((chat.Project.Id, chat.Project.Name, expected), (project.ProjectId, project.ProjectName, project.Figures));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
        var day = Assert.Single(report.ByDay);
        Assert.Equal((today, expected), (day.Day, day.Figures));
        Assert.Equal((7, "Europe/Berlin"), (report.Days, report.TimeZone));

        var strangers = await ReportAsync(stranger.User, "");
        Assert.Equal(new UsageFigures(1, InputTokens, OutputTokens, CostUsd), strangers.Total);
        using var intruding = await stranger.User.Client.GetAsync($"/api/usage/conversations/{chat.ConversationId}");
        Assert.Equal(HttpStatusCode.NotFound, intruding.StatusCode);
    }

    [Fact]
    public async Task A_user_without_runs_has_zero_totals()
    {
        using var user = await ApiUser.SignUpAsync(app);

        var report = await ReportAsync(user, "");

        Assert.Equal(UsageFigures.None, report.Total);
        Assert.Empty(report.ByDay);
        Assert.Empty(report.ByProject);
    }

    [Theory]
    [InlineData("days=0", "days")]
    [InlineData("days=367", "days")]
    [InlineData("timeZone=Mars/Olympus_Mons", "timeZone")]
    public async Task A_period_it_cannot_count_is_refused_with_the_field_named(string query, string field)
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var response = await user.Client.GetAsync($"/api/usage?{query}");
        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    private static async Task CompleteRunsAsync(ChatScenario chat, int runs)
    {
        await chat.Browser.JoinAsync(chat.ConversationId);
        for (var run = 0; run < runs; run++)
        {
            var (sent, _) = await chat.StartRunAsync($"Question {run}");
            await chat.Bridge.CompleteAsync(sent.RequestId);
            await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        }
    }

    private static async Task<UsageReport> ReportAsync(ApiUser user, string query) =>
        (await user.Client.GetFromJsonAsync<UsageReport>($"/api/usage?{query}", ApiJson.Options))!;
}
