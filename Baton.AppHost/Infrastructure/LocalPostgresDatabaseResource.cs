namespace Baton.AppHost.Infrastructure;

/// <summary>A database inside a <see cref="LocalPostgresServerResource"/>, created once the server is ready.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public LocalPostgresServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
