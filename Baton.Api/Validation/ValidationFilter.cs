using System.Text.Json;
using FluentValidation;

namespace Baton.Api.Validation;

/// <summary>Refuses a request whose <typeparamref name="TRequest"/> argument breaks its rules, with a 400 ValidationProblem.</summary>
public sealed class ValidationFilter<TRequest>(IValidator<TRequest> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<TRequest>().FirstOrDefault() is not { } request)
        {
            return await next(context);
        }

        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        // Keys name the JSON properties the client sent, not the C# ones.
        var errors = result.Errors
            .GroupBy(error => JsonNamingPolicy.CamelCase.ConvertName(error.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).ToArray());
        return TypedResults.ValidationProblem(errors);
    }
}
