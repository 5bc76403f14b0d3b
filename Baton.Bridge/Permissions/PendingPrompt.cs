using System.Text.Json;

namespace Baton.Bridge.Permissions;

/// <summary>
/// A <c>can_use_tool</c> request of the CLI waiting for the person's answer: the control request's
/// id (the answer must carry it) and the tool's input as sent, the answer's default <c>updatedInput</c>.
/// </summary>
public sealed record PendingPrompt(Guid PromptId, string CliRequestId, JsonElement Input);
