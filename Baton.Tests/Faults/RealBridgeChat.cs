using System.Text.Json;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Bridges;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Projects;
using Baton.Contracts.Chat;
using Baton.Contracts.Messages;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Faults;

/// <summary>
/// A conversation of the seeded user in a project of its own (a fresh folder of the workspace) on the
/// real bridge, with tabs on either API instance and the stored history at hand.
/// </summary>
public sealed class RealBridgeChat : IAsyncDisposable
{
    private readonly List<TestBrowser> _tabs = [];

    private RealBridgeChat(BatonAppFixture app, ApiUser user, ProjectResponse project, ConversationResponse conversation)
    {
        App = app;
        User = user;
        Project = project;
        Conversation = conversation;
    }

    public BatonAppFixture App { get; }

    public ApiUser User { get; }

    public ProjectResponse Project { get; }

    public ConversationResponse Conversation { get; }

    public Guid ConversationId => Conversation.Id;

    /// <summary>The project's folder: the CLI's working directory.</summary>
    public string ProjectRoot => Project.RootDirectory;

    public static async Task<RealBridgeChat> StartAsync(BatonAppFixture app)
    {
        var user = await ApiUser.SignInAsync(app, await AppParameters.GetAsync(app, "seed-email"), app.SeedPassword);
        var bridge = Assert.Single(await user.GetAsync<List<BridgeResponse>>("/api/bridges"));
        var name = $"faults-{Guid.NewGuid():N}";
        var project = await user.PostAsync<ProjectResponse>("/api/projects", new ProjectRequest(name, Path.Combine(app.WorkspaceRoot, name), bridge.Id));
        var conversation = await user.CreateConversationAsync(project.Id);
        return new RealBridgeChat(app, user, project, conversation);
    }

    /// <summary>A tab of the seeded user on the instance given, joined to the conversation after <paramref name="afterSeq"/>.</summary>
    public async Task<TestBrowser> OpenTabAsync(string resource, long afterSeq = 0)
    {
        var tab = await TestBrowser.ConnectAsync(App, resource, User.Tokens.AccessToken);
        _tabs.Add(tab);
        await tab.JoinAsync(ConversationId, afterSeq);
        return tab;
    }

    /// <summary>The stored messages, oldest first.</summary>
    public async Task<IReadOnlyList<MessageResponse>> HistoryAsync(string resource = "api")
    {
        using var client = User.ClientOf(resource);
        using var response = await client.GetAsync($"/api/chat/messages/{ConversationId}");
        Assert.True(response.IsSuccessStatusCode, $"History: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var page = JsonSerializer.Deserialize<MessagePage>(await response.Content.ReadAsStringAsync(), ApiJson.Options)!;
        return page.Messages;
    }

    /// <summary>The stored assistant message of a run.</summary>
    public async Task<MessageResponse> AnswerOfAsync(Guid requestId, string resource = "api") =>
        Assert.Single(await HistoryAsync(resource), message => message.RequestId == requestId && message.Role == MessageRole.Assistant);

    /// <summary>The text blocks of a stored message, joined.</summary>
    public static string TextOf(MessageResponse message) => string.Concat(message.Content.OfType<TextBlock>().Select(block => block.Text));

    /// <summary>The text a tab was streamed for a run, each delta once (a browser drops any seq it has seen).</summary>
    public static string StreamedTextOf(IEnumerable<TestBrowser> tabs, Guid requestId) => string.Concat(tabs
        .SelectMany(tab => tab.Events.OfType<ChatStreamResponse>())
        .Where(response => response.RequestId == requestId)
        .DistinctBy(response => response.Seq)
        .OrderBy(response => response.Seq)
        .Select(response => response.Event is TextDeltaEvent delta ? delta.Text : ""));

    /// <summary>The run's whole text blocks as the CLI finished them (<c>block_complete</c>), joined.</summary>
    public static string FinishedTextOf(TestBrowser tab, Guid requestId) => string.Concat(tab.Events.OfType<ChatStreamResponse>()
        .Where(response => response.RequestId == requestId)
        .DistinctBy(response => response.Seq)
        .Select(response => response.Event)
        .OfType<BlockCompleteEvent>()
        .Select(complete => complete.Block is TextBlock text ? text.Text : ""));

    public async ValueTask DisposeAsync()
    {
        foreach (var tab in _tabs)
        {
            await tab.DisposeAsync();
        }

        User.Dispose();
    }
}
