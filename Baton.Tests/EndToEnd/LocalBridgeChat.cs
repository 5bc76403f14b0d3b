using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Projects;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.EndToEnd;

/// <summary>A conversation in a project of its own on the local bridge (real CLI, scripted model), and a tab joined to it.</summary>
public sealed class LocalBridgeChat : IAsyncDisposable
{
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);

    private LocalBridgeChat(FullAppFixture app, ApiUser user, ProjectResponse project, ConversationResponse conversation, TestBrowser browser)
    {
        App = app;
        User = user;
        Project = project;
        ConversationId = conversation.Id;
        Browser = browser;
    }

    public FullAppFixture App { get; }

    public ApiUser User { get; }

    public ProjectResponse Project { get; }

    public Guid ConversationId { get; }

    public TestBrowser Browser { get; }

    public static async Task<LocalBridgeChat> StartAsync(FullAppFixture app, PermissionMode mode)
    {
        var user = await ApiUser.SignInAsync(app, app.SeedEmail, app.SeedPassword);
        var playground = (await user.GetAsync<List<ProjectResponse>>("/api/projects")).Single(project => project.Name == "playground");
        var name = $"plans-{Guid.NewGuid():N}";
        var project = await user.PostAsync<ProjectResponse>("/api/projects", new ProjectRequest(name, Path.Combine(app.WorkspaceRoot, name), playground.BridgeId));
        var conversation = await user.PostAsync<ConversationResponse>("/api/chat/conversations", new CreateConversationRequest(project.Id, null, mode, null));
        var browser = await TestBrowser.ConnectAsync(app, "api", user.Tokens.AccessToken);
        await browser.InvokeAsync(WireEvents.ProjectJoin, new ProjectRoomRequest(project.Id));
        await browser.JoinAsync(conversation.Id);
        return new LocalBridgeChat(app, user, project, conversation, browser);
    }

    /// <summary>A second tab: in the project's room and the conversation.</summary>
    public async Task<TestBrowser> OpenTabAsync()
    {
        var tab = await TestBrowser.ConnectAsync(App, "api", User.Tokens.AccessToken);
        await tab.InvokeAsync(WireEvents.ProjectJoin, new ProjectRoomRequest(Project.Id));
        await tab.JoinAsync(ConversationId);
        return tab;
    }

    public string PathOf(string fileName) => Path.Combine(Project.RootDirectory, fileName);

    public Task<InteractivePrompt> WaitForPlanPromptAsync(Guid requestId) => WaitForPromptAsync(requestId, PlanScript.ToolName);

    public Task<InteractivePrompt> WaitForPromptAsync(Guid requestId, string toolName) =>
        Browser.Events.WaitForAsync<InteractivePrompt>(p => p.RequestId == requestId && p.ToolName == toolName, RunTimeout);

    /// <summary>The text the run's answer streamed, every block joined.</summary>
    public string TextOf(Guid requestId) => string.Concat(Events(requestId).OfType<TextDeltaEvent>().Select(delta => delta.Text));

    /// <summary>The plans the run presented, in order (the whole input of each ExitPlanMode call).</summary>
    public IReadOnlyList<string> PlansOf(Guid requestId) =>
    [
        .. Events(requestId).OfType<BlockCompleteEvent>()
            .Select(complete => complete.Block)
            .OfType<ToolUseBlock>()
            .Where(call => call.Name == PlanScript.ToolName && call.Input is not null)
            .Select(call => call.Input!.Value.GetProperty("plan").GetString()!),
    ];

    private IEnumerable<StreamEvent> Events(Guid requestId) =>
        Browser.Events.OfType<ChatStreamResponse>().Where(response => response.RequestId == requestId).Select(response => response.Event);

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        User.Dispose();
    }
}
