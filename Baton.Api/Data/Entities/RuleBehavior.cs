namespace Baton.Api.Data.Entities;

public enum RuleBehavior
{
    Allow,
    Deny,
}
