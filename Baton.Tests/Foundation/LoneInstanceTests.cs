using Baton.Tests.Infrastructure;

namespace Baton.Tests.Foundation;

/// <summary>The AppHost's one API instance (no <c>Baton:SecondApi</c>) knows it is alone, and keeps its rooms off Redis.</summary>
[Collection(DisposableInfrastructureCollection.Name)]
public sealed class LoneInstanceTests(DisposableInfrastructureFixture app)
{
    [Fact]
    public async Task A_lone_instance_streams_a_run_to_its_tab_without_publishing_the_room_on_redis() =>
        Assert.Equal(0, await RoomMessagesOnRedis.CountWhileARunStreamsAsync(app));
}
