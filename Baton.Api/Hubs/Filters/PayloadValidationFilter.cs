using Baton.Contracts.Errors;
using FluentValidation;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs.Filters;

/// <summary>
/// Every hub payload is checked by its validator before the method runs; a missing payload or a
/// broken rule fails the call with <c>invalid_request</c> and the connection lives on.
/// </summary>
public sealed class PayloadValidationFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        foreach (var argument in invocationContext.HubMethodArguments)
        {
            if (argument is null)
            {
                throw HubErrors.Create(ErrorCodes.InvalidRequest, $"'{invocationContext.HubMethodName}' needs a payload.");
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (invocationContext.ServiceProvider.GetService(validatorType) is not IValidator validator)
            {
                throw new InvalidOperationException($"{argument.GetType().Name} has no validator; every hub payload needs one.");
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), invocationContext.Context.ConnectionAborted);
            if (!result.IsValid)
            {
                throw HubErrors.Create(ErrorCodes.InvalidRequest, result.Errors[0].ErrorMessage);
            }
        }

        return await next(invocationContext);
    }
}
