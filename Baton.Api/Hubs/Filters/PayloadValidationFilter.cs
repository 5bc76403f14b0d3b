using System.Collections.Concurrent;
using System.Reflection;
using Baton.Contracts.Errors;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs.Filters;

/// <summary>
/// Every hub payload is checked by its validator before the method runs; a missing payload or a
/// broken rule fails the call with <c>invalid_request</c> and the connection lives on.
/// </summary>
public sealed class PayloadValidationFilter : IHubFilter
{
    /// <summary>
    /// How each payload type is checked, made once per type. A bridge streams with one call per line, so each call's check
    /// is kept small: no generic type made for it, one validation context, of the payload's own type, and no task: no
    /// validator has an asynchronous rule (FluentValidation refuses to run one synchronously, so adding one fails loudly).
    /// </summary>
    private static readonly ConcurrentDictionary<Type, PayloadCheck> Checks = new();

    private delegate ValidationResult? PayloadCheck(IServiceProvider services, object payload);

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        foreach (var argument in invocationContext.HubMethodArguments)
        {
            if (argument is null)
            {
                throw HubErrors.Create(ErrorCodes.InvalidRequest, $"'{invocationContext.HubMethodName}' needs a payload.");
            }

            var check = Checks.GetOrAdd(argument.GetType(), CheckOf);
            var result = check(invocationContext.ServiceProvider, argument)
                ?? throw new InvalidOperationException($"{argument.GetType().Name} has no validator; every hub payload needs one.");
            if (!result.IsValid)
            {
                throw HubErrors.Create(ErrorCodes.InvalidRequest, result.Errors[0].ErrorMessage);
            }
        }

        return await next(invocationContext);
    }

    private static PayloadCheck CheckOf(Type payloadType) =>
        typeof(PayloadValidationFilter).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(payloadType)
            .CreateDelegate<PayloadCheck>();

    private static ValidationResult? Check<TPayload>(IServiceProvider services, object payload) =>
        services.GetService<IValidator<TPayload>>()?.Validate((TPayload)payload);
}
