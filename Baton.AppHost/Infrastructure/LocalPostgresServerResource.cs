namespace Baton.AppHost.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster run as a local process on loopback, with trust
/// authentication: it listens on 127.0.0.1 only and exists for development and tests.
/// </summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory, string dataDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string SuperUser = "postgres";

    private EndpointReference? _endpoint;

    /// <summary>The cluster's folder (initdb's <c>-D</c>).</summary>
    public string DataDirectory { get; } = dataDirectory;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create(
            $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={SuperUser}");
}
