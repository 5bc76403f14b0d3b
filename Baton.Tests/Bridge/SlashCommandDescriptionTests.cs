using System.Text.Json;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>The real CLI describes its slash commands only when asked (<c>initialize</c>); the bridge adds that to the init line it passes on.</summary>
public sealed class SlashCommandDescriptionTests
{
    [Fact]
    public async Task The_init_line_carries_each_command_with_its_description_the_projects_own_among_them()
    {
        await using var host = await BridgeTestHost.StartAsync();
        Directory.CreateDirectory(Path.Combine(host.ProjectRoot, ".claude", "commands"));
        await File.WriteAllTextAsync(
            Path.Combine(host.ProjectRoot, ".claude", "commands", "hello.md"),
            "---\ndescription: Greets the project\n---\nSay hello to the project.\n");

        var requestId = await host.StartRunAsync("/hello");
        await host.WaitForCompletionAsync(requestId);

        var init = Assert.Single(host.Recorder.Run(requestId).LinesOf("system", "init"));
        var described = init.GetProperty("baton_slash_commands").EnumerateArray()
            .ToDictionary(command => command.GetProperty("name").GetString()!, command => command.GetProperty("description").GetString());
        var listed = init.GetProperty("slash_commands").EnumerateArray().Select(name => name.GetString()!).ToList();
        Assert.Equal("Greets the project (project)", described["hello"]);
        Assert.Contains("compact", listed);
        Assert.All(listed, name => Assert.True(described.ContainsKey(name), $"/{name} has no description"));
        Assert.Contains("Say hello to the project.", JsonSerializer.Serialize(await host.ModelRequestsAsync()));
    }
}
