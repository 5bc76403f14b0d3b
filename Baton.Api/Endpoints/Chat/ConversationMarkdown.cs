using System.Globalization;
using System.Text;
using Baton.Api.Data.Entities;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;

namespace Baton.Api.Endpoints.Chat;

/// <summary>
/// A conversation as a Markdown document a person reads: each message under a heading, tool calls with
/// their input (an edit as a diff) and result, prompts with how they were answered, and what each run
/// cost. A subagent's blocks are quoted under the call that started it.
/// </summary>
public static class ConversationMarkdown
{
    public static string Write(ConversationExport export)
    {
        var document = new StringBuilder();
        document.Append(CultureInfo.InvariantCulture, $"# {export.Conversation.Title}\n\n");
        document.Append(CultureInfo.InvariantCulture, $"_Exported from Baton · started {export.Conversation.CreatedAt:yyyy-MM-dd HH:mm} UTC_\n");
        foreach (var message in export.Messages)
        {
            document.Append(message.Role == MessageRole.User ? "\n## You\n\n" : "\n## Claude\n\n");
            foreach (var block in message.Content)
            {
                var text = Block(block);
                if (text.Length > 0)
                {
                    document.Append(block.ParentToolUseId is null ? text : Quoted(text)).Append("\n\n");
                }
            }

            if (message.Role == MessageRole.Assistant)
            {
                document.Append(Footer(message)).Append('\n');
            }
        }

        return document.ToString();
    }

    private static string Block(MessageBlock block) => block switch
    {
        TextBlock text => text.Text.Trim(),
        ThinkingBlock thinking => $"<details><summary>Thinking</summary>\n\n{thinking.Thinking.Trim()}\n\n</details>",
        ToolUseBlock tool => $"**Tool: {tool.Name}**\n\n{MarkdownTool.Input(tool)}",
        ToolResultBlock result => $"{(result.IsError ? "Result (failed)" : "Result")}:\n\n{MarkdownTool.Fenced(MarkdownTool.ResultText(result.Content), "text")}",
        PermissionBlock { Answers: { Count: > 0 } answers } => "_You answered Claude's questions:_\n\n" + string.Join('\n', answers.Select(a => $"- **{a.Question}** {a.Answer}")),
        PermissionBlock permission => $"_Permission to use {permission.ToolName}: {Answer(permission)}_",
        AttachmentBlock attachment => $"Attached: `{attachment.Name}` ({attachment.MediaType}, {attachment.Size:N0} bytes)",
        ErrorBlock error => $"> **Failed ({error.Code}):** {error.Message}",
        NoticeBlock notice => $"_Claude Code reported: {notice.Subtype}_",
        SteeredMessageBlock steered => $"**You, while Claude worked:** {steered.Text.Trim()}",
        _ => "",
    };

    private static string Answer(PermissionBlock permission) => (permission.Decision, permission.By) switch
    {
        (null, _) => "not answered",
        (_, ResolvedBy.Cancelled) => "cancelled",
        (_, ResolvedBy.Expiry) => "expired",
        (PermissionDecision.Deny, var by) => $"denied by {Who(by)}",
        (PermissionDecision.AllowAlways, var by) => $"allowed always by {Who(by)}",
        (_, var by) => $"allowed by {Who(by)}",
    };

    private static string Who(ResolvedBy? by) => by == ResolvedBy.Rule ? "a project rule" : "you";

    private static string Footer(MessageResponse message)
    {
        var parts = new List<string> { message.Status.ToString().ToLowerInvariant() };
        if (message.DurationMs is { } duration)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration / 1000.0:0.0} s"));
        }

        if (message.CostUsd is { } cost)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"${cost:0.0000}"));
        }

        return $"_{string.Join(" · ", parts)}_\n";
    }

    private static string Quoted(string text) => string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? ">" : $"> {line}"));
}
