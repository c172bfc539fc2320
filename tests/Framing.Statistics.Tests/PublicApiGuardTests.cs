using Framing.Corpus;
using Framing.Lexicons;
using Framing.Lexicons.Import;
using Framing.Scoring;
using Framing.Text;
using Framing.Verbs;

namespace Framing.Statistics.Tests;

/// <summary>
/// The public API used as a .NET developer would, with the mistakes such a developer makes: each case once ended in a
/// NullReferenceException, a read past the data, a silent double count, a state changed through a cast or a result
/// that never compared equal (found by an adversarial pass over the library).
/// </summary>
public sealed class PublicApiGuardTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    private static readonly Document[] Documents =
    [
        .. Enumerable.Range(1, 12).Select(i => Document.Create(
            $"d{i}",
            i % 2 == 0 ? $"Terrorists fled district {i}; the army liberated it." : $"Regime forces stormed district {i}; rebels withdrew.",
            ("outlet", "outlet-" + (i % 2)))),
    ];

    [Fact]
    public void TwoKeynessResultsOfOneCorpusAreEqual()
    {
        // KeynessResult is a record, but its table was a class compared by reference: two identical runs were unequal.
        var first = FramingVerbs.Keyness(CorpusRun.FromDocuments(Documents), new KeynessRequest("outlet-0") { MinimumCount = 1 });
        var second = FramingVerbs.Keyness(CorpusRun.FromDocuments(Documents), new KeynessRequest("outlet-0") { MinimumCount = 1 });
        var other = FramingVerbs.Keyness(CorpusRun.FromDocuments(Documents), new KeynessRequest("outlet-1") { MinimumCount = 1 });

        Assert.NotSame(first.Table, second.Table);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void TheDeclaredLeaningsCannotBeChangedThroughACast()
    {
        var leanings = KnownLeanings.FromGroups([KeyValuePair.Create("north-post", "gov"), KeyValuePair.Create("east-wire", "opp")]);

        var set = Assert.IsAssignableFrom<ISet<string>>(leanings.DeclaredLeanings);
        Assert.Throws<NotSupportedException>(set.Clear);
        Assert.Equal(["gov", "opp"], leanings.DeclaredLeanings!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CountsOutsideTheDimensionsOrSidesAreRefused()
    {
        // (PoleSide)4 read dimension 1's pole B count; a dimension past the last one threw IndexOutOfRangeException.
        var counts = Starter.Compile().CreateScorer().Score("a", "Regime forces shelled the town.").Counts;

        Assert.Throws<ArgumentOutOfRangeException>("side", () => counts.Count(0, (PoleSide)4));
        Assert.Throws<ArgumentOutOfRangeException>("dimension", () => counts.Count(counts.DimensionCount, PoleSide.A));
        Assert.Throws<ArgumentOutOfRangeException>("dimension", () => counts.WeightMilli(-1, PoleSide.A));
        Assert.Throws<ArgumentOutOfRangeException>("side", () => counts.NegatedCount(0, (PoleSide)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>("dimension", () => counts.OffTargetCount(counts.DimensionCount + 3, PoleSide.B));
        Assert.Equal(0, counts.Count(counts.DimensionCount - 1, PoleSide.Neutral));
    }

    [Fact]
    public void NullOptionsAndArgumentsAreNamedNotDereferenced()
    {
        var run = CorpusRun.FromDocuments(Documents);
        Assert.Throws<ArgumentNullException>("request", () => FramingVerbs.Keyness(run, new KeynessRequest(null!)));
        Assert.Throws<ArgumentNullException>("options", () => CorpusRun.FromDocuments(Documents, new CorpusRunOptions { Languages = null! }));
        Assert.Throws<ArgumentNullException>("options", () => CorpusRun.FromDocuments(Documents, new CorpusRunOptions { BadRecords = null! }));
        Assert.Throws<ArgumentNullException>("options", () => CorpusRun.FromDocuments(Documents, new CorpusRunOptions { GroupField = null! }));
        Assert.Throws<ArgumentNullException>("options", () => Starter.Compile().CreateScorer(new ScoringOptions { LanguageDetector = null! }));
        Assert.Throws<ArgumentNullException>("Normalizer", () => new LanguageProfile("fr", null!, null));
        var profile = LanguageRegistry.Default.Get("en");
        Assert.Throws<ArgumentNullException>("Normalizer", () => profile with { Normalizer = null! });
        Assert.Throws<ArgumentNullException>("error", () => new ImportException((Diagnostic)null!));
        Assert.Throws<ArgumentNullException>("group", () => new EmptyGroupException("c", null!, ["x"]));
        Assert.Throws<ArgumentNullException>("name", () => Documents[0].GetField(null!));
        Assert.Throws<ArgumentNullException>("code", () => LanguageRegistry.Default.Get(null!));

        // A null list is named as the public parameter or init accessor it came through (it was "list", the name of
        // an internal helper's parameter).
        Assert.Throws<ArgumentNullException>("Examples", () => new Pole("a", "A", "Pole A.", null!));
        var pole = new Pole("a", "A", "Pole A.", ["x"]);
        Assert.Throws<ArgumentNullException>("value", () => pole with { Examples = null! });
        Assert.Throws<ArgumentNullException>("Authors", () => new LexiconMetadata("x", "1.0.0", "X", "X.", "CC0-1.0", null!, null, null!));
        Assert.Throws<ArgumentNullException>("Figures", () => new LexiconValidation(LexiconValidationStatus.NotValidated, null, [], null!, null));
    }

    [Fact]
    public void KeynessOfAGroupAgainstItselfIsAnArgumentError()
    {
        // It said "no documents in group 'outlet-0'", which has six.
        var error = Assert.Throws<ArgumentException>("request", () => FramingVerbs.Keyness(CorpusRun.FromDocuments(Documents), new KeynessRequest("outlet-0") { Reference = "outlet-0" }));

        Assert.Contains("the reference is the target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATallyGivenTwiceIsNotMergedTwice()
    {
        // Merging a tally with itself is refused; given twice to the verb, its documents were counted twice.
        var tally = CorpusRun.FromDocuments(Documents).Score(Starter.Compile());

        Assert.Throws<ArgumentException>("tallies", () => FramingVerbs.Merge([tally, tally]));
        Assert.Equal(12, FramingVerbs.Merge([tally, CorpusRun.FromDocuments([]).Score(Starter.Compile())]).ScoredDocuments);
    }

    [Fact]
    public void TheNormalizedTextBuilderGivesOnlyWhatWasWritten()
    {
        // After Clear, Slice handed out the old characters past the new ones, and Truncate clamped a count too large.
        var builder = new NormalizedTextBuilder(16);
        builder.Append("secret");
        builder.Clear();
        builder.Append("ab");

        Assert.Equal("ab", builder.Slice(0, 2).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Slice(0, 6).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Truncate(3));
        builder.Truncate(2);
        Assert.Equal(0, builder.Length);
    }

    [Fact]
    public void OptionsOutOfRangeAreRefusedWhenSetNotAtTheFirstDocument()
    {
        // Before: each was accepted, and failed late or silently (MaxMatchableTokenLength 0 scored every document with
        // no match; an empty group field failed at the first record as a CorpusException about the data; a language
        // code no lexicon can name was registered).
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions { MaxMatchableTokenLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringOptions.Default with { MaxMatchableTokenLength = -1 });
        Assert.Equal(1, new ScoringOptions { MaxMatchableTokenLength = 1 }.MaxMatchableTokenLength);
        Assert.Equal("GroupField must name a field (or give GroupOf or MissingGroup) (Parameter 'options')", Assert.Throws<ArgumentException>(() => CorpusRun.FromDocuments(Documents, new CorpusRunOptions { GroupField = "" })).Message);
        Assert.Equal(12, CorpusRun.FromDocuments(Documents, new CorpusRunOptions { GroupField = "", MissingGroup = "all" }).Score(Starter.Compile()).ScoredDocuments); // unnamed, and not needed
        Assert.Equal(12, CorpusRun.FromDocuments(Documents, new CorpusRunOptions { LanguageField = "" }).Score(Starter.Compile()).ScoredDocuments); // no language field: the script decides
        Assert.StartsWith("'FR-ca' is not a language code", Assert.Throws<ArgumentException>(() => new LanguageProfile("FR-ca", Normalizers.English, null)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new LanguageProfile("fr", Normalizers.English, null) with { Code = "Fr" });
        Assert.Equal("fra", new LanguageProfile("fra", Normalizers.English, null).Code);
    }

    [Fact]
    public void NullsWhereAnItemOrARunWasExpectedAreNamedNotNullReferences()
    {
        // Before: each ended in a NullReferenceException inside the library.
        var compiled = Starter.Compile();
        var withNull = new CorpusRun(new[] { CorpusItem.Accepted(Documents[0]), null! }, "items");
        Assert.Contains("an item of the corpus items is null", Assert.Throws<InvalidOperationException>(() => withNull.Score(compiled)).Message, StringComparison.Ordinal);
        var deferred = new CorpusRun(new[] { CorpusItem.Deferred(10, () => null!) }, "deferred");
        Assert.Contains("returned null", Assert.Throws<InvalidOperationException>(() => deferred.Score(compiled)).Message, StringComparison.Ordinal);
        var request = new WordscoresRequest([new("outlet-0", -1), new("outlet-1", 1)]) { ByDocument = false };
        Assert.Contains("pass returned null", Assert.Throws<InvalidOperationException>(() => FramingVerbs.ScaleDocuments(() => null!, request)).Message, StringComparison.Ordinal);
        var once = CorpusRun.FromDocuments(Documents);
        Assert.Contains("a run is one pass", Assert.Throws<InvalidOperationException>(() => FramingVerbs.ScaleDocuments(() => once, request)).Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Length, FramingVerbs.ScaleDocuments(() => CorpusRun.FromDocuments(Documents), request with { IncludeReferences = true }).Rows.Count);
    }
}
