using System.Text.Json;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;

namespace Baton.Tests.Contracts;

/// <summary>Enums travel as the exact strings of DESIGN §2 and the CLI, never as numbers.</summary>
public sealed class EnumWireNameTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(PermissionDecision.Allow, "allow")]
    [InlineData(PermissionDecision.AllowAlways, "allow_always")]
    [InlineData(PermissionDecision.Deny, "deny")]
    [InlineData(ResolvedBy.User, "user")]
    [InlineData(ResolvedBy.Rule, "rule")]
    [InlineData(ResolvedBy.Expiry, "expiry")]
    [InlineData(ResolvedBy.Cancelled, "cancelled")]
    [InlineData(PermissionMode.Default, "default")]
    [InlineData(PermissionMode.AcceptEdits, "acceptEdits")]
    [InlineData(PermissionMode.Plan, "plan")]
    [InlineData(PermissionMode.BypassPermissions, "bypassPermissions")]
    [InlineData(PermissionBehavior.Allow, "allow")]
    [InlineData(PermissionBehavior.Deny, "deny")]
    [InlineData(FileKind.File, "file")]
    [InlineData(FileKind.Directory, "directory")]
    [InlineData(BlockType.Text, "text")]
    [InlineData(BlockType.Thinking, "thinking")]
    [InlineData(BlockType.ToolUse, "tool_use")]
    public void Enum_value_travels_as_its_wire_string(object value, string wire)
    {
        var json = JsonSerializer.Serialize(value, value.GetType(), Web);

        Assert.Equal($"\"{wire}\"", json);
        Assert.Equal(value, JsonSerializer.Deserialize(json, value.GetType(), Web));
    }

    [Fact]
    public void Every_contract_enum_value_is_written_as_a_string()
    {
        var enums = typeof(ErrorCodes).Assembly.GetExportedTypes().Where(type => type.IsEnum).ToList();

        Assert.NotEmpty(enums);
        Assert.All(
            enums.SelectMany(type => Enum.GetValues(type).Cast<object>()),
            value => Assert.StartsWith("\"", JsonSerializer.Serialize(value, value.GetType(), Web)));
    }
}
