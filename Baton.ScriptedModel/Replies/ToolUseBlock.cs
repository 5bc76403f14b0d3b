using System.Text.Json.Nodes;

namespace Baton.ScriptedModel.Replies;

/// <summary>A call of one of the CLI's tools (<c>Write</c>, <c>Bash</c>) with its input.</summary>
public sealed record ToolUseBlock(string Id, string Name, JsonObject Input) : ReplyBlock;
