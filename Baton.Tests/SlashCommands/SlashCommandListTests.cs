using System.Text.Json;
using Baton.Api.SlashCommands;

namespace Baton.Tests.SlashCommands;

/// <summary>The commands an <c>init</c> line lists, with the descriptions the bridge added, as the web app offers them.</summary>
public sealed class SlashCommandListTests
{
    [Fact]
    public void Listed_commands_get_their_descriptions_and_terminal_ones_are_marked()
    {
        var commands = SlashCommandList.FromInitLine(JsonElement.Parse("""
            {
              "type": "system", "subtype": "init",
              "slash_commands": ["hello", "compact", "color", "__remote-workflow", "context"],
              "terminal_slash_commands": ["color"],
              "baton_slash_commands": [
                { "name": "hello", "description": "Greets the project (project)", "argumentHint": "" },
                { "name": "compact", "description": "Free up context", "argumentHint": "<instructions>" },
                { "name": "color", "description": "Set the prompt bar color", "argumentHint": "[red|blue]" }
              ]
            }
            """))!;

        Assert.Equal(
            [
                new SlashCommand("hello", "Greets the project (project)", "", false),
                new SlashCommand("compact", "Free up context", "<instructions>", false),
                new SlashCommand("color", "Set the prompt bar color", "[red|blue]", true),
                new SlashCommand("context", "", "", false),
            ],
            commands.Take(4));
        Assert.All(commands.Skip(4), command => Assert.True(command.TerminalOnly));
        Assert.Contains(commands, command => command.Name == "login");
        Assert.DoesNotContain(commands, command => command.Name.StartsWith("__", StringComparison.Ordinal));
    }

    [Fact]
    public void An_init_line_without_commands_lists_none() =>
        Assert.Null(SlashCommandList.FromInitLine(JsonElement.Parse("""{ "type": "system", "subtype": "init" }""")));
}
