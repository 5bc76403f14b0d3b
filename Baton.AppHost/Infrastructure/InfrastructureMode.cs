using Microsoft.Extensions.Configuration;
using System.Diagnostics;

namespace Baton.AppHost.Infrastructure;

/// <summary>How Redis and PostgreSQL run: as containers, or as local processes on loopback.</summary>
public enum InfrastructureMode
{
    /// <summary>Containers when publishing or when a container engine answers; local processes otherwise.</summary>
    Auto,
    Containers,
    Local,
}

public static class InfrastructureModeResolver
{
    /// <summary>Setting that forces a mode (<c>auto</c>, <c>containers</c> or <c>local</c>).</summary>
    public const string SettingKey = "Baton:Infrastructure";

    public static InfrastructureMode Resolve(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetValue(SettingKey, InfrastructureMode.Auto);
        if (configured is not InfrastructureMode.Auto)
        {
            return configured;
        }

        // A published app always describes containers; a local run needs an engine that answers.
        return builder.ExecutionContext.IsPublishMode || ContainerEngineAnswers()
            ? InfrastructureMode.Containers
            : InfrastructureMode.Local;
    }

    private static bool ContainerEngineAnswers()
    {
        var engine = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") ?? "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(engine, "version --format {{.Server.Version}}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            // A client without a reachable engine fails within a second; give a slow engine a little more.
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
