namespace Framing.Cli.Output;

/// <summary>
/// How an infinite statistic (an odds ratio with a zero cell, for instance) is handed to the writers. Every command that
/// can produce one (<c>compare</c>'s odds ratios and their limits, <c>keyness --measure fisher</c>'s odds ratio) goes
/// through <see cref="Cell"/> and <see cref="Flag"/>, so infinity reads the same in every output: <c>Inf</c> in CSV, table
/// and Markdown (as R writes it; R's <c>read.csv</c> and pandas' <c>read_csv</c> read it back as infinity); in JSON,
/// which has no infinity, <c>null</c> plus a boolean column named <c>&lt;column&gt;_infinite</c>, so every numeric JSON
/// column stays numeric (pandas reads it as float64).
/// </summary>
internal static class InfiniteValues
{
    /// <summary>The suffix of the JSON column that flags an infinite value written as null.</summary>
    public const string FlagSuffix = "_infinite";

    /// <summary>
    /// The cell for a value that may be infinite: in JSON the value itself (the JSON writer writes an infinite double as
    /// null); elsewhere <c>Inf</c> or <c>-Inf</c> for an infinite value, otherwise the value (NaN and null stay empty).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="json">Whether the output is JSON.</param>
    /// <returns>The cell.</returns>
    public static object? Cell(double? value, bool json) => json ? value : value switch
    {
        double.PositiveInfinity => "Inf",
        double.NegativeInfinity => "-Inf",
        _ => value,
    };

    /// <summary>The JSON flag cell: true when the value is infinite, false when finite, null when there is no value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The flag.</returns>
    public static bool? Flag(double? value) => value is { } v ? double.IsInfinity(v) : null;
}
