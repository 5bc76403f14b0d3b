namespace Baton.Contracts.Permissions;

/// <summary>
/// A person's answer to one of Claude's questions (the AskUserQuestion tool): the question's text, as
/// the CLI keys its answers, and the chosen option's label, several labels joined by ", ", or free text.
/// </summary>
public sealed record QuestionAnswer(string Question, string Answer);
