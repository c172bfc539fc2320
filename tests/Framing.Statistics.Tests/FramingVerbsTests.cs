using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Verbs;

namespace Framing.Statistics.Tests;

/// <summary>The library verbs on documents held in memory.</summary>
public sealed class FramingVerbsTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    // Invented: three outlets, six documents each.
    private static readonly Document[] Documents =
    [
        .. Enumerable.Range(1, 18).Select(i => Document.Create(
            $"d{i}",
            (i % 3) switch
            {
                0 => $"Terrorists fled district {i}. The Syrian Arab Army liberated it.",
                1 => $"Regime forces stormed district {i}; rebels withdrew.",
                _ => $"Government forces recaptured district {i}, fighters said.",
            },
            ("outlet", "outlet-" + (i % 3)))),
    ];

    [Fact]
    public void MergedShardsScoreExactlyAsTheWhole()
    {
        var options = new GroupScoreOptions { Bootstrap = new BootstrapSettings(200, 7) };
        var whole = FramingVerbs.ScoreGroups(Documents, Starter, options);
        var shards = new[] { Documents[..7], Documents[7..] }
            .Select(part => CorpusRun.FromDocuments(part).Score(Starter.Compile(), null, options.Bootstrap));
        var merged = FramingVerbs.ScoreGroups(FramingVerbs.Merge(shards), Starter, options);
        Assert.Equal(whole.Rows.Count, merged.Rows.Count);
        Assert.Equal(whole.Rows, merged.Rows);
        Assert.Equal(3 * Starter.Axes.Count, whole.Rows.Count);
        Assert.All(whole.Rows, r => Assert.NotNull(r.Interval));
        Assert.Throws<ArgumentException>(() => FramingVerbs.Merge([]));
    }

    [Fact]
    public void LazyGroupRowsAreTheRowsOfScoreGroupsMadeOneGroupAtATime()
    {
        // The tool writes group rows as they are made, so that thousands of groups do not hold every row (before, the
        // rows of 32,000 groups took 0.7 GB). The lazy rows are exactly ScoreGroups' rows...
        var options = new GroupScoreOptions { Bootstrap = new BootstrapSettings(100, 3), Voices = VoiceSelection.Editorial };
        var tally = CorpusRun.FromDocuments(Documents).Score(Starter.Compile(), null, options.Bootstrap);
        Assert.Equal(FramingVerbs.ScoreGroups(tally, Starter, options).Rows, FramingVerbs.ScoreGroupsLazily(tally, Starter, options).ToList());

        // ...and a group's rows are made only when reached: a document added to the last group after the first
        // group's rows were taken shows in the last group's rows (it could not if every row had been made at once).
        using var rows = FramingVerbs.ScoreGroupsLazily(tally, Starter, options).GetEnumerator();
        Assert.True(rows.MoveNext());
        Assert.Equal("outlet-0", rows.Current.Row.Group);
        var before = FramingVerbs.ScoreGroups(tally, Starter, options).Rows[^1].Row.Documents;
        var extra = CorpusRun.FromDocuments([Document.Create("late", "Rebels advanced.", ("outlet", "outlet-2"))]).Score(Starter.Compile(), null, options.Bootstrap);
        tally.Merge(extra);
        var rest = new List<GroupScore>();
        while (rows.MoveNext())
        {
            rest.Add(rows.Current);
        }

        Assert.Equal(before + 1, rest[^1].Row.Documents);

        // Arguments are checked at once, not when the rows are first read.
        Assert.Throws<ArgumentException>(() => FramingVerbs.ScoreGroupsLazily(tally, Lexicon.Load("syria-conflict"), options));
        Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.ScoreGroupsLazily(tally, Starter, new GroupScoreOptions { ConfidenceLevel = 2 }));
    }

    [Fact]
    public void GroupScoresCompareTheirRowsElementByElement()
    {
        var scores = FramingVerbs.ScoreGroups(Documents, Starter, new GroupScoreOptions { Bootstrap = null });
        var copy = scores with { Rows = [.. scores.Rows] };
        Assert.Equal(scores, copy);
        Assert.Equal(scores.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(scores, scores with { Rows = [.. scores.Rows.Skip(1)] });
        Assert.False(scores.Rows is GroupScore[] or List<GroupScore>);
    }

    [Fact]
    public void GroupScoresCompareTheirTallyByReferenceBecauseMergeChangesIt()
    {
        // The documented contract: results of equal runs have equal rows, but differ unless they share one tally, since
        // the tally is an accumulator that Merge changes in place; equality and hash code agree either way.
        var options = new GroupScoreOptions { Bootstrap = null };
        var first = FramingVerbs.ScoreGroups(Documents, Starter, options);
        var second = FramingVerbs.ScoreGroups(Documents, Starter, options);

        Assert.Equal(first.Rows, second.Rows);
        Assert.NotEqual(first, second);
        Assert.Equal(first, second with { Tally = first.Tally });
        Assert.Equal(first.GetHashCode(), (second with { Tally = first.Tally }).GetHashCode());

        var hash = first.GetHashCode();
        first.Tally.Merge(CorpusRun.FromDocuments(Documents[..2]).Score(Starter.Compile()));
        Assert.Equal(hash, first.GetHashCode()); // the same result, though its tally grew
    }

    [Fact]
    public void TalliesOfDifferentLexiconsNeitherMergeNorScore()
    {
        // starter and immigration have three dimensions each: before, their tallies merged, and a starter tally read
        // with immigration gave immigration's names to starter's counts (and a lexicon of another size crashed).
        var starter = CorpusRun.FromDocuments(Documents[..7]).Score(Starter.Compile());
        var immigration = Lexicon.Load("immigration");
        Assert.Equal(Starter.Dimensions.Count, immigration.Dimensions.Count);
        var other = CorpusRun.FromDocuments(Documents[7..]).Score(immigration.Compile());

        var different = Assert.Throws<ArgumentException>(() => FramingVerbs.Merge([starter, other]));
        Assert.Equal("tallies are over different lexicons (Parameter 'tallies')", different.Message); // named CorpusTally.Merge's 'other'
        Assert.Equal("tallies", different.ParamName);
        Assert.Contains("was not scored with lexicon 'immigration'", Assert.Throws<ArgumentException>(() => FramingVerbs.ScoreGroups(starter, immigration)).Message, StringComparison.Ordinal);
        Assert.Contains("3 dimensions, not ", Assert.Throws<ArgumentException>(() => FramingVerbs.ScoreGroups(starter, Lexicon.Load("syria-conflict"))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => starter.Merge(starter));

        // The same lexicon loaded twice is the same lexicon (equal fingerprints), and so is a merged tally's.
        var again = CorpusRun.FromDocuments(Documents[7..]).Score(Lexicon.Load("starter").Compile());
        var merged = FramingVerbs.Merge([starter, again]);
        Assert.Equal(Starter.Fingerprint, merged.LexiconFingerprint);
        Assert.Equal(FramingVerbs.ScoreGroups(Documents, Starter, new GroupScoreOptions { Bootstrap = null }).Rows.Select(r => r.Score), FramingVerbs.ScoreGroups(merged, Starter).Rows.Select(r => r.Score));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void AConfidenceLevelOutsideZeroAndOneIsRefusedBeforeAnyWork(double level)
    {
        // Before, ScoreGroups took 1.5 and gave every row "too few documents with matches", and 0 a point "interval".
        Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.ScoreGroups(Documents, Starter, new GroupScoreOptions { ConfidenceLevel = level }));
        var tally = CorpusRun.FromDocuments(Documents).Score(Starter.Compile(), null, new BootstrapSettings(50));
        Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.ScoreGroups(tally, Starter, new GroupScoreOptions { ConfidenceLevel = level }));
        Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.Compare(Documents, Starter, new Framing.Statistics.Comparisons.ComparisonOptions { ConfidenceLevel = level }));
    }

    [Fact]
    public void ACompareCancelledAfterScoringStopsBetweenPairs()
    {
        // The token is cancelled once scoring is over (by the first document seen after it, the last): before, the
        // permutations of every pair ran to their end and the rows came back.
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        var documents = Documents.Select(d => { if (++seen == Documents.Length) { cancel.Cancel(); } return d; });
        Assert.ThrowsAny<OperationCanceledException>(() => FramingVerbs.Compare(documents, Starter, new Framing.Statistics.Comparisons.ComparisonOptions { Permutations = 50 }, null, cancel.Token));
    }

    [Fact]
    public void BadKwicAndWordscoresRequestsSayWhatIsWrong()
    {
        // Before: a negative window failed only while the lines were read, with a message about a length; a reference
        // given twice failed with the dictionary's "same key has already been added".
        Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.Kwic(CorpusRun.FromDocuments(Documents), Starter, new KwicOptions { Window = -1 }));
        var twice = Assert.Throws<ArgumentException>(() => FramingVerbs.ScaleGroups(CorpusRun.FromDocuments(Documents), new WordscoresRequest([new("outlet-0", 1), new("outlet-0", -1)])));
        Assert.StartsWith("reference 'outlet-0' is given twice (positions 1 and -1)", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KwicOfADimensionOrPoleTheLexiconLacksSaysSo()
    {
        // Before: a misspelt dimension or pole gave no lines at all, as if the corpus had no matches (the command-line
        // tool checked it, the library verb did not).
        var run = CorpusRun.FromDocuments(Documents);
        var dimension = Assert.Throws<ArgumentException>(() => FramingVerbs.Kwic(run, Starter, new KwicOptions { Dimension = "goverment-forces" }));
        Assert.StartsWith("unknown dimension 'goverment-forces' in lexicon 'starter' (known: armed-opposition, government-forces, territorial-change)", dimension.Message, StringComparison.Ordinal);
        var pole = Assert.Throws<ArgumentException>(() => FramingVerbs.Kwic(run, Starter, new KwicOptions { Pole = "regim" }));
        Assert.StartsWith("unknown pole 'regim' in lexicon 'starter' (known: ", pole.Message, StringComparison.Ordinal);
        var elsewhere = Assert.Throws<ArgumentException>(() => FramingVerbs.Kwic(run, Starter, new KwicOptions { Dimension = "armed-opposition", Pole = "regime" }));
        Assert.StartsWith("unknown pole 'regime' in dimension 'armed-opposition' (known: terrorism, opposition, neutral)", elsewhere.Message, StringComparison.Ordinal);
        Assert.NotEmpty(FramingVerbs.Kwic(run, Starter, new KwicOptions { Dimension = "government-forces", Pole = "regime" }));
        Assert.Empty(FramingVerbs.Kwic(CorpusRun.FromDocuments(Documents), Starter, new KwicOptions { Dimension = "government-forces", Pole = "neutral" })); // a run is read once
    }

    [Fact]
    public void AComparisonOfAGroupWithItselfIsRefusedBeforeScoring()
    {
        // Before: Pair = ("outlet-1", "outlet-1") compared the group with itself (difference 0, p = 1 on every axis);
        // the command-line tool refused it ("two different groups"), the library verb did not.
        var read = 0;
        IEnumerable<Document> Counted()
        {
            foreach (var document in Documents)
            {
                read++;
                yield return document;
            }
        }

        var options = new Framing.Statistics.Comparisons.ComparisonOptions { Pairs = Framing.Statistics.Comparisons.ComparisonPairs.One, Pair = ("outlet-1", "outlet-1"), Permutations = 10 };
        var same = Assert.Throws<ArgumentException>(() => FramingVerbs.Compare(Counted(), Starter, options));
        Assert.StartsWith("the pair compares group 'outlet-1' with itself: name two different groups", same.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(() => FramingVerbs.Compare(Counted(), Starter, options with { Pair = null }));
        Assert.StartsWith("a pair of groups is needed", missing.Message, StringComparison.Ordinal);
        Assert.Equal(0, read);
        Assert.Equal(Starter.Axes.Count, FramingVerbs.Compare(Documents, Starter, options with { Pair = ("outlet-1", "outlet-2") }).Rows.Count(r => r.Kind == Framing.Statistics.Comparisons.ComparisonKind.Pair));
    }

    [Fact]
    public void AnyVerbTakesALexiconOfACustomLanguage()
    {
        // README: a new language is a LanguageProfile added to a LanguageRegistry passed to Lexicon.Load/Parse. Before,
        // every verb compiled the lexicon again with the built-in languages: "unknown language 'fr'".
        var languages = Framing.Text.LanguageRegistry.Default.With(new Framing.Text.LanguageProfile("fr", Framing.Text.Normalizers.English, null));
        var yaml = PlantedCorpus.Lexicon
            .Replace("languages: [en, ar]", "languages: [en, ar, fr]", StringComparison.Ordinal)
            .Replace("\nentries:\n", "\nentries:\n  - { lang: fr, pattern: voyous, dimension: labels, pole: harsh, note: invented French entry }\n", StringComparison.Ordinal);
        Assert.Contains("voyous", yaml, StringComparison.Ordinal);
        var lexicon = Lexicon.Parse(yaml, "planted-fr.yaml", languages);
        Document[] documents = [Document.Create("a", "Les voyous ont attaqué la ville.", ("outlet", "nord")), Document.Create("b", "La ville est calme.", ("outlet", "sud"))];
        var french = new CorpusRunOptions { Language = "fr" };

        var rows = FramingVerbs.ScoreGroups(documents, lexicon, new GroupScoreOptions { Bootstrap = null }, french).Rows;
        Assert.Equal(1, rows.Single(r => r.Group == "nord" && r.Dimension == "labels").Score);
        Assert.Single(FramingVerbs.Kwic(CorpusRun.FromDocuments(documents, french), lexicon));
        Assert.Equal(2, FramingVerbs.Compare(documents, lexicon, new Framing.Statistics.Comparisons.ComparisonOptions { Permutations = 10 }, french).Tally.ScoredDocuments);
    }

    [Fact]
    public void KwicContextIsOneLineWhateverBreaksTheText()
    {
        // Before: only CR and LF became spaces, so U+2028, U+2029 and NEL (line breaks for the tokenizer) stayed in the
        // context and broke kwic's table rows.
        var documents = new[] { Document.Create("d1", "Calm\u2028ended.\u0085Terrorists fled\u2029the district.", ("outlet", "o")) };
        var line = Assert.Single(FramingVerbs.Kwic(CorpusRun.FromDocuments(documents), Starter, new KwicOptions { Window = 3 }));
        Assert.Equal(("Calm ended.", "Terrorists", "fled the district"), (line.Left, documents[0].Text.Substring(line.Match.Start, line.Match.Length), line.Right));
    }

    [Fact]
    public void CompareWithOneGroupIsAnArgumentException()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => FramingVerbs.Compare(Documents.Where(d => d.GetField("outlet") == "outlet-0"), Starter));
        Assert.IsType<InsufficientGroupsException>(e);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 0)]
    [InlineData(-1, 2)]
    public void AShardThatTakesNoRecordIsRefused(int index, int count)
    {
        // Before: 0/3 and 4/3 scored nothing without a word, and 1/0 divided by zero.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CorpusRun.FromDocuments(Documents, new CorpusRunOptions { Shard = new CorpusShard(index, count) }));
        Assert.Contains($"shard {index}/{count}", e.Message, StringComparison.Ordinal);
        Assert.Equal(6, CorpusRun.FromDocuments(Documents, new CorpusRunOptions { Shard = new CorpusShard(3, 3) }).Score(Starter.Compile()).ScoredDocuments);
    }

    [Fact]
    public void OptionsOutOfRangeNameTheirMember()
    {
        // Before: internal parameter names (minimumDocuments, confidenceLevel, method, voices) or only "options ('0')".
        void Check(string message, Action action)
        {
            var e = Assert.ThrowsAny<ArgumentException>(action);
            Assert.Equal("options", e.ParamName);
            Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        }

        var run = () => CorpusRun.FromDocuments(Documents);
        Check("options.MinimumDocuments must be at least 1, not 0", () => FramingVerbs.ScoreGroups(run(), Starter, new GroupScoreOptions { MinimumDocuments = 0 }));
        Check("the confidence level (options.ConfidenceLevel) must be between 0 and 1", () => FramingVerbs.ScoreGroups(run(), Starter, new GroupScoreOptions { ConfidenceLevel = 1 }));
        Check("options.Voices must be Editorial, Quoted, Attributed or a combination of them (All), not 8", () => FramingVerbs.ScoreGroups(run(), Starter, new GroupScoreOptions { Voices = (VoiceSelection)8 }));
        Check("options.Permutations must be at least 1, not 0", () => FramingVerbs.Compare(run(), Starter, new Framing.Statistics.Comparisons.ComparisonOptions { Permutations = 0 }));
        Check("options.MinimumDocuments must be at least 1, not 0", () => FramingVerbs.Compare(run(), Starter, new Framing.Statistics.Comparisons.ComparisonOptions { MinimumDocuments = 0 }));
        Check("options.Adjustment must be one of ", () => FramingVerbs.Compare(run(), Starter, new Framing.Statistics.Comparisons.ComparisonOptions { Adjustment = (Framing.Statistics.MultipleTesting.PValueAdjustment)42 }));
        Check("options.Window must be at least 0, not -1", () => FramingVerbs.Kwic(run(), Starter, new KwicOptions { Window = -1 }));
        Check("options.Status must be one of ", () => FramingVerbs.Kwic(run(), Starter, new KwicOptions { Status = (Framing.Matching.MatchStatus)77 })); // showed no line
        Check("options.MinimumLength must be at least 0, not -1", () => FramingVerbs.Coverage(run(), Starter, new Framing.Coverage.CoverageOptions { MinimumLength = -1 }));
        var target = Assert.Throws<ArgumentNullException>(() => FramingVerbs.Keyness(run(), new KeynessRequest(null!)));
        Assert.StartsWith("request.Target must not be null", target.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeynessReadsTheCorpusAsTheLexiconDeclaresItsScript()
    {
        // A lexicon of Persian read with an Arabic-script analysis (clitics kept): framing keyness --lexicon reads a text
        // without a language as fa, but the library had no way to say so and stripped the Arabic article chain.
        var persian = Lexicon.Parse(
            """
            id: persian
            version: 1.0.0
            title: Invented
            description: Invented for a test.
            license: CC0-1.0
            authors: [Tester]
            languages: [fa]
            analysis: { fa: arabic-script }
            dimensions:
              - id: naming
                description: Naming.
                poles:
                  a: { id: one, label: One, description: One. }
                  b: { id: two, label: Two, description: Two. }
            entries:
              - { lang: fa, pattern: "گروهک", dimension: naming, pole: one, note: "invented" }
            """,
            "persian.yaml");
        Document[] documents =
        [
            Document.Create("1", "والنظام گفت والنظام", ("outlet", "east")),
            Document.Create("2", "مردم گفتند", ("outlet", "west")),
        ];
        var withLexicon = FramingVerbs.Keyness(CorpusRun.FromDocuments(documents), new KeynessRequest("east") { MinimumCount = 1, Lexicon = persian });
        Assert.Contains(withLexicon.Table.Rows, r => r.Term == "والنظام" && r.TargetCount == 2);
        var builtIn = FramingVerbs.Keyness(CorpusRun.FromDocuments(documents), new KeynessRequest("east") { MinimumCount = 1 });
        Assert.Contains(builtIn.Table.Rows, r => r.Term == "نظام" && r.TargetCount == 2);
    }

    [Theory]
    [InlineData(0, 1, 3, "request.MinimumN and MaximumN must satisfy 1 <= MinimumN <= MaximumN <= 5, not 0 and 1")]
    [InlineData(2, 1, 3, "request.MinimumN and MaximumN must satisfy 1 <= MinimumN <= MaximumN <= 5, not 2 and 1")]
    [InlineData(1, 6, 3, "request.MinimumN and MaximumN must satisfy 1 <= MinimumN <= MaximumN <= 5, not 1 and 6")]
    [InlineData(1, 1, -1, "request.MinimumCount must be at least 0, not -1")] // was read as 0
    public void KeynessNamesTheRequestsMemberOutOfRange(int minimumN, int maximumN, int minimumCount, string message)
    {
        // Before: an internal parameter ("minimumN") was named, or nothing was said.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.Keyness(
            CorpusRun.FromDocuments(Documents), new KeynessRequest("outlet-1") { MinimumN = minimumN, MaximumN = maximumN, MinimumCount = minimumCount }));
        Assert.Equal("request", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("request.Measure must be a KeynessMeasure, not 99", Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.Keyness(
            CorpusRun.FromDocuments(Documents), new KeynessRequest("outlet-1") { Measure = (Framing.Statistics.Terms.KeynessMeasure)99 })).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, 0, 0.95, "request.MinimumN and MaximumN must satisfy 1 <= MinimumN <= MaximumN <= 5, not 0 and 1")]
    [InlineData(1, 6, 0, 0.95, "request.MinimumN and MaximumN must satisfy 1 <= MinimumN <= MaximumN <= 5, not 1 and 6")]
    [InlineData(1, 1, -1, 0.95, "request.Smooth must be a number from 0 to 1e12, not -1")]
    [InlineData(1, 1, double.NaN, 0.95, "request.Smooth must be a number from 0 to 1e12, not NaN")]
    [InlineData(1, 1, 0, 1, "request.ConfidenceLevel must be between 0 and 1, not 1")]
    [InlineData(1, 1, 0, 0, "request.ConfidenceLevel must be between 0 and 1, not 0")]
    public void WordscoresNamesTheRequestsMemberOutOfRangeBeforeReading(int minimumN, int maximumN, double smooth, double level, string message)
    {
        // Before: internal parameters ("minimumN", "smooth", "level") were named, the level only after the whole corpus
        // had been read.
        var read = 0;
        IEnumerable<Document> Counted()
        {
            foreach (var document in Documents)
            {
                read++;
                yield return document;
            }
        }

        var request = new WordscoresRequest([new("outlet-0", 1), new("outlet-1", -1)]) { MinimumN = minimumN, MaximumN = maximumN, Smooth = smooth, ConfidenceLevel = level };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.ScaleGroups(CorpusRun.FromDocuments(Counted()), request));
        Assert.Equal("request", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(0, read);
        Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.ScaleDocuments(() => CorpusRun.FromDocuments(Documents), request));
    }

    [Fact]
    public void AWordscoresReferenceNeedsANameAndAFinitePosition()
    {
        // Before: a null name was the dictionary's "Value cannot be null (Parameter 'key')".
        var nullName = Assert.Throws<ArgumentException>(() => FramingVerbs.ScaleGroups(CorpusRun.FromDocuments(Documents), new WordscoresRequest([new(null!, 1), new("outlet-1", -1)])));
        Assert.Equal("request", nullName.ParamName);
        Assert.StartsWith("request.References holds a reference whose name (key) is null", nullName.Message, StringComparison.Ordinal);
        var infinite = Assert.Throws<ArgumentOutOfRangeException>(() => FramingVerbs.ScaleGroups(CorpusRun.FromDocuments(Documents), new WordscoresRequest([new("outlet-0", double.PositiveInfinity), new("outlet-1", -1)])));
        Assert.StartsWith("request.References gives reference 'outlet-0' the position Infinity: a position is a finite number", infinite.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerbsSayWhatIsMissing()
    {
        var oneGroup = Documents.Where(d => d.GetField("outlet") == "outlet-0").ToList();
        var e = Assert.Throws<InsufficientGroupsException>(() => FramingVerbs.Compare(oneGroup, Starter));
        Assert.Equal(1, e.Groups);
        var missing = Assert.Throws<EmptyGroupException>(() => FramingVerbs.Keyness(CorpusRun.FromDocuments(Documents), new KeynessRequest("outlet-9")));
        Assert.Equal("outlet-9", missing.Group);
        Assert.Contains("(groups: outlet-0, outlet-1, outlet-2)", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGroupsListedInAMessageReadOneWay()
    {
        // Before: "(groups: )" for a corpus without groups, and "(groups: East, Herald, North)" for the two groups
        // 'East, Herald' and 'North'. Invented documents.
        var empty = Assert.Throws<EmptyGroupException>(() => FramingVerbs.Keyness(CorpusRun.FromDocuments([]), new KeynessRequest("a")));
        Assert.EndsWith("no documents in group 'a' (no groups)", empty.Message, StringComparison.Ordinal);
        var documents = new[] { Document.Create("d1", "Rebels withdrew.", ("outlet", "East, Herald")), Document.Create("d2", "Rebels withdrew.", ("outlet", "North")) };
        var comma = Assert.Throws<EmptyGroupException>(() => FramingVerbs.Keyness(CorpusRun.FromDocuments(documents), new KeynessRequest("West")));
        Assert.EndsWith("(groups: \"East, Herald\", North)", comma.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingKeynessGroupIsNamedOnOneShortLine()
    {
        // Before, the message listed every group of the corpus (thousands with --by id) and printed the target as given,
        // a line break included, so the CLI's one error line became many. Now: the first 20 groups, then how many more,
        // and control characters escaped, as compare's --pairs message has them. Invented documents, one per group.
        var documents = Enumerable.Range(0, 25).Select(i => Document.Create($"d{i}", "Rebels withdrew.", ("outlet", $"o{i:D2}"))).ToList();

        var e = Assert.Throws<EmptyGroupException>(() => FramingVerbs.Keyness(CorpusRun.FromDocuments(documents), new KeynessRequest("o9\nx")));

        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains("no documents in group 'o9\\u000Ax' (groups: o00, o01,", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(", o19 and 5 more)", e.Message, StringComparison.Ordinal);
        Assert.Equal("o9\nx", e.Group);
    }

    [Fact]
    public void CoverageKwicAndDocumentScoresSeeEveryDocument()
    {
        var coverage = FramingVerbs.Coverage(CorpusRun.FromDocuments(Documents), Starter);
        Assert.Equal(18, coverage.Documents);
        Assert.Equal(3, coverage.Groups.Count);

        var lines = FramingVerbs.Kwic(CorpusRun.FromDocuments(Documents), Starter, new KwicOptions { Dimension = "territorial-change", Window = 1 }).ToList();
        Assert.Equal(18, lines.Count); // liberated, stormed and recaptured, six each
        Assert.All(lines, l => Assert.Equal("territorial-change", l.Match.Dimension.Id));

        var seen = new List<string>();
        var tally = FramingVerbs.ScoreDocuments(CorpusRun.FromDocuments(Documents), Starter, (document, _, _) => seen.Add(document.Id));
        Assert.Equal(Documents.Select(d => d.Id), seen);
        Assert.Equal(18, tally.ScoredDocuments);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => FramingVerbs.Kwic(CorpusRun.FromDocuments(Documents), Starter, cancellationToken: cancelled.Token).ToList());
    }
}
