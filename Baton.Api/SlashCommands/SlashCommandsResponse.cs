namespace Baton.Api.SlashCommands;

/// <summary>The slash commands a project's CLI listed last; empty until Claude Code has run in the project.</summary>
public sealed record SlashCommandsResponse(IReadOnlyList<SlashCommand> Commands);
