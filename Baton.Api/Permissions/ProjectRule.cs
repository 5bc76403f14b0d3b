using Baton.Api.Data.Entities;

namespace Baton.Api.Permissions;

/// <summary>One of a project's stored rules, as deciding a tool use reads it.</summary>
public sealed record ProjectRule(string Rule, RuleBehavior Behavior);
