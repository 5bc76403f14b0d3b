namespace Baton.Api.Data.Entities;

/// <summary>Who settled a prompt: the wire's <c>by</c>.</summary>
public enum PromptResolver
{
    User,
    Rule,
    Expiry,
    Cancelled,
}
