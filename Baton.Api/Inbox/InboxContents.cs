namespace Baton.Api.Inbox;

/// <summary>
/// What needs the person, across all their projects: prompts waiting (the soonest to expire first), runs
/// at work (the oldest first) and recent failures not yet dismissed (the newest first).
/// </summary>
public sealed record InboxContents(IReadOnlyList<InboxPrompt> Prompts, IReadOnlyList<InboxRun> Running, IReadOnlyList<InboxFailedRun> Failed);
