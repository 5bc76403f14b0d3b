using Baton.Contracts.Messages;

namespace Baton.Contracts.Sessions;

/// <summary>A completed message as history stores it, read from a session's transcript.</summary>
public sealed record ImportedMessage(Guid Id, ImportedMessageRole Role, IReadOnlyList<MessageBlock> Content, DateTimeOffset CreatedAt);
