namespace Baton.Bridge.Cli;

/// <summary>
/// The CLI version Baton is tested with, installed in the checkout (<c>tools/claude-cli</c>, by
/// <c>scripts/setup.sh</c>). A bridge run from a checkout finds it above its own binaries.
/// </summary>
public static class PinnedClaudeCli
{
    private static readonly string[] PathInCheckout = ["tools", "claude-cli", "node_modules", ".bin", "claude"];

    /// <summary>The pinned CLI in <paramref name="directory"/> or the nearest folder above it that has one; null when none has.</summary>
    public static string? FindAbove(string directory)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine([folder.FullName, .. PathInCheckout]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
