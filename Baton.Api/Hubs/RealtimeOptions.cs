namespace Baton.Api.Hubs;

public sealed class RealtimeOptions
{
    public const string SectionName = "Realtime";

    /// <summary>
    /// This is the only API instance, and stays so: a room's messages then reach its members here and are not also
    /// published on the Redis backplane, where no other instance would hear them. Never set on replicas: the
    /// browsers and bridges of the others would miss what this one sends.
    /// </summary>
    public bool SingleInstance { get; set; }
}
