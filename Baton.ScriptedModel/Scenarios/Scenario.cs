using System.Text.RegularExpressions;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>A scripted behaviour: the words that pick it, what it does, and how it answers.</summary>
/// <param name="Name">How the help answer names it.</param>
/// <param name="Triggers">Words or phrases matched as whole words, case-insensitively.</param>
/// <param name="Description">What the help answer says it does.</param>
/// <param name="Answer">
/// Answers a request; its second argument is what the person typed after the trigger
/// (a file name, a command).
/// </param>
/// <param name="AnswersToolResults">
/// Whether it also answers the requests that report its tools' results (a sequence of tool calls);
/// otherwise those get the catalogue's report of what the tool said.
/// </param>
public sealed record Scenario(
    string Name,
    IReadOnlyList<string> Triggers,
    string Description,
    Func<MessagesRequest, string, ScriptedOutcome> Answer,
    bool AnswersToolResults = false)
{
    public bool IsTriggeredBy(string text) => FindTrigger(text).Success;

    /// <summary>What follows the first trigger in the text, trimmed; empty when nothing does.</summary>
    public string TextAfterTrigger(string text) =>
        FindTrigger(text) is { Success: true } match ? text[(match.Index + match.Length)..].Trim() : "";

    private Match FindTrigger(string text) =>
        Regex.Match(
            text,
            $@"\b(?:{string.Join('|', Triggers.Select(Regex.Escape))})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
