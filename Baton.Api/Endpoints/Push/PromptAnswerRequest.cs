namespace Baton.Api.Endpoints.Push;

/// <summary>A notification's button: the token it carries and <c>allow</c> or <c>deny</c>.</summary>
public sealed record PromptAnswerRequest(string? Token, string? Decision)
{
    public const string Allow = "allow";
    public const string Deny = "deny";
}
