using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Baton.AppHost.Infrastructure;

/// <summary>
/// Creates the cluster's folder on first start. PostgreSQL refuses to run as root, so as root
/// everything runs as the <c>postgres</c> user, which must be able to reach the folder through
/// every parent: the folder therefore lives outside private home folders (see <see cref="DefaultDataRoot"/>).
/// </summary>
public static class LocalPostgresCluster
{
    public const string PostgresBinaries = "/usr/lib/postgresql/*/bin";
    public const string Package = "postgresql";

    /// <summary>Below /var/tmp: survives reboots and every user can traverse it.</summary>
    public static string DefaultDataRoot(string appHostDirectory) =>
        Path.Combine(Directory.Exists("/var/tmp") ? "/var/tmp" : Path.GetTempPath(), "baton", $"{StableHash(appHostDirectory):x8}");

    /// <summary>The command line that starts <paramref name="binary"/> as the postgres user when we are root.</summary>
    public static (string Command, string[] PrefixArgs) AsPostgresUser(string binary) =>
        LocalExecutable.IsRoot
            ? (LocalExecutable.Require("setpriv", "util-linux"),
                ["--reuid=" + LocalPostgresServerResource.SuperUser, "--regid=" + LocalPostgresServerResource.SuperUser, "--init-groups", binary])
            : (binary, []);

    public static async Task EnsureInitializedAsync(string dataDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }

        Directory.CreateDirectory(dataDirectory);
        if (LocalExecutable.IsRoot)
        {
            await RunAsync("chown", [$"{LocalPostgresServerResource.SuperUser}:{LocalPostgresServerResource.SuperUser}", dataDirectory], logger, cancellationToken);
        }

        var initdb = LocalExecutable.Require("initdb", Package, PostgresBinaries);
        var (command, prefix) = AsPostgresUser(initdb);
        logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory}", dataDirectory);
        try
        {
            await RunAsync(command, [.. prefix, "-D", dataDirectory, "-U", LocalPostgresServerResource.SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C"], logger, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException(
                $"initdb failed for {dataDirectory}. The '{LocalPostgresServerResource.SuperUser}' user must be able to enter every parent folder; " +
                $"set Baton:DataRoot to a folder it can reach. {exception.Message}", exception);
        }
    }

    private static async Task RunAsync(string command, string[] args, ILogger logger, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        args.ToList().ForEach(startInfo.ArgumentList.Add);
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        logger.LogInformation("{Command}: {Output}", Path.GetFileName(command), (await output).Trim());
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(command)} exited with {process.ExitCode}: {(await error).Trim()}");
        }
    }

    // string.GetHashCode differs per process; the folder must be the same on every run.
    private static uint StableHash(string text) =>
        text.Aggregate(2166136261u, (hash, character) => (hash ^ character) * 16777619u);
}
