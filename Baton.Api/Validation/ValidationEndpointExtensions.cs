namespace Baton.Api.Validation;

public static class ValidationEndpointExtensions
{
    /// <summary>Validates the endpoint's <typeparamref name="TRequest"/> with its FluentValidation validator first.</summary>
    public static RouteHandlerBuilder WithRequestValidation<TRequest>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<TRequest>>().ProducesValidationProblem();
}
