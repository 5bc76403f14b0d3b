namespace Baton.Benchmarks.Peer;

/// <summary>
/// A private copy of the peer relay's folder, its packages installed there with <c>npm ci</c> and nothing written to
/// the original; made once a benchmark run, however many passes start the relay in it. Disposing removes it.
/// </summary>
public sealed class PeerCopy : IDisposable
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private PeerCopy(string folder) => Folder = folder;

    /// <summary>Where the relay and its load generator run.</summary>
    public string Folder { get; }

    public static async Task<PeerCopy> InstallAsync(string sourceFolder)
    {
        var copy = new PeerCopy(Directory.CreateTempSubdirectory("baton-benchmark-peer-").FullName);
        try
        {
            CopyWithoutPackages(sourceFolder, copy.Folder);
            Console.WriteLine($"Installing the peer relay's packages in a copy of {sourceFolder}...");
            await ChildProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], copy.Folder, InstallTimeout);
            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static void CopyWithoutPackages(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => Path.GetFileName(folder) != "node_modules"))
        {
            var copy = Path.Combine(destination, Path.GetFileName(folder));
            Directory.CreateDirectory(copy);
            CopyWithoutPackages(folder, copy);
        }
    }
}
