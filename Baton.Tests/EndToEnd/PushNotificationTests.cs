using System.Net;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Push;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.EndToEnd;

/// <summary>
/// Web Push with the real CLI: a person who is not looking is told when Claude waits for them and when a run
/// ends, encrypted for their browser (decrypted here from the RFCs), and can answer a prompt from the
/// notification; nobody is told about the conversation they watch; a lapsed subscription is dropped.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class PushNotificationTests(FullAppFixture app)
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_waiting_prompt_is_pushed_to_a_browser_elsewhere_and_the_notifications_allow_answers_it_once()
    {
        await using var pushService = await TestPushService.StartAsync();
        using var phone = pushService.Subscribe("phone");
        await using var chat = await LocalBridgeChat.StartAsync(app, PermissionMode.Default);
        await using var subscribed = await Subscription.OpenAsync(chat.User, phone);

        var sent = await chat.Browser.SendAsync(chat.ConversationId, "write pushed.txt");
        var notice = await pushService.NextNoticeAsync(phone, n => n.Url.EndsWith($"/c/{chat.ConversationId}", StringComparison.Ordinal) && n.Answer is not null, PushTimeout);
        Assert.StartsWith("Allow Write: ", notice.Body, StringComparison.Ordinal);
        Assert.EndsWith("pushed.txt?", notice.Body, StringComparison.Ordinal);
        Assert.Equal($"/projects/{chat.Project.Id}/c/{chat.ConversationId}", notice.Url);
        var push = pushService.Received.OfType<ReceivedPush>().First(p => p.Device == phone.Device);
        Assert.Contains($"k={subscribed.PublicKey}", push.Authorization, StringComparison.Ordinal);
        Assert.Equal("high", push.Urgency);

        // The notification's Allow button: a service worker with no sign-in, only the token.
        using var anonymous = app.CreateHttpClient("api");
        using var allowed = await anonymous.PostAsJsonAsync("/api/push/prompt-answers", new PromptAnswerRequest(notice.Answer!.Token, PromptAnswerRequest.Allow));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        var resolved = await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == notice.Answer.PromptId);
        Assert.Equal((PermissionDecision.Allow, ResolvedBy.User), (resolved.Decision, resolved.By));
        var completed = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, LocalBridgeChat.RunTimeout);
        Assert.False(completed.IsError, app.Logs.Tail("bridge"));
        Assert.True(File.Exists(chat.PathOf("pushed.txt")), "The allowed write did not happen.");

        var finished = await pushService.NextNoticeAsync(phone, n => n.Tag == $"run-{chat.ConversationId}", PushTimeout);
        Assert.Equal("Claude finished.", finished.Body);

        using var again = await anonymous.PostAsJsonAsync("/api/push/prompt-answers", new PromptAnswerRequest(notice.Answer.Token, PromptAnswerRequest.Deny));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(ErrorCodes.PromptAlreadyAnswered, (await again.Content.ReadFromJsonAsync<ProblemDetails>())!.Extensions["code"]!.ToString());
        using var forged = await anonymous.PostAsJsonAsync("/api/push/prompt-answers", new PromptAnswerRequest(notice.Answer.Token[..^2] + "AA", PromptAnswerRequest.Allow));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task Nobody_is_notified_of_the_conversation_a_visible_tab_shows_and_a_lapsed_subscription_is_dropped()
    {
        await using var pushService = await TestPushService.StartAsync();
        using var laptop = pushService.Subscribe("laptop");
        using var oldPhone = pushService.Subscribe("old-phone");
        await using var watched = await LocalBridgeChat.StartAsync(app, PermissionMode.Default);
        await using var subscribed = await Subscription.OpenAsync(watched.User, laptop);
        await using var lapsing = await Subscription.OpenAsync(watched.User, oldPhone);
        pushService.Lapse(oldPhone);
        var elsewhere = await watched.User.CreateConversationAsync(watched.Project.Id);
        var conversations = new[] { watched.ConversationId, elsewhere.Id };

        // The tab shows the first conversation: its prompt and its ending are seen there, not pushed.
        await watched.Browser.InvokeAsync(WireEvents.ConversationViewing, new ViewingRequest(watched.ConversationId));
        var seen = await watched.Browser.SendAsync(watched.ConversationId, "write watched.txt");
        var prompt = await watched.WaitForPromptAsync(seen.RequestId, "Write");
        await watched.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(prompt.PromptId, PermissionDecision.Allow, null, null, null, null));
        await watched.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == seen.RequestId, LocalBridgeChat.RunTimeout);

        // A conversation nobody shows: one instance notifies in order, so its push comes after any of the first's.
        await watched.Browser.JoinAsync(elsewhere.Id);
        var unseen = await watched.Browser.SendAsync(elsewhere.Id, "hello");
        await watched.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == unseen.RequestId, LocalBridgeChat.RunTimeout);
        var first = await pushService.NextNoticeAsync(laptop, n => conversations.Any(id => n.Url.EndsWith($"/c/{id}", StringComparison.Ordinal)), PushTimeout);
        Assert.Equal($"run-{elsewhere.Id}", first.Tag);

        // The push service said 410 Gone to the old phone at the first push, and was never asked again.
        var second = await watched.Browser.SendAsync(elsewhere.Id, "hello again");
        await watched.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == second.RequestId, LocalBridgeChat.RunTimeout);
        await pushService.Received.WaitForAsync<ReceivedPush>(p => p.Device == laptop.Device && pushService.Received.OfType<ReceivedPush>().Count(q => q.Device == laptop.Device) >= 2, PushTimeout);
        Assert.Single(pushService.Received.OfType<ReceivedPush>(), p => p.Device == oldPhone.Device);
    }

    [Fact]
    public async Task Only_https_endpoints_on_public_hosts_are_accepted_and_a_bad_viewing_report_is_refused()
    {
        await using var chat = await LocalBridgeChat.StartAsync(app, PermissionMode.Default);
        using var keys = new TestPushSubscription("refused", "https://push.example.com/send/1");
        foreach (var endpoint in (string[])["http://push.example.com/send/1", "https://10.1.2.3/send/1", "https://169.254.169.254/latest", "https://intranet/send/1", "not a url"])
        {
            using var refused = await chat.User.Client.PutAsJsonAsync("/api/push/subscriptions", keys.Request with { Endpoint = endpoint }, ApiJson.Options);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = (await refused.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
            Assert.Contains(problem.Errors.Values.SelectMany(messages => messages), message => message.Contains("push endpoint", StringComparison.Ordinal));
        }

        var badKey = keys.Request with { Keys = new PushSubscriptionKeys("short", "short") };
        using var refusedKeys = await chat.User.Client.PutAsJsonAsync("/api/push/subscriptions", badKey, ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, refusedKeys.StatusCode);

        var invalid = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync(WireEvents.ConversationViewing, new ViewingRequest(Guid.Empty)));
        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(invalid));
    }

    /// <summary>A browser subscribed for the length of a test, so later tests of the same user push nowhere stale.</summary>
    private sealed class Subscription(ApiUser user, TestPushSubscription subscription, string publicKey) : IAsyncDisposable
    {
        public string PublicKey { get; } = publicKey;

        public static async Task<Subscription> OpenAsync(ApiUser user, TestPushSubscription subscription)
        {
            var key = await user.GetAsync<PushKeyResponse>("/api/push/key");
            using var response = await user.Client.PutAsJsonAsync("/api/push/subscriptions", subscription.Request, ApiJson.Options);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            return new Subscription(user, subscription, key.PublicKey);
        }

        public async ValueTask DisposeAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/push/subscriptions") { Content = JsonContent.Create(new PushUnsubscribeRequest(subscription.Endpoint)) };
            using var response = await user.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
    }
}
