namespace Baton.Bridge.Cli;

/// <summary>The CLI answered a control request (<c>set_model</c>, <c>interrupt</c>, ...) with an error.</summary>
public sealed class ClaudeControlException(string message) : Exception(message);
