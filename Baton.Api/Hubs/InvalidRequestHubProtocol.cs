using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using Baton.Contracts.Errors;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Baton.Api.Hubs;

/// <summary>
/// SignalR's JSON protocol, except that arguments that do not bind (a string where a GUID belongs,
/// a missing argument) fail the call with <c>invalid_request</c>, readable like every other hub error,
/// instead of a bare "error on the server". The connection lives on either way. Each refusal is logged: a call
/// sent without waiting for its result (every streamed line) has nobody else to tell.
/// </summary>
public sealed class InvalidRequestHubProtocol(JsonHubProtocol inner, ILogger<InvalidRequestHubProtocol> logger) : IHubProtocol
{
    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure)
        {
            logger.LogInformation(failure.BindingFailure.SourceException, "The arguments of '{Target}' did not bind", failure.Target);
            // SignalR always shows a HubException's message to the caller, and nothing of other exceptions.
            var invalid = HubErrors.Create(ErrorCodes.InvalidRequest, $"The payload of '{failure.Target}' does not fit its schema.");
            message = new InvocationBindingFailureMessage(failure.InvocationId, failure.Target, ExceptionDispatchInfo.Capture(invalid));
        }

        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);
}
