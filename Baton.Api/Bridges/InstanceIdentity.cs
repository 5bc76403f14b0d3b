namespace Baton.Api.Bridges;

/// <summary>This API process's name in presence records: unique per start, readable in Redis.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
