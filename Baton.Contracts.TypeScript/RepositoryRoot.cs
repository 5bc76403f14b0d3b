namespace Baton.Contracts.TypeScript;

/// <summary>Finds Baton's checkout: the nearest folder holding <c>Baton.sln</c>.</summary>
public static class RepositoryRoot
{
    public static string Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Baton.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{startDirectory}' holds Baton.sln.");
    }
}
