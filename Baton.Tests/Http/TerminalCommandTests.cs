using System.Net;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Chat;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

/// <summary>The command that continues a conversation's Claude session in a terminal on its bridge's machine.</summary>
[Collection(ApiCollection.Name)]
public sealed class TerminalCommandTests(ApiFixture app)
{
    [Fact]
    public async Task After_a_run_the_command_resumes_its_session_in_the_project_folder_with_the_bridges_cli_and_configuration()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync("Hello");
        await chat.Bridge.CompleteAsync(sent.RequestId, "0b5f3d7e-session");
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);

        var terminal = await chat.User.GetAsync<TerminalCommandResponse>($"/api/chat/conversation/{chat.ConversationId}/terminal");

        Assert.Equal(
            $"cd {chat.Project.RootDirectory} && CLAUDE_CONFIG_DIR={TestBridge.CliConfigDir} '{TestBridge.CliPath}' --resume 0b5f3d7e-session",
            terminal.Command);
        Assert.Equal(("0b5f3d7e-session", chat.BridgeToken.Name), (terminal.SessionId, terminal.BridgeName));
    }

    [Fact]
    public async Task A_conversation_without_a_session_yet_says_to_send_a_message_first_and_another_users_is_not_found()
    {
        using var owner = await ApiUser.SignUpAsync(app);
        using var stranger = await ApiUser.SignUpAsync(app);
        var conversation = await owner.CreateConversationAsync((await owner.CreateProjectAsync()).Id);

        using var early = await owner.Client.GetAsync($"/api/chat/conversation/{conversation.Id}/terminal");
        using var foreign = await stranger.Client.GetAsync($"/api/chat/conversation/{conversation.Id}/terminal");

        var problem = await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict);
        Assert.Contains("send it a message first", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Theory]
    [InlineData("/home/dev/my project", "/usr/bin/claude", null, "s-1", "cd '/home/dev/my project' && /usr/bin/claude --resume s-1")]
    [InlineData("/srv/it's", "claude", "/home/dev/.claude", "s-2", @"cd '/srv/it'\''s' && CLAUDE_CONFIG_DIR=/home/dev/.claude claude --resume s-2")]
    [InlineData("/srv/$(rm -rf ~)", "claude", null, "s;3", "cd '/srv/$(rm -rf ~)' && claude --resume 's;3'")]
    public void Every_part_is_quoted_so_the_shell_takes_it_literally(string root, string cli, string? configDir, string session, string expected) =>
        Assert.Equal(expected, TerminalCommand.For(root, cli, configDir, session));
}
