using Baton.Contracts.Messages;

namespace Baton.Api.LocalSessions;

/// <summary>Part of the answer to the turn's prompt: the model's text, thinking and tool calls, or the tools' results.</summary>
public sealed record AnswerPiece(IReadOnlyList<MessageBlock> Blocks, DateTimeOffset? At) : TranscriptPiece(At);
