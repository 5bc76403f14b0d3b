using Baton.Contracts.Errors;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Contracts;

public sealed class HubErrorsTests
{
    public static TheoryData<string> AllCodes => [.. HubErrors.KnownCodes.Order(StringComparer.Ordinal)];

    [Fact]
    public void Error_codes_are_exactly_those_of_the_design()
    {
        string[] designed =
        [
            "invalid_request", "unauthorized", "not_found", "rate_limited", "run_in_progress",
            "bridge_unavailable", "bridge_disconnected", "bridge_timeout", "prompt_not_found",
            "prompt_already_answered", "prompt_expired", "invalid_answer", "cli_not_found", "cli_auth_failed",
            "cli_failed", "bridge_busy", "outside_root", "file_too_large", "binary_file", "internal",
            "bypass_not_allowed", "queued_message_not_found", "queued_message_started",
            "task_not_found",
        ];

        Assert.Equal(designed.Order(StringComparer.Ordinal), HubErrors.KnownCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Created_exception_reads_code_colon_text()
    {
        var exception = HubErrors.Create(ErrorCodes.RunInProgress, "a run is already active");

        Assert.IsType<HubException>(exception);
        Assert.Equal("run_in_progress: a run is already active", exception.Message);
    }

    [Fact]
    public void The_text_after_the_code_is_read_back_as_sent_even_wrapped()
    {
        var thrown = HubErrors.Create(ErrorCodes.OutsideRoot, "'/etc' is outside: the root");
        var received = new HubException($"An unexpected error occurred invoking 'x' on the server. HubException: {thrown.Message}");

        Assert.Equal("'/etc' is outside: the root", HubErrors.ExtractText(thrown));
        Assert.Equal("'/etc' is outside: the root", HubErrors.ExtractText(received));
        Assert.Equal("Invocation canceled by the server.", HubErrors.ExtractText(new HubException("Invocation canceled by the server.")));
    }

    [Fact]
    public void Creating_with_an_unknown_code_is_refused()
    {
        Assert.Throws<ArgumentException>(() => HubErrors.Create("run-in-progress", "typo"));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_survives_the_way_a_client_receives_it(string code)
    {
        var thrown = HubErrors.Create(code, "what went wrong: details");
        var received = new HubException($"An unexpected error occurred invoking 'x' on the server. HubException: {thrown.Message}");

        Assert.Equal(code, HubErrors.ExtractCode(thrown));
        Assert.Equal(code, HubErrors.ExtractCode(received));
    }

    [Theory]
    [InlineData("An unexpected error occurred invoking 'chat:send-message' on the server. HubException: run_in_progress: a run is already active", "run_in_progress")]
    [InlineData("run_in_progress: a run is already active", "run_in_progress")]
    [InlineData("invalid_request: content: longer than 100 KB", "invalid_request")]
    [InlineData("An unexpected error occurred invoking 'files:list' on the server. HubException: outside_root: HubException: not_found: x", "not_found")]
    [InlineData("not_found:", "not_found")]
    [InlineData("An unexpected error occurred invoking 'x' on the server. HubException: something_else: x", null)]
    [InlineData("An unexpected error occurred invoking 'x' on the server. HubException: no code here", null)]
    [InlineData("An unexpected error occurred invoking 'x' on the server.", null)]
    [InlineData("Invocation canceled by the server.", null)]
    [InlineData("Run_In_Progress: wrong case", null)]
    [InlineData(": empty code", null)]
    [InlineData("", null)]
    public void Extracts_the_code_from_a_message(string message, string? expected)
    {
        Assert.Equal(expected, HubErrors.ExtractCode(message));
    }

    [Fact]
    public void Finds_the_code_in_an_inner_exception()
    {
        var wrapped = new InvalidOperationException("call failed", HubErrors.Create(ErrorCodes.BridgeTimeout, "no answer"));

        Assert.Equal(ErrorCodes.BridgeTimeout, HubErrors.ExtractCode(wrapped));
    }
}
