using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Baton.Api.Permissions;

/// <summary>
/// The projects' roots and rules a guarded append's prompts were decided on, as its run's fold kept them
/// (<see cref="ProjectPermissions"/>): the append stores nothing if a project has other ones now, since a rule added
/// meanwhile may answer a prompt that was to be shown, or one removed may ask what was to be allowed.
/// </summary>
public static class DecidedPermissions
{
    /// <summary>A query that finds a row where a project's root or rules are not the ones given.</summary>
    public const string Changed = """
        SELECT 1
        FROM unnest(@decided_project_ids, @decided_roots, @decided_rules) AS d(project_id, root_directory, rules)
        JOIN projects AS p ON p.id = d.project_id
        WHERE p.root_directory <> d.root_directory
            OR d.rules::jsonb <> COALESCE(
                (SELECT jsonb_agg(jsonb_build_array(pr.rule, pr.behavior) ORDER BY pr.id) FROM permission_rules AS pr WHERE pr.project_id = p.id),
                '[]'::jsonb)
        """;

    public static void AddTo(NpgsqlParameterCollection parameters, IReadOnlyList<ProjectPermissions> decidedOn)
    {
        parameters.Add(new NpgsqlParameter<Guid[]>("decided_project_ids", [.. decidedOn.Select(permissions => permissions.ProjectId)]));
        parameters.Add(new NpgsqlParameter<string[]>("decided_roots", [.. decidedOn.Select(permissions => permissions.RootDirectory)])
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        });
        parameters.Add(new NpgsqlParameter<string[]>("decided_rules", [.. decidedOn.Select(permissions => RulesAsStored(permissions.Rules))])
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        });
    }

    // In the order the locking read gives them (by id), each as [rule, behavior]: compared as jsonb, so spacing does not count.
    private static string RulesAsStored(IReadOnlyList<ProjectRule> rules) =>
        JsonSerializer.Serialize(rules.Select(rule => new[] { rule.Rule, rule.Behavior.ToString() }));
}
