using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Baton.Api.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs.Filters;

/// <summary>
/// The outermost filter of both hubs: every hub call is a span of its own, named and tagged as SignalR names its
/// calls, but a bridge's <c>claude:stream</c>. A bridge makes one such call for every line the CLI writes, dozens a
/// second for each run: their spans would bury the ones people look for, and what a line leads to is traced still
/// (the drains that store and publish it). SignalR's own span of each call is off (<see cref="RealtimeExtensions"/>):
/// it was made for every streamed line too, even when no one recorded it, and cost about a tenth of what the relay
/// allocated at 50 conversations.
/// </summary>
public sealed class HubCallTracing : IHubFilter
{
    private static readonly MethodInfo StreamedLine = typeof(BridgeHub).GetMethod(nameof(BridgeHub.Stream))!;

    /// <summary>Each hub method's span name and wire name, made once: the wire name is its <see cref="HubMethodNameAttribute"/>.</summary>
    private static readonly ConcurrentDictionary<MethodInfo, (string SpanName, string Service, string Method)> Names = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        using var activity = Start(invocationContext.HubMethod);
        try
        {
            return await next(invocationContext);
        }
        catch (Exception exception)
        {
            activity?.SetTag("error.type", exception.GetType().FullName);
            activity?.SetStatus(ActivityStatusCode.Error);
            throw;
        }
    }

    private static Activity? Start(MethodInfo method)
    {
        if (method == StreamedLine || !RealtimeTelemetry.ActivitySource.HasListeners())
        {
            return null;
        }

        var (spanName, service, wireName) = Names.GetOrAdd(method, NamesOf);
        return RealtimeTelemetry.ActivitySource.StartActivity(
            ActivityKind.Server,
            tags: [new("rpc.system", "signalr"), new("rpc.service", service), new("rpc.method", wireName)],
            name: spanName);
    }

    private static (string SpanName, string Service, string Method) NamesOf(MethodInfo method)
    {
        var service = method.DeclaringType!.FullName!;
        var wireName = HubMethodNames.WireNameOf(method);
        return ($"{service}/{wireName}", service, wireName);
    }
}
