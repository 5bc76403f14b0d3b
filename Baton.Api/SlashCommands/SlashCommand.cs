namespace Baton.Api.SlashCommands;

/// <summary>
/// A command a person can type after <c>/</c>: the CLI's built-ins, the project's
/// <c>.claude/commands</c>, skills and plugins. <paramref name="TerminalOnly"/> ones work only in
/// the CLI's own terminal, so the web app explains them instead of sending them.
/// </summary>
public sealed record SlashCommand(string Name, string Description, string ArgumentHint, bool TerminalOnly);
