using Baton.Contracts.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.LocalSessions;

/// <summary>A coded failure of a call to the bridge as ProblemDetails, with its code beside the text.</summary>
public static class BridgeProblems
{
    public static ProblemHttpResult From(HubException exception)
    {
        var code = HubErrors.ExtractCode(exception) ?? ErrorCodes.Internal;
        var status = code switch
        {
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            ErrorCodes.BridgeUnavailable or ErrorCodes.BridgeDisconnected => StatusCodes.Status503ServiceUnavailable,
            ErrorCodes.BridgeTimeout => StatusCodes.Status504GatewayTimeout,
            ErrorCodes.InvalidRequest or ErrorCodes.OutsideRoot => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status502BadGateway,
        };
        return TypedResults.Problem(
            statusCode: status,
            detail: HubErrors.ExtractText(exception),
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }
}
