using System.Text.Json;
using System.Text.Json.Serialization;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Baton.Tests.Browser;

/// <summary>
/// Runs axe-core (the web app's own dev dependency) in the page and fails on any serious or critical
/// violation, naming the rule and the elements so the failure says what to mend.
/// </summary>
public static class AxeAudit
{
    private static readonly string AxeScript = RepositoryPaths.Combine("Baton.Frontend", "node_modules", "axe-core", "axe.min.js");

    public static async Task ExpectNoSeriousViolationsAsync(IPage page, string screen)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Run as the test's own code rather than added as a script tag: the page's policy rightly refuses inline scripts.
            await page.EvaluateAsync($"() => {{{Environment.NewLine}{await File.ReadAllTextAsync(AxeScript)}{Environment.NewLine}}}");
        }

        // As JSON text: Playwright's own conversion does not build records.
        var json = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
              .map(violation => ({
                id: violation.id,
                impact: violation.impact,
                help: violation.help,
                targets: violation.nodes.map(node => node.target.join(' ')),
              })))
            """);
        var violations = JsonSerializer.Deserialize<Violation[]>(json) ?? [];
        Assert.True(
            violations.Length == 0,
            $"{screen}: {violations.Length} serious or critical accessibility violations:{Environment.NewLine}"
            + string.Join(Environment.NewLine, violations.Select(v => $"- {v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Targets)})")));
    }

    private sealed record Violation(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("impact")] string Impact,
        [property: JsonPropertyName("help")] string Help,
        [property: JsonPropertyName("targets")] string[] Targets);
}
