using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Tests.Infrastructure;

/// <summary>Values of the AppHost's parameters as the services receive them.</summary>
public static class AppParameters
{
    public static async Task<string> GetAsync(BatonAppFixture app, string name)
    {
        var model = app.App.Services.GetRequiredService<DistributedApplicationModel>();
        var parameter = model.Resources.OfType<ParameterResource>().Single(resource => resource.Name == name);
        return await parameter.GetValueAsync(CancellationToken.None)
            ?? throw new InvalidOperationException($"Parameter '{name}' has no value.");
    }
}
