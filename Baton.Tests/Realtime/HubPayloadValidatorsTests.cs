using System.Reflection;
using Baton.Api.Hubs;
using FluentValidation;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Realtime;

/// <summary>Every payload a hub method takes has a validator, so the validation filter never meets an unchecked one.</summary>
public sealed class HubPayloadValidatorsTests
{
    public static TheoryData<string, Type> Payloads()
    {
        var data = new TheoryData<string, Type>();
        foreach (var hub in new[] { typeof(ChatHub), typeof(BridgeHub) })
        {
            foreach (var method in hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<HubMethodNameAttribute>() is { } name)
                {
                    foreach (var parameter in method.GetParameters())
                    {
                        data.Add($"{hub.Name} {name.Name}", parameter.ParameterType);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_hub_payload_has_a_validator(string method, Type payload)
    {
        var validator = typeof(IValidator<>).MakeGenericType(payload);

        Assert.True(typeof(ChatHub).Assembly.GetTypes().Any(type => type is { IsAbstract: false } && validator.IsAssignableFrom(type)),
            $"{method} takes a {payload.Name}, which has no validator.");
    }
}
