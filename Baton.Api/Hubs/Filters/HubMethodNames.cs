using System.Reflection;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs.Filters;

public static class HubMethodNames
{
    /// <summary>The name a client calls the method by: its <see cref="HubMethodNameAttribute"/>, or else its own name.</summary>
    public static string WireNameOf(MethodInfo method) => method.GetCustomAttribute<HubMethodNameAttribute>()?.Name ?? method.Name;
}
