namespace Baton.Contracts.Streaming;

/// <summary>The CLI took a message the person sent into the running turn (its echo of it): it belongs here in the answer.</summary>
public sealed record SteeredMessageEvent(string Content) : StreamEvent;
