using System.Text.Json;
using System.Text.RegularExpressions;
using Baton.ScriptedModel.Wire;

namespace Baton.ScriptedModel.Conversation;

/// <summary>What the scripts read from a Messages API request body.</summary>
/// <param name="Model">The model the CLI asked for, echoed in the answer.</param>
/// <param name="Stream">Whether the CLI wants server-sent events rather than one JSON answer.</param>
/// <param name="UserTexts">
/// Each text the person typed, oldest first. One per text block: when a turn fails or is
/// interrupted, the CLI sends the next one as another block of the same user message.
/// </param>
/// <param name="PendingToolResult">The tool result the CLI is reporting, when nothing was typed after it.</param>
/// <param name="WorkingDirectory">The CLI's working directory, as its environment message states it.</param>
/// <param name="ToolCallsSinceLastText">
/// The names of the tools the model called since the person last typed, oldest first: how far a
/// scripted sequence of tool calls has come.
/// </param>
/// <param name="InputTokens">Estimated from the size of the body.</param>
/// <param name="SteeredText">
/// A message the person sent into the running turn, not yet answered: the CLI hands it over after the
/// turn's last tool result as a message of role "system" that quotes it.
/// </param>
/// <param name="TaskNotification">
/// The <c>&lt;task-notification&gt;</c> a turn the CLI started itself reports (a background task ended), when
/// the request's last message is one; the CLI wraps it in a system reminder.
/// </param>
public sealed partial record MessagesRequest(
    string Model,
    bool Stream,
    IReadOnlyList<string> UserTexts,
    ToolResult? PendingToolResult,
    string? WorkingDirectory,
    IReadOnlyList<string> ToolCallsSinceLastText,
    int InputTokens,
    string? SteeredText = null,
    string? TaskNotification = null)
{
    private const string TaskNotificationTag = "<task-notification>";
    private const string SteeredPrefix = "The user sent a new message while you were working:\n";

    /// <summary>Texts the CLI adds to user messages itself: context reminders and interruption markers.</summary>
    // Texts the CLI writes into user turns itself (reminders, interrupts, the notes a model or mode switch leaves).
    private static readonly string[] CliTextPrefixes =
        ["<system-reminder>", "[Request interrupted by user", "<local-command-caveat>", "<command-name>", "<local-command-stdout>"];

    public string LastUserText => UserTexts.Count > 0 ? UserTexts[^1] : "";

    public static MessagesRequest Read(JsonElement body)
    {
        var messages = body.TryGetProperty("messages", out var list) && list.ValueKind is JsonValueKind.Array
            ? list.EnumerateArray().ToList()
            : [];
        // The CLI may put a message of role "system" (agent types, deferred tools) after the turn it answers.
        var lastMessage = messages.LastOrDefault(message => !HasRole(message, "system"));

        return new MessagesRequest(
            Model: body.TryGetProperty("model", out var model) && model.ValueKind is JsonValueKind.String ? model.GetString()! : "claude-scripted",
            Stream: body.TryGetProperty("stream", out var stream) && stream.ValueKind is JsonValueKind.True,
            UserTexts: messages.Where(IsUser).SelectMany(PersonBlocks).Where(IsText).Select(block => Text(block).Trim()).Where(text => text.Length > 0).ToList(),
            PendingToolResult: IsUser(lastMessage) ? FindPendingToolResult(lastMessage) : null,
            WorkingDirectory: FindWorkingDirectory(body, messages),
            ToolCallsSinceLastText: ToolCallsAfter(messages.FindLastIndex(message => IsUser(message) && PersonBlocks(message).Any(IsText)), messages),
            InputTokens: TokenEstimate.FromCharacters(body.GetRawText().Length),
            SteeredText: FindSteeredText(messages),
            TaskNotification: IsUser(lastMessage) ? FindTaskNotification(lastMessage) : null);
    }

    private static string? FindSteeredText(List<JsonElement> messages)
    {
        var lastAnswer = messages.FindLastIndex(IsAssistant);
        return messages.Skip(lastAnswer + 1).Where(message => HasRole(message, "system"))
            .SelectMany(Blocks).Where(IsText).Select(Text)
            .Where(text => text.StartsWith(SteeredPrefix, StringComparison.Ordinal))
            .Select(text => text[SteeredPrefix.Length..].Split("\n\n")[0].Trim())
            .LastOrDefault();
    }

    private static string? FindTaskNotification(JsonElement lastMessage) =>
        Blocks(lastMessage).Where(IsText).Select(Text).LastOrDefault(text => text.Contains(TaskNotificationTag, StringComparison.Ordinal)) is { } text
            ? text[text.IndexOf(TaskNotificationTag, StringComparison.Ordinal)..]
            : null;

    private static List<string> ToolCallsAfter(int index, List<JsonElement> messages) =>
        [.. messages.Skip(index + 1).Where(IsAssistant).SelectMany(Blocks).Where(block => IsType(block, "tool_use"))
            .Select(block => block.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "")];

    private static bool IsAssistant(JsonElement message) => HasRole(message, "assistant");

    private static bool IsUser(JsonElement message) => HasRole(message, "user");

    private static bool HasRole(JsonElement message, string expected) =>
        message.ValueKind is JsonValueKind.Object && message.TryGetProperty("role", out var role) && role.ValueEquals(expected);

    /// <summary>The blocks of a message, without the texts the CLI added; string content counts as one text block.</summary>
    private static IEnumerable<JsonElement> PersonBlocks(JsonElement message) =>
        Blocks(message).Where(block => !(IsText(block) && CliTextPrefixes.Any(prefix => Text(block).StartsWith(prefix, StringComparison.Ordinal))));

    /// <summary>A tool result is still to be answered when the person typed nothing after it.</summary>
    private static ToolResult? FindPendingToolResult(JsonElement lastMessage) =>
        PersonBlocks(lastMessage).LastOrDefault() is { ValueKind: JsonValueKind.Object } block && IsType(block, "tool_result")
            ? new ToolResult(
                IsError: block.TryGetProperty("is_error", out var isError) && isError.ValueKind is JsonValueKind.True,
                Content: block.TryGetProperty("content", out var content) ? string.Join("\n", Texts(content)) : "")
            : null;

    /// <summary>
    /// The CLI states its working directory in a "system" message of the conversation rather
    /// than in the system prompt; both are searched so either placement works.
    /// </summary>
    private static string? FindWorkingDirectory(JsonElement body, IEnumerable<JsonElement> messages)
    {
        var systemPrompt = body.TryGetProperty("system", out var system) ? Texts(system) : [];
        var conversation = messages.SelectMany(message =>
            message.TryGetProperty("content", out var content) ? Texts(content) : []);
        return systemPrompt.Concat(conversation)
            .Select(text => WorkingDirectoryLine().Match(text))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value.Trim())
            .FirstOrDefault();
    }

    private static IEnumerable<JsonElement> Blocks(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return [];
        }

        return content.ValueKind switch
        {
            JsonValueKind.Array => content.EnumerateArray(),
            JsonValueKind.String => [content],
            _ => [],
        };
    }

    /// <summary>Content (or a system prompt) is either a string or a list of blocks, some with text.</summary>
    private static IEnumerable<string> Texts(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => [content.GetString()!],
        JsonValueKind.Array => content.EnumerateArray().Where(IsText).Select(Text),
        _ => [],
    };

    private static bool IsText(JsonElement block) => block.ValueKind is JsonValueKind.String || IsType(block, "text");

    private static string Text(JsonElement block) =>
        block.ValueKind is JsonValueKind.String ? block.GetString()! : block.GetProperty("text").GetString() ?? "";

    private static bool IsType(JsonElement block, string type) =>
        block.ValueKind is JsonValueKind.Object && block.TryGetProperty("type", out var actual) && actual.ValueEquals(type);

    [GeneratedRegex(@"(?:Primary working directory|Working directory): ([^\n]+)")]
    private static partial Regex WorkingDirectoryLine();
}
