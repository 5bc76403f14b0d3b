namespace Baton.Contracts.Bridges;

/// <summary>A model the bridge's CLI offers (its <c>list_models</c>): the name to ask for, and how to show it.</summary>
public sealed record ModelChoice(string Value, string DisplayName, string? Description);
