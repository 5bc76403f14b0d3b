namespace Baton.AppHost.Deployment;

public static class SignUpPolicyExtensions
{
    /// <summary>Setting that opens or closes sign-up (<c>open</c> or <c>closed</c>), passed to the API as <c>Auth:SignUp</c>.</summary>
    public const string SettingKey = "Baton:SignUp";

    /// <summary>
    /// A deployed Baton is on the internet, where anyone could sign up and drive its owners' bridges'
    /// machines: closed unless a setting opens it. A local run stays open for whoever runs it.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSignUpPolicy(this IResourceBuilder<ProjectResource> api)
    {
        var builder = api.ApplicationBuilder;
        var policy = builder.Configuration[SettingKey] is { Length: > 0 } configured
            ? configured
            : builder.ExecutionContext.IsPublishMode ? "closed" : "open";
        return api.WithEnvironment("Auth__SignUp", policy);
    }
}
