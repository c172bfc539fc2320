using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Scoring;

namespace Framing.Cli.Commands;

/// <summary>The options that control confidence intervals and resampling.</summary>
internal static class BootstrapOptions
{
    /// <summary><c>--bootstrap</c>: replicates (0: no intervals).</summary>
    public static Option<int> Bootstrap { get; } = Option.Int("bootstrap", "Bootstrap replicates for confidence intervals (0: no intervals; a percentile interval needs at least 40 at --confidence 0.95, 200 at 0.99).", "N", 2000, 0, BootstrapSettings.MaxReplicates);

    /// <summary><c>--seed</c> of the resampling.</summary>
    public static Option<ulong> SeedSpec { get; } = new(
        "seed",
        "Seed of the resampling (same seed, same intervals).",
        "N",
        1UL,
        text => NumberText.TryWhole(text, out ulong seed)
            ? seed
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--seed must be a whole number from 0 to {ulong.MaxValue}, not '{text}'")));

    /// <summary><c>--confidence</c>: the level of intervals.</summary>
    public static Option<double> ConfidenceSpec { get; } = new(
        "confidence",
        "Confidence level of intervals.",
        "LEVEL",
        0.95,
        text => NumberText.TryReal(text, out var level) && level > 0 && level < 1
            ? level
            : throw new UsageException($"--confidence must be a number between 0 and 1 (e.g. 0.95), not '{text}'"));

    /// <summary><c>--min-documents</c> a group needs for an interval.</summary>
    public static Option<int> MinDocuments { get; } = Option.Int("min-documents", "Fewest documents a group needs for an interval.", "N", 5, 1, int.MaxValue);

    /// <summary>The four, in the order of the help.</summary>
    public static OptionSpec[] Specs { get; } = [Bootstrap, SeedSpec, ConfidenceSpec, MinDocuments];

    /// <summary>The replicates and seed of <c>--bootstrap</c> and <c>--seed</c>; null for <c>--bootstrap 0</c>.</summary>
    public static BootstrapSettings? Settings(ParsedArguments args)
    {
        var replicates = args.Get(Bootstrap);
        return replicates == 0 ? null : new BootstrapSettings(replicates, Seed(args));
    }

    public static ulong Seed(ParsedArguments args) => args.Get(SeedSpec);

    public static double Confidence(ParsedArguments args) => args.Get(ConfidenceSpec);

    public static int MinimumDocuments(ParsedArguments args) => args.Get(MinDocuments);
}
