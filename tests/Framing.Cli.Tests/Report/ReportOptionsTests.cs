using Framing.Lexicons;
using Framing.Reports;

namespace Framing.Cli.Tests.Report;

/// <summary>A report's options are checked when the builder is made, each out-of-range one named.</summary>
public sealed class ReportOptionsTests
{
    // The options with the start of the message each must give; the theory takes an index into it, which xunit can
    // show and serialize (a ReportOptions it cannot, and would run the cases as one).
    private static readonly (ReportOptions Options, string Message)[] Cases =
    [
        // Before: a confidence level of 2 failed after the corpus was scored, "Specified argument was out of the range of
        // valid values"; 0 permutations gave every difference p = 1; the negative counts and 0 documents went through.
        (ReportOptions.Default with { ConfidenceLevel = 2 }, "options.ConfidenceLevel must be between 0 and 1, e.g. 0.95, not 2"),
        (ReportOptions.Default with { ConfidenceLevel = double.NaN }, "options.ConfidenceLevel must be between 0 and 1, e.g. 0.95, not NaN"),
        (ReportOptions.Default with { Permutations = 0 }, "options.Permutations must be at least 1, not 0"),
        (ReportOptions.Default with { MinimumDocuments = 0 }, "options.MinimumDocuments must be at least 1, not 0"),
        (ReportOptions.Default with { Replicates = -1 }, "options.Replicates must be 0 (no score intervals) or 1 to 100000, not -1"),
        (ReportOptions.Default with { Replicates = 100_001 }, "options.Replicates must be 0 (no score intervals) or 1 to 100000, not 100001"),
        (ReportOptions.Default with { TopTerms = -1 }, "options.TopTerms must be at least 0, not -1"),
        (ReportOptions.Default with { ContextWindow = -1 }, "options.ContextWindow must be at least 0, not -1"),
        (ReportOptions.Default with { CoverageTerms = -1 }, "options.CoverageTerms must be at least 0, not -1"),

        // Before: accepted, then Build failed after reading records with a bare "Parameter 'voices'".
        (ReportOptions.Default with { Voices = 0 }, "options.Voices must be one or more voices (VoiceSelection.Editorial, Attributed, Quoted or a combination), not 0"),
        (ReportOptions.Default with { Voices = (Framing.Scoring.VoiceSelection)64 }, "options.Voices must be one or more voices"),

        // --pairs: one pair needs two different names; a pair with another choice would be ignored.
        (ReportOptions.Default with { Pairs = Framing.Statistics.Comparisons.ComparisonPairs.One }, "options.Pair must be two different group names with Pairs = ComparisonPairs.One, and null otherwise, not null"),
        (ReportOptions.Default with { Pairs = Framing.Statistics.Comparisons.ComparisonPairs.One, Pair = ("a", "a") }, "options.Pair must be two different group names"),
        (ReportOptions.Default with { Pair = ("a", "b") }, "options.Pair must be two different group names"),
        (ReportOptions.Default with { Pairs = (Framing.Statistics.Comparisons.ComparisonPairs)9 }, "options.Pairs must be ComparisonPairs.All, VersusRest or One, not 9"),
    ];

    public static TheoryData<int> OutOfRange => [.. Enumerable.Range(0, Cases.Length)];

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void AnOptionOutOfRangeIsRefusedByName(int index)
    {
        var (options, message) = Cases[index];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportBuilder(Lexicon.Load("starter"), options));
        Assert.Equal("options", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildNamesANullArgumentAndANullItem()
    {
        var builder = new ReportBuilder(Lexicon.Load("starter"));
        var document = Framing.Corpus.Document.Create("1", "the rebels", ("outlet", "a"));
        Framing.Corpus.CorpusItem[] items = [Framing.Corpus.CorpusItem.Accepted(document)];
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => builder.Build(items, d => "a", null!, "v")).ParamName);
        Assert.Equal("framingVersion", Assert.Throws<ArgumentNullException>(() => builder.Build(items, d => "a", "c", null!)).ParamName);
        Assert.StartsWith("an item of the corpus is null", Assert.Throws<InvalidOperationException>(() => builder.Build([.. items, null!], d => "a", "c", "v")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultsAndTheEdgesOfTheRangesAreAccepted()
    {
        _ = new ReportBuilder(Lexicon.Load("starter"));
        _ = new ReportBuilder(Lexicon.Load("starter"), ReportOptions.Default with { Replicates = 0, TopTerms = 0, ContextLines = 0, ContextWindow = 0, CoverageTerms = 0, TopEntries = 0, MinimumTermCount = 0 });
    }
}
