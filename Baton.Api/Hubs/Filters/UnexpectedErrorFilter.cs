using Baton.Api.Telemetry;
using Baton.Contracts.Errors;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs.Filters;

/// <summary>
/// The outermost filter of both hubs but <see cref="HubCallTracing"/>: a failure the code meant
/// (<see cref="HubException"/>) passes as it is and is counted by code, and is logged when a bridge made
/// the call; a call cut short by its caller leaving passes quietly; anything else is logged and reaches
/// the caller as <c>internal</c>, without details. The connection lives on.
/// </summary>
public sealed class UnexpectedErrorFilter(RealtimeTelemetry telemetry, ILogger<UnexpectedErrorFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException exception)
        {
            var code = HubErrors.ExtractCode(exception) ?? ErrorCodes.Internal;
            telemetry.RecordError(code);
            if (invocationContext.Hub is BridgeHub)
            {
                // A bridge sends its lines without waiting for a result: a refusal would otherwise go unseen.
                logger.LogWarning("Bridge call {Method} was refused ({Code}): {Reason}", invocationContext.HubMethodName, code, exception.Message);
            }

            throw;
        }
        catch (OperationCanceledException) when (invocationContext.Context.ConnectionAborted.IsCancellationRequested)
        {
            // The caller left mid-call (a reload, a closed tab): nobody waits for an answer, and nothing failed.
            throw;
        }
        catch (Exception exception)
        {
            telemetry.RecordError(ErrorCodes.Internal);
            logger.LogError(exception, "Hub method {Method} failed for connection {ConnectionId}",
                invocationContext.HubMethodName, invocationContext.Context.ConnectionId);
            throw HubErrors.Create(ErrorCodes.Internal, "Something went wrong on the server.");
        }
    }
}
