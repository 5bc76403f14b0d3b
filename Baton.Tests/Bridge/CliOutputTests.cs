using System.Text;
using System.Text.Json;
using Baton.Bridge.Cli;
using Baton.Bridge.Connection;
using Baton.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Tests.Bridge;

/// <summary>How the bridge reads the CLI's figures and sizes, and how patiently it reconnects.</summary>
public sealed class CliOutputTests
{
    [Fact]
    public void A_line_over_the_limit_becomes_a_truncated_line_with_its_head()
    {
        var text = JsonSerializer.Serialize(new { type = "user", content = new string('é', BatonDefaults.MaxCliLineBytes / 2 + 10) });
        var line = JsonElement.Parse(text);
        var bytes = Encoding.UTF8.GetByteCount(text);

        var streamed = CliLineLimit.Apply(line, text, bytes);

        Assert.Equal("baton_truncated", streamed.GetProperty("type").GetString());
        Assert.Equal("user", streamed.GetProperty("originalType").GetString());
        Assert.Equal(bytes, streamed.GetProperty("bytes").GetInt32());
        var head = streamed.GetProperty("head").GetString()!;
        Assert.StartsWith(head, text);
        Assert.InRange(Encoding.UTF8.GetByteCount(head), BatonDefaults.TruncatedLineHeadBytes - 2, BatonDefaults.TruncatedLineHeadBytes);
    }

    [Fact]
    public void A_line_within_the_limit_is_streamed_as_it_came()
    {
        var line = JsonElement.Parse("""{"type":"assistant","message":{}}""");

        Assert.Equal(line.GetRawText(), CliLineLimit.Apply(line, line.GetRawText(), 40).GetRawText());
    }

    [Fact]
    public void A_turn_costs_what_its_models_cost_since_the_last_result()
    {
        var resumed = JsonElement.Parse("""{"total_cost_usd":0.15,"model_usage_since_last_result":{"a":{"costUSD":0.05},"b":{"costUSD":0.01}}}""");

        Assert.Equal(0.06, TurnCost.Of(resumed, previousTotalUsd: null), precision: 10);
    }

    [Fact]
    public void Without_per_turn_figures_a_turn_costs_the_growth_of_the_process_total()
    {
        var second = JsonElement.Parse("""{"total_cost_usd":0.25}""");

        Assert.Equal(0.1, TurnCost.Of(second, previousTotalUsd: 0.15), precision: 10);
        Assert.Equal(0.25, TurnCost.Of(second, previousTotalUsd: null), precision: 10);
    }

    [Fact]
    public void Reconnecting_never_gives_up_and_never_waits_longer_than_the_ceiling_plus_jitter()
    {
        var policy = new EndlessRetryPolicy(TimeSpan.FromSeconds(30));

        var delays = Enumerable.Range(0, 200).Select(attempt => policy.NextRetryDelay(new RetryContext { PreviousRetryCount = attempt })).ToList();

        Assert.Equal(TimeSpan.Zero, delays[0]);
        Assert.All(delays, delay => Assert.InRange(delay!.Value, TimeSpan.Zero, TimeSpan.FromSeconds(36)));
        Assert.True(delays[^1] >= TimeSpan.FromSeconds(24));
    }
}
