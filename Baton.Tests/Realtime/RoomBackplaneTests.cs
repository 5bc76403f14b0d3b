using Baton.Tests.Infrastructure;

namespace Baton.Tests.Realtime;

/// <summary>With two instances, a room's events go on the Redis backplane even when its tab is on the sending instance: another tab may join elsewhere.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoomBackplaneTests(ApiFixture app)
{
    [Fact]
    public async Task An_instance_with_a_peer_publishes_its_rooms_on_redis() =>
        Assert.True(await RoomMessagesOnRedis.CountWhileARunStreamsAsync(app) > 0, "The room's events were not published on Redis.");
}
