using System.Text.Json;
using Baton.Api.Endpoints.Auth;
using Baton.Api.Endpoints.Projects;
using Baton.Api.Hubs.Validation;
using Baton.Contracts.Files;
using Baton.Contracts.Permissions;

namespace Baton.Tests.Realtime;

/// <summary>The one control-character rule, in each validator of text a person types.</summary>
public sealed class ControlCharacterValidatorsTests
{
    [Theory]
    [InlineData("a\0b", false)]
    [InlineData("a\u007fb", false)]
    [InlineData("first\r\nsecond\tthird", true)]
    public void A_deny_message_keeps_line_breaks_and_tabs_but_no_other_control_characters(string message, bool valid)
    {
        var result = new PermissionResponseValidator().Validate(Answer(message, null));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void An_edited_tool_input_with_an_escaped_NUL_is_refused()
    {
        var input = JsonSerializer.SerializeToElement(new { command = "echo a\0b" });

        var result = new PermissionResponseValidator().Validate(Answer(null, input));

        Assert.Contains(result.Errors, error => error.PropertyName == nameof(PermissionResponse.UpdatedInput));
    }

    [Fact]
    public void Addresses_project_names_and_file_queries_refuse_control_characters()
    {
        Assert.False(new SignInRequestValidator().Validate(new SignInRequest("me\0@example.com", "Test-password-1")).IsValid);
        Assert.False(new SignUpRequestValidator().Validate(new SignUpRequest("me\0@example.com", "Test-password-1")).IsValid);
        Assert.False(new ProjectRequestValidator().Validate(new ProjectRequest("my\tproject", "/srv/project", Guid.NewGuid())).IsValid);
        Assert.False(new ListFilesRequestValidator().Validate(new ListFilesRequest(Guid.NewGuid(), null, "Program\0")).IsValid);
    }

    private static PermissionResponse Answer(string? message, JsonElement? updatedInput) =>
        new(Guid.NewGuid(), PermissionDecision.Deny, message, updatedInput, null, null);
}
