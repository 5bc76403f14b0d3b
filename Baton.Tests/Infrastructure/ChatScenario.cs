using Baton.Api.Endpoints.Bridges;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Projects;
using Baton.Contracts.Bridges;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// A fresh user with a bridge, a project on it and a conversation; a test bridge connected to one API
/// instance and a browser tab on the other (by default), so everything crosses the Redis backplane.
/// </summary>
public sealed class ChatScenario : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _clients = [];

    private ChatScenario(BatonAppFixture app, ApiUser user, CreatedBridgeResponse bridgeToken, ProjectResponse project, ConversationResponse conversation)
    {
        App = app;
        User = user;
        BridgeToken = bridgeToken;
        Project = project;
        Conversation = conversation;
    }

    public BatonAppFixture App { get; }

    public ApiUser User { get; }

    public CreatedBridgeResponse BridgeToken { get; }

    public ProjectResponse Project { get; }

    public ConversationResponse Conversation { get; }

    public Guid ConversationId => Conversation.Id;

    public TestBridge Bridge { get; private set; } = null!;

    public TestBrowser Browser { get; private set; } = null!;

    public static async Task<ChatScenario> StartAsync(BatonAppFixture app, string browserOn = "api", string bridgeOn = "api2", bool connectBridge = true)
    {
        var user = await ApiUser.SignUpAsync(app);
        var bridgeToken = await user.CreateBridgeAsync();
        var project = await user.CreateProjectAsync(bridgeToken.Id);
        var conversation = await user.CreateConversationAsync(project.Id);
        var scenario = new ChatScenario(app, user, bridgeToken, project, conversation);
        if (connectBridge)
        {
            scenario.Bridge = await scenario.ConnectBridgeAsync(bridgeOn);
        }

        scenario.Browser = await scenario.OpenTabAsync(browserOn);
        return scenario;
    }

    /// <summary>Another tab of the same user, on the instance given.</summary>
    public async Task<TestBrowser> OpenTabAsync(string resource)
    {
        var browser = await TestBrowser.ConnectAsync(App, resource, User.Tokens.AccessToken);
        _clients.Add(browser);
        return browser;
    }

    /// <summary>The scenario's bridge (again), on the instance given; it becomes <see cref="Bridge"/>.</summary>
    public async Task<TestBridge> ConnectBridgeAsync(string resource, IReadOnlyList<ActiveRun>? activeRuns = null, Action<TestBridge>? prepare = null)
    {
        var bridge = await TestBridge.ConnectAsync(App, resource, BridgeToken.Token, activeRuns, prepare: prepare);
        _clients.Add(bridge);
        Bridge = bridge;
        return bridge;
    }

    /// <summary>Sends a message from the browser and waits until the bridge was asked to run it.</summary>
    public async Task<(StartedRun Sent, ExecuteRunRequest Execute)> StartRunAsync(string content = "Hello")
    {
        var sent = await Browser.SendAsync(ConversationId, content);
        var execute = await Bridge.WaitForExecuteAsync(request => request.RequestId == sent.RequestId);
        return (sent, execute);
    }

    /// <summary>The bridge asks for a permission in the run and waits until the browser shows the prompt; returns its id.</summary>
    public async Task<Guid> ShowPromptAsync(Guid requestId, string toolName, object input, params object[] suggestions)
    {
        var promptId = await Bridge.RequestPermissionAsync(requestId, toolName, input, suggestions);
        await Browser.Events.WaitForAsync<InteractivePrompt>(prompt => prompt.PromptId == promptId);
        return promptId;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        User.Dispose();
    }
}
