using System.Diagnostics;
using Baton.Benchmarks.Reporting;
using Baton.Benchmarks.Stack;

namespace Baton.Benchmarks.Scenarios;

/// <summary>One kind of query: how long it took over HTTP, and how many hits a page held on average.</summary>
public sealed record SearchQueryResult(string Kind, LatencySummary Latency, double HitsPerQuery);

public sealed record SearchResult(long Messages, long Events, TimeSpan SeedTime, IReadOnlyList<SearchQueryResult> Queries);

/// <summary>
/// Full-text search over a large stored history (<see cref="SeededHistory"/>): queries one after
/// another through <c>GET /api/search</c>, by kind, as a person types them.
/// </summary>
public static class SearchScenario
{
    public static async Task<SearchResult> RunAsync(BenchmarkStack stack, BenchmarkOptions options)
    {
        var database = stack.DatabaseConnectionString
            ?? throw new InvalidOperationException("The search benchmark stores its history directly: give --database with --api.");
        var account = await BenchmarkAccount.SignUpAsync(stack.Api);
        var (bridgeId, _) = await account.CreateBridgeAsync("bench-search");
        var projectId = await account.CreateProjectAsync($"bench-{Guid.NewGuid():N}", bridgeId);
        var seeding = Stopwatch.StartNew();
        var (messages, events) = await SeededHistory.InsertAsync(database, await account.UserIdAsync(), projectId, options.SearchEvents);
        var seedTime = seeding.Elapsed;

        var tickets = messages / SeededHistory.MessagesPerTicket;
        var random = new Random(17);
        string Word() => SeededHistory.Vocabulary[random.Next(SeededHistory.Vocabulary.Length)];
        var kinds = new (string Kind, Func<string> Query, string Order)[]
        {
            ("common word, best first", Word, "best"),
            ("common word, newest first", Word, "newest"),
            ("two common words", () => $"{Word()} {Word()}", "best"),
            ("rare word (a ticket number)", () => $"ticket{random.NextInt64(tickets)}", "best"),
        };
        var results = new List<SearchQueryResult>();
        foreach (var (kind, query, order) in kinds)
        {
            // The first query of a kind warms caches and plans: not counted.
            await account.SearchAsync(query(), order);
            var latency = new LatencyRecorder();
            long hits = 0;
            for (var index = 0; index < options.SearchQueries; index++)
            {
                var timer = Stopwatch.StartNew();
                hits += await account.SearchAsync(query(), order);
                latency.Record(timer.Elapsed);
            }

            results.Add(new SearchQueryResult(kind, latency.Summarise(), (double)hits / options.SearchQueries));
        }

        return new SearchResult(messages, events, seedTime, results);
    }
}
