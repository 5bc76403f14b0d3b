using Baton.Contracts;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Baton.Tests.Bridge.Support;

/// <summary>
/// A stand-in for the API on loopback: <c>/hubs/bridge</c> played by <see cref="FakeBridgeHub"/>, and
/// <c>/api/bridge/uploads/{id}</c> serving the uploads a test puts in <see cref="Uploads"/>.
/// </summary>
public sealed class FakeBridgeApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _refusedNegotiations;

    private FakeBridgeApi(WebApplication app, BridgeHubRecorder recorder)
    {
        _app = app;
        Recorder = recorder;
    }

    public BridgeHubRecorder Recorder { get; }

    public string Url => _app.Urls.Single();

    public Dictionary<Guid, (string MediaType, byte[] Content)> Uploads { get; } = [];

    /// <summary>How often a client asked <c>/hubs/bridge/negotiate</c>, which this stand-in refuses.</summary>
    public int RefusedNegotiations => Volatile.Read(ref _refusedNegotiations);

    /// <summary>The connected bridge's client-result calls (<c>claude:execute</c>, <c>files:*</c>, ...).</summary>
    public IBridgeClient Bridge =>
        _app.Services.GetRequiredService<IHubContext<FakeBridgeHub, IBridgeClient>>().Clients.Client(Recorder.BridgeConnectionId);

    public static async Task<FakeBridgeApi> StartAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var recorder = new BridgeHubRecorder(token);
        builder.Services.AddSingleton(recorder);
        builder.Services.AddSignalR(hub => hub.MaximumReceiveMessageSize = BatonDefaults.BridgeHubMaxFrameBytes);
        var app = builder.Build();
        var api = new FakeBridgeApi(app, recorder);
        // Refused, as a load balancer without affinity would in effect refuse it by sending the
        // WebSocket that follows to another replica: the bridge must dial the WebSocket directly.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(HubPaths.Bridge + "/negotiate"))
            {
                Interlocked.Increment(ref api._refusedNegotiations);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.MapHub<FakeBridgeHub>(HubPaths.Bridge);
        app.MapGet("/api/bridge/uploads/{id:guid}", (Guid id, HttpRequest request) =>
            request.Headers.Authorization.ToString() != $"Bearer {token}" ? Results.Unauthorized()
            : api.Uploads.TryGetValue(id, out var upload) ? Results.File(upload.Content, upload.MediaType)
            : Results.NotFound());
        await app.StartAsync();
        return api;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
