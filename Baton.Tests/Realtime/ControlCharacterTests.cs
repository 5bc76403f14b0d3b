using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Realtime;

/// <summary>
/// NUL and other control characters: refused in what a person sends, replaced in what the CLI
/// reports (it cannot be refused), and never a reason to call the bridge away.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ControlCharacterTests(ApiFixture app)
{
    [Theory]
    [InlineData("before\0after")]
    [InlineData("bell\a")]
    [InlineData("escape\u001b[31m")]
    public async Task A_message_with_control_characters_is_refused_as_invalid(string content)
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");

        var failure = await Assert.ThrowsAsync<HubException>(() => chat.Browser.SendAsync(chat.ConversationId, content));

        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(failure));
    }

    [Fact]
    public async Task A_message_keeps_its_line_breaks_and_tabs()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");

        var (_, execute) = await chat.StartRunAsync("first line\r\n\tsecond line");

        Assert.Equal("first line\r\n\tsecond line", execute.Prompt);
    }

    [Fact]
    public async Task A_tool_result_with_NUL_characters_is_shown_and_stored_with_replacement_characters()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync("Read the image");

        // What the CLI reports after its Read tool met a binary file; an escaped backslash before "u0000" is plain text.
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.ToolResult("toolu_1", "PNG\0\u0001data \\u0000 kept"));
        await chat.Bridge.CompleteAsync(sent.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);

        const string Expected = "PNG\uFFFD\u0001data \\u0000 kept";
        var live = chat.Browser.Events.OfType<ChatStreamResponse>().Select(m => m.Event).OfType<ToolResultEvent>().Single();
        Assert.Equal(Expected, live.Content.GetString());
        var stored = await chat.User.GetAsync<EventPage>($"/api/chat/events/{chat.ConversationId}");
        var storedResult = stored.Events
            .Where(e => e.Type == WireEvents.ChatStreamResponse)
            .Select(e => e.Payload.GetProperty("event"))
            .Single(e => e.GetProperty("kind").GetString() == StreamEventKinds.ToolResult);
        Assert.Equal(Expected, storedResult.GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("src/\0Program.cs")]
    [InlineData("src/\u001bProgram.cs")]
    public async Task A_file_path_with_control_characters_is_refused_before_it_reaches_the_bridge(string path)
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");

        var reading = await Assert.ThrowsAsync<HubException>(() =>
            chat.Browser.InvokeAsync<FileContent>(WireEvents.FilesContent, new ReadFileRequest(chat.Project.Id, path)));
        var listing = await Assert.ThrowsAsync<HubException>(() =>
            chat.Browser.InvokeAsync<FileListing>(WireEvents.FilesList, new ListFilesRequest(chat.Project.Id, path, null)));

        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(reading));
        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(listing));
        Assert.DoesNotContain(chat.Bridge.Events.All, e => e.Name is WireEvents.FilesContent or WireEvents.FilesList);
    }

    [Fact]
    public async Task A_bridge_that_fails_a_call_without_a_code_is_not_called_away()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        chat.Bridge.ReadFile = _ => throw new InvalidOperationException("Something the bridge did not expect.");

        var failure = await Assert.ThrowsAsync<HubException>(() =>
            chat.Browser.InvokeAsync<FileContent>(WireEvents.FilesContent, new ReadFileRequest(chat.Project.Id, "README.md")));
        var listing = await chat.Browser.InvokeAsync<FileListing>(WireEvents.FilesList, new ListFilesRequest(chat.Project.Id, null, null));

        Assert.Equal(ErrorCodes.Internal, HubErrors.ExtractCode(failure));
        Assert.NotEmpty(listing.Entries);
    }
}
