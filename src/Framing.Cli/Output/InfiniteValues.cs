namespace Framing.Cli.Output;

/// <summary>
/// How an infinite statistic (an odds ratio with a zero cell, for instance) is handed to the writers. Every command that
/// can produce one (<c>compare</c>'s odds ratios and their limits, <c>keyness --measure fisher</c>'s odds ratio) goes
/// through <see cref="Cell"/>, so infinity reads the same in every output.
/// </summary>
internal static class InfiniteValues
{
    /// <summary>
    /// The cell for a value that may be infinite: <c>Inf</c> or <c>-Inf</c> (as R writes them; R's <c>read.csv</c> and
    /// pandas' <c>read_csv</c> read them back as infinity), otherwise the value itself (NaN and null stay empty).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The cell.</returns>
    public static object? Cell(double? value) => value switch
    {
        double.PositiveInfinity => "Inf",
        double.NegativeInfinity => "-Inf",
        _ => value,
    };
}
