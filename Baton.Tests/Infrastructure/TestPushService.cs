using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text.Json;
using Baton.Api.Endpoints.Push;
using Baton.Api.Push;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Tests.Infrastructure;

/// <summary>One push a browser's push service received: for whom, the encrypted body and the VAPID header.</summary>
public sealed record ReceivedPush(string Device, byte[] Body, string Authorization, string? Urgency);

/// <summary>
/// A push service on loopback, as a browser vendor runs one: it accepts pushes for its subscriptions (201),
/// or answers 410 Gone for a subscription it was told has lapsed. Each subscription decrypts its pushes.
/// </summary>
public sealed class TestPushService : IAsyncDisposable
{
    private readonly WebApplication server;
    private readonly ConcurrentDictionary<string, bool> lapsed = new();

    private TestPushService(WebApplication server)
    {
        this.server = server;
        server.MapPost("/push/{device}", async (string device, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            Received.Record(device, new ReceivedPush(device, body.ToArray(), request.Headers.Authorization.ToString(), request.Headers["Urgency"]));
            return lapsed.ContainsKey(device) ? Results.StatusCode(StatusCodes.Status410Gone) : Results.StatusCode(StatusCodes.Status201Created);
        });
    }

    public ReceivedEvents Received { get; } = new();

    private string BaseAddress => server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<TestPushService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var service = new TestPushService(builder.Build());
        await service.server.StartAsync();
        return service;
    }

    public TestPushSubscription Subscribe(string device) => new(device, $"{BaseAddress}/push/{device}");

    /// <summary>From now on the push service answers this subscription's pushes with 410 Gone.</summary>
    public void Lapse(TestPushSubscription subscription) => lapsed[subscription.Device] = true;

    public async Task<PushNotice> NextNoticeAsync(TestPushSubscription subscription, Func<PushNotice, bool> matches, TimeSpan timeout)
    {
        var push = await Received.WaitForAsync<ReceivedPush>(
            p => p.Device == subscription.Device && matches(subscription.Open(p)), timeout);
        return subscription.Open(push);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();
}

/// <summary>A browser's subscription at the test push service, with the keys Baton encrypts for.</summary>
public sealed class TestPushSubscription(string device, string endpoint) : IDisposable
{
    private readonly WebPushDecryption keys = new();

    public string Device { get; } = device;

    public string Endpoint { get; } = endpoint;

    public PushSubscriptionRequest Request =>
        new(Endpoint, new PushSubscriptionKeys(Base64Url.EncodeToString(keys.PublicKey), Base64Url.EncodeToString(keys.AuthSecret)));

    public PushNotice Open(ReceivedPush push) =>
        JsonSerializer.Deserialize<PushNotice>(keys.Decrypt(push.Body), ApiJson.Options)!;

    public void Dispose() => keys.Dispose();
}
