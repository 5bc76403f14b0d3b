namespace Baton.AppHost.Infrastructure;

/// <summary>
/// <c>redis-server</c> run as a local process on loopback. Its connection string has the same
/// shape as Aspire's Redis container resource, so services connect the same way in both modes.
/// </summary>
public sealed class LocalRedisResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)}");
}
