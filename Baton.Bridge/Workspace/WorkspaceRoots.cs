using Baton.Bridge.Configuration;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Workspace;

/// <summary>
/// The configured workspace roots, resolved to real paths: a project's root directory must lie
/// inside one of them, links included, before a CLI runs there or a file is read from it.
/// </summary>
public sealed class WorkspaceRoots(IOptions<BridgeOptions> options)
{
    private readonly Lazy<IReadOnlyList<string>> _roots = new(() => [.. options.Value.WorkspaceRoots.Select(RealPath.Resolve)]);

    /// <summary>The roots as configured, for <c>bridge:connect</c>.</summary>
    public IReadOnlyList<string> Configured => options.Value.WorkspaceRoots;

    /// <summary>
    /// The real path of a project's root directory when it lies inside a workspace root; null
    /// otherwise, and for a relative path, which could mean anything.
    /// </summary>
    public string? Resolve(string rootDirectory)
    {
        if (string.IsNullOrWhiteSpace(rootDirectory) || !Path.IsPathRooted(rootDirectory))
        {
            return null;
        }

        try
        {
            var resolved = RealPath.Resolve(rootDirectory);
            return _roots.Value.Any(root => RealPath.IsInside(resolved, root)) ? resolved : null;
        }
        catch (IOException)
        {
            // A loop of links leads nowhere inside a root.
            return null;
        }
    }

    /// <summary>The workspace root (a real path) that holds <paramref name="resolvedPath"/>, itself a real path; null when none does.</summary>
    public string? RootHolding(string resolvedPath) => _roots.Value.FirstOrDefault(root => RealPath.IsInside(resolvedPath, root));
}
