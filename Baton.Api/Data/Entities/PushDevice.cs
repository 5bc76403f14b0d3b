namespace Baton.Api.Data.Entities;

/// <summary>
/// One browser's Web Push subscription: the push service's endpoint and the browser's keys that encrypt
/// what is sent to it (RFC 8291). A browser that turns notifications off, or that the push service
/// reports gone, loses its row.
/// </summary>
public sealed class PushDevice
{
    public const int MaxEndpointLength = 2048;
    public const int MaxKeyLength = 128;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string Endpoint { get; set; }
    public required string P256dh { get; set; }
    public required string Auth { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
