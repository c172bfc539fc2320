using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Framing.Benchmarks;

/// <summary>
/// A summary column derived from the mean time per operation and the size of the input the benchmark method declares
/// with <see cref="ProcessesAttribute"/>: <c>MiB/s</c> (UTF-8 input bytes per second, MiB = 2^20 bytes) or
/// <c>ns/token</c>. Shows <c>-</c> for methods without the attribute.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly bool _perToken;

    private ThroughputColumn(bool perToken) => _perToken = perToken;

    /// <summary>UTF-8 input MiB per second.</summary>
    public static ThroughputColumn MebibytesPerSecond { get; } = new(perToken: false);

    /// <summary>Nanoseconds per token of input.</summary>
    public static ThroughputColumn NanosecondsPerToken { get; } = new(perToken: true);

    /// <inheritdoc/>
    public string Id => _perToken ? "Framing.NsPerToken" : "Framing.MiBPerSecond";

    /// <inheritdoc/>
    public string ColumnName => _perToken ? "ns/token" : "MiB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => _perToken ? 1 : 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => _perToken
        ? "Mean time per operation divided by the tokens in its input"
        : "UTF-8 input bytes processed per second, in MiB (2^20 bytes), from the mean time per operation";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var input = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<ProcessesAttribute>()?.Input;
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (input is null || meanNanoseconds is not > 0)
        {
            return "-";
        }

        var (bytes, tokens) = InputSizes.Of(input.Value);
        return _perToken
            ? (meanNanoseconds.Value / tokens).ToString("F1", CultureInfo.InvariantCulture)
            : (bytes / (1024.0 * 1024.0) / (meanNanoseconds.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
