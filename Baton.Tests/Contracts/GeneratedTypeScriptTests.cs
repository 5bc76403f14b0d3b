using Baton.Contracts.TypeScript;

namespace Baton.Tests.Contracts;

/// <summary>The frontend's copy of the wire contract is never stale.</summary>
public sealed class GeneratedTypeScriptTests
{
    [Fact]
    public void Committed_contract_file_matches_a_fresh_generation()
    {
        var path = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), ContractTypeScriptGenerator.DefaultOutputPath);
        var committed = File.ReadAllText(path);
        var generated = new ContractTypeScriptGenerator().Generate();

        if (committed != generated)
        {
            Assert.Fail(
                $"{ContractTypeScriptGenerator.DefaultOutputPath} is stale ({FirstDifference(committed, generated)}). "
                + $"Regenerate it from the repository root with: {ContractTypeScriptGenerator.Command}");
        }
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        Assert.Equal(new ContractTypeScriptGenerator().Generate(), new ContractTypeScriptGenerator().Generate());
    }

    private static string FirstDifference(string committed, string generated)
    {
        var committedLines = committed.Split('\n');
        var generatedLines = generated.Split('\n');
        for (var i = 0; i < Math.Max(committedLines.Length, generatedLines.Length); i++)
        {
            var had = i < committedLines.Length ? committedLines[i] : "<end of file>";
            var wants = i < generatedLines.Length ? generatedLines[i] : "<end of file>";
            if (had != wants)
            {
                return $"line {i + 1} is '{had}', the contract says '{wants}'";
            }
        }

        return "line endings differ";
    }
}
