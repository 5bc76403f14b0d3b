using Baton.Api.Data.Entities;
using Baton.Contracts.Permissions;

namespace Baton.Api.Permissions;

/// <summary>The stored decision and resolver of a prompt, as <c>permission:resolved</c> names them.</summary>
public static class PromptWireNames
{
    public static PermissionDecision ToWire(this PromptDecision decision) => decision switch
    {
        PromptDecision.Allow => PermissionDecision.Allow,
        PromptDecision.AllowAlways => PermissionDecision.AllowAlways,
        PromptDecision.Deny => PermissionDecision.Deny,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
    };

    public static ResolvedBy ToWire(this PromptResolver resolver) => resolver switch
    {
        PromptResolver.User => ResolvedBy.User,
        PromptResolver.Rule => ResolvedBy.Rule,
        PromptResolver.Expiry => ResolvedBy.Expiry,
        PromptResolver.Cancelled => ResolvedBy.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(resolver), resolver, null),
    };
}
