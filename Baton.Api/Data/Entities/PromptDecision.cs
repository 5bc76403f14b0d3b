namespace Baton.Api.Data.Entities;

public enum PromptDecision
{
    Allow,
    AllowAlways,
    Deny,
}
