using System.Net;
using Baton.Api.Push;

namespace Baton.Tests.Security;

/// <summary>Baton calls whatever push endpoint a browser gives it: only https on a public host, outside tests.</summary>
public sealed class PushEndpointPolicyTests
{
    [Theory]
    [InlineData("https://fcm.googleapis.com/fcm/send/abc")]
    [InlineData("https://updates.push.services.mozilla.com/wpush/v2/abc")]
    [InlineData("https://8.8.8.8/push")]
    public void A_push_service_on_a_public_host_is_accepted(string endpoint) =>
        Assert.Null(PushEndpointPolicy.Refusal(endpoint, allowLoopback: false));

    [Theory]
    [InlineData("http://fcm.googleapis.com/fcm/send/abc")]
    [InlineData("https://localhost/push")]
    [InlineData("https://127.0.0.1/push")]
    [InlineData("https://[::1]/push")]
    [InlineData("https://10.0.0.5/push")]
    [InlineData("https://172.20.1.1/push")]
    [InlineData("https://192.168.1.1/push")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://100.64.0.1/push")]
    [InlineData("https://[fd00::1]/push")]
    [InlineData("https://[::ffff:10.0.0.1]/push")]
    [InlineData("https://metadata.google.internal/push")]
    [InlineData("https://printer.local/push")]
    [InlineData("https://intranet/push")]
    [InlineData("file:///etc/passwd")]
    [InlineData("push")]
    public void Anything_else_is_refused(string endpoint) =>
        Assert.NotNull(PushEndpointPolicy.Refusal(endpoint, allowLoopback: false));

    [Fact]
    public void Tests_may_push_to_loopback_and_nowhere_else_private()
    {
        Assert.Null(PushEndpointPolicy.Refusal("http://127.0.0.1:5000/push/1", allowLoopback: true));
        Assert.NotNull(PushEndpointPolicy.Refusal("http://10.0.0.5/push/1", allowLoopback: true));
        Assert.True(PushEndpointPolicy.MayConnect(IPAddress.Loopback, allowLoopback: true));
        Assert.False(PushEndpointPolicy.MayConnect(IPAddress.Loopback, allowLoopback: false));
        Assert.False(PushEndpointPolicy.MayConnect(IPAddress.Parse("10.0.0.5"), allowLoopback: true));
    }
}
