using Baton.Benchmarks.Stack;

namespace Baton.Benchmarks.Reporting;

/// <summary>
/// CPU time and working set of the API processes (summed), and the largest one's working set,
/// read before and after a phase.
/// </summary>
public sealed record ApiProcessSample(TimeSpan CpuTime, long WorkingSetBytes, long LargestWorkingSetBytes)
{
    public static ApiProcessSample Take(BenchmarkStack stack)
    {
        var processes = stack.ApiProcesses();
        try
        {
            foreach (var process in processes)
            {
                process.Refresh();
            }

            return new ApiProcessSample(
                TimeSpan.FromTicks(processes.Sum(process => process.TotalProcessorTime.Ticks)),
                processes.Sum(process => process.WorkingSet64),
                processes.Select(process => process.WorkingSet64).DefaultIfEmpty().Max());
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }
        }
    }
}
