using System.Reflection;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Contracts.TypeScript;

/// <summary>
/// Writes the browser's side of the wire contract as TypeScript: the names, payloads and results
/// of <see cref="HubPaths.Chat"/>, the error codes and the call budget, so the frontend never copies a name or a limit by hand.
/// </summary>
public sealed class ContractTypeScriptGenerator
{
    /// <summary>Where the generated file lives, relative to the repository root.</summary>
    public const string DefaultOutputPath = "Baton.Frontend/src/lib/realtime/contract.generated.ts";

    /// <summary>The command that regenerates the file, run from the repository root.</summary>
    public const string Command = "dotnet run --project Baton.Contracts.TypeScript";

    public string Generate()
    {
        var types = new TypeScriptTypeMapper();
        var methods = HubMethods(typeof(IChatHub));
        var events = HubMethods(typeof(IChatClient));

        List<string> sections =
        [
            $"// Generated from Baton.Contracts; do not edit. Regenerate from the repository root with:\n// {Command}\n",
            $"/** A JSON value produced by the Claude Code CLI, passed through unchanged. */\nexport type {TypeScriptTypeMapper.CliJson} = unknown;\n",
            "/** The paths of the hubs. */\n" + TypeScriptText.ConstObject(nameof(HubPaths), Constants(typeof(HubPaths))),
            "/** The names of the methods and events of the chat hub, exactly as on the wire. */\n"
                + TypeScriptText.ConstObject(nameof(WireEvents), WireEventNames(methods.Concat(events))),
            "/** The codes of failed hub calls and of `chat:error`. */\n"
                + TypeScriptText.ConstObject(nameof(ErrorCodes), Constants(typeof(ErrorCodes))),
            "export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];\n",
            "/** A browser connection's budget of hub calls, beyond which the hub refuses them with `rate_limited`. */\n"
                + TypeScriptText.ConstNumbers("ChatCallBudget", [("burst", BatonDefaults.ChatCallBurst), ("perSecond", BatonDefaults.ChatCallsPerSecond)]),
            "/** What the browser invokes on the chat hub: the request it sends and the result it gets. */\n"
                + TypeScriptText.ObjectType("ChatHubMethods", methods.SelectMany(method => MethodLines(method, types))),
            "/** The events of a conversation's log: each carries the conversation's seq, and catch-up replays them. */\n"
                + TypeScriptText.ConstObject("ConversationEventNames", ConversationEventNames()),
            "export type ConversationEventName =\n  (typeof ConversationEventNames)[keyof typeof ConversationEventNames];\n",
            "/** What the API sends to browsers on the chat hub, by event name. */\n"
                + TypeScriptText.ObjectType(
                    "ChatClientEvents",
                    events.Select(e => $"{TypeScriptText.PropertyKey(e.WireName)}: {types.Reference(e.Argument)};")),
        ];
        // History's blocks travel over HTTP, not the hub: declared here so the live fold and history share one type.
        types.Reference(typeof(MessageBlock));
        sections.AddRange(types.Declarations());
        return string.Join("\n", sections);
    }

    private static IEnumerable<string> MethodLines(HubMethod method, TypeScriptTypeMapper types)
    {
        yield return $"{TypeScriptText.PropertyKey(method.WireName)}: {{";
        yield return $"{TypeScriptText.Indent}request: {types.Reference(method.Argument)};";
        yield return $"{TypeScriptText.Indent}result: {(method.Result is null ? "undefined" : types.Reference(method.Result))};";
        yield return "};";
    }

    private static List<HubMethod> HubMethods(Type hub) => hub
        .GetMethods()
        .Select(method =>
        {
            var name = method.GetCustomAttribute<HubMethodNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{hub.Name}.{method.Name} needs [HubMethodName].");
            var arguments = method.GetParameters().Where(parameter => parameter.ParameterType != typeof(CancellationToken)).ToList();
            if (arguments.Count != 1)
            {
                throw new InvalidOperationException($"{hub.Name}.{method.Name} must take exactly one payload.");
            }

            var result = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
            return new HubMethod(name, arguments[0].ParameterType, result);
        })
        .OrderBy(method => method.WireName, StringComparer.Ordinal)
        .ToList();

    private static IEnumerable<(string Key, string Value)> WireEventNames(IEnumerable<HubMethod> methods)
    {
        var keyByName = Constants(typeof(WireEvents)).ToDictionary(constant => constant.Value, constant => constant.Key);
        return methods
            .Select(method => method.WireName)
            .Distinct()
            .Select(name => (keyByName[name], name))
            .OrderBy(constant => constant.Item1, StringComparer.Ordinal);
    }

    private static IEnumerable<(string Key, string Value)> ConversationEventNames()
    {
        var keyByName = Constants(typeof(WireEvents)).ToDictionary(constant => constant.Value, constant => constant.Key);
        return ConversationEventTypes.All
            .Select(type => (keyByName[type.WireName], type.WireName))
            .OrderBy(constant => constant.Item1, StringComparer.Ordinal);
    }

    private static IEnumerable<(string Key, string Value)> Constants(Type holder) => holder
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (TypeScriptText.CamelCase(field.Name), (string)field.GetRawConstantValue()!))
        .OrderBy(constant => constant.Item1, StringComparer.Ordinal);

    private sealed record HubMethod(string WireName, Type Argument, Type? Result);
}
