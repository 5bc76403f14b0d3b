using System.Net;
using System.Text.Json;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Push;

/// <summary>
/// Sends one notice to one browser through its push service, encrypted for it (RFC 8291) and signed with
/// the VAPID key (RFC 8292). A subscription the push service calls gone (404 or 410) is deleted.
/// </summary>
public sealed class PushSender(
    IHttpClientFactory httpClients,
    VapidKeys keys,
    IOptions<PushOptions> options,
    IServiceScopeFactory scopes,
    ILogger<PushSender> logger)
{
    public const string HttpClientName = "push";
    private static readonly JsonSerializerOptions NoticeJson = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(PushDevice device, PushNotice notice, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var client = new PushServiceClient(httpClients.CreateClient(HttpClientName))
        {
            DefaultAuthentication = new VapidAuthentication(keys.PublicKey, keys.PrivateKey) { Subject = options.Value.Subject },
        };
        var subscription = new PushSubscription { Endpoint = device.Endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, device.P256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, device.Auth);
        var message = new PushMessage(JsonSerializer.Serialize(notice, NoticeJson))
        {
            TimeToLive = (int)Math.Max(0, timeToLive.TotalSeconds),
            Urgency = notice.Answer is null ? PushMessageUrgency.Normal : PushMessageUrgency.High,
        };
        try
        {
            await client.RequestPushMessageDeliveryAsync(subscription, message, cancellationToken);
        }
        catch (PushServiceClientException gone) when (gone.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
            await db.PushDevices.Where(d => d.Id == device.Id).ExecuteDeleteAsync(cancellationToken);
            logger.LogInformation("The push service no longer knows browser subscription {DeviceId}; it was removed.", device.Id);
        }
        catch (Exception failure) when (failure is PushServiceClientException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(failure, "A push to browser subscription {DeviceId} failed.", device.Id);
        }
    }
}
