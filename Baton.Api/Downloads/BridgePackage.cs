namespace Baton.Api.Downloads;

/// <summary>
/// The bridge as a .NET tool package (<c>baton-bridge.&lt;version&gt;.nupkg</c>), which the build of
/// the API packs into <c>downloads/</c> beside its own binaries. It holds no secret: a bridge signs in
/// with a token made on the Bridges page.
/// </summary>
public sealed record BridgePackage(string Path, string FileName, string Version)
{
    public const string PackageId = "baton-bridge";

    /// <summary>The folder the build puts the package in, beside the API's binaries (also when published).</summary>
    public static string DefaultFolder { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "downloads");

    /// <summary>
    /// The newest package in <paramref name="folder"/>, looked up on each request so that a
    /// package removed or replaced while the API runs is seen; null when there is none.
    /// </summary>
    public static BridgePackage? FindIn(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        return Directory.EnumerateFiles(folder, $"{PackageId}.*.nupkg")
            .Select(path => new BridgePackage(path, System.IO.Path.GetFileName(path), VersionOf(System.IO.Path.GetFileName(path))))
            .OrderByDescending(package => File.GetLastWriteTimeUtc(package.Path))
            .FirstOrDefault();
    }

    // NuGet finds a package in a folder only under its own name, so the name carries the version.
    private static string VersionOf(string fileName) => fileName[(PackageId.Length + 1)..^".nupkg".Length];
}
