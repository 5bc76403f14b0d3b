namespace Baton.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The checkout's top folder: the one holding Baton.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Where a project of the checkout is built, in the configuration and framework these tests were built in.</summary>
    public static string BuildOutput(string project)
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        return Combine(project, "bin", framework.Parent!.Name, framework.Name);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Baton.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Baton.sln above {AppContext.BaseDirectory}.");
    }
}
