namespace Baton.Api.Endpoints.Chat;

/// <summary>How to continue a conversation in a terminal: <see cref="Command"/> runs on the machine of the bridge named <see cref="BridgeName"/>.</summary>
public sealed record TerminalCommandResponse(string Command, string SessionId, string BridgeName);
