using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>The corpus run: one loop, one bad-record policy, every record counted.</summary>
public sealed class CorpusRunTests
{
    private static IEnumerable<CorpusItem> Items(int documents, int bad)
    {
        for (var i = 0; i < documents; i++)
        {
            yield return CorpusItem.Accepted(Document.Create("d" + i, "text", ("outlet", i % 2 == 0 ? "even" : "odd"), ("language", "EN ")));
        }

        for (var i = 0; i < bad; i++)
        {
            yield return CorpusItem.Rejected(new Diagnostic(new DocumentSource("c.jsonl", i + 1), "malformed"));
        }
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("english")]
    [InlineData(" Eng ")]
    public void AForcedLanguageIsReadAsALanguageFieldIs(string forced)
    {
        // Before: Language = "EN" was used as it stood, a language no lexicon has, so every document scored no match
        // (while a language field "EN" was read as en, and 'framing score --language EN' too).
        var compiled = Framing.Lexicons.Lexicon.Load("starter").Compile();
        var found = new List<(string Language, int Matches)>();
        var run = CorpusRun.FromDocuments([Document.Create("a", "Regime forces shelled the rebels.", ("outlet", "o"))], new CorpusRunOptions { Language = forced });
        run.Score(compiled, new Framing.Scoring.ScoringOptions { CollectMatches = true }, null, (_, _, result) => found.Add((result.Language, result.Matches.Count)));
        Assert.Equal(("en", 2), Assert.Single(found));
    }

    [Fact]
    public void ALanguageTheLexiconWasNotLoadedWithIsRefusedNotScoredAsNoMatch()
    {
        // Before: Language = "fr" with a lexicon loaded without a French profile scored every document with no match at
        // all (its tokens counted, so every rate fell), and DocumentScorer.Score(id, text, "fr") the same, silently.
        var compiled = Framing.Lexicons.Lexicon.Load("starter").Compile();
        var read = 0;
        IEnumerable<Document> Counted()
        {
            read++;
            yield return Document.Create("a", "Regime forces shelled the rebels.", ("outlet", "o"));
        }

        var run = CorpusRun.FromDocuments(Counted(), new CorpusRunOptions { Language = "fr" });
        var e = Assert.Throws<ArgumentException>(() => run.Score(compiled));
        Assert.StartsWith("the run's language (CorpusRunOptions.Language) 'fr' is not a language the lexicon 'starter' was loaded with (ar, en)", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, read);
        var scorer = compiled.CreateScorer();
        Assert.StartsWith("language 'fr' is not a language", Assert.Throws<ArgumentException>(() => scorer.Score("a", "Regime forces.", "fr")).Message, StringComparison.Ordinal);
        Assert.Equal("en", scorer.Score("a", "Regime forces.", "en").Language);
        var french = Framing.Text.LanguageRegistry.Default.With(new Framing.Text.LanguageProfile("fr", Framing.Text.Normalizers.English, null));
        Assert.Equal(1, CorpusRun.FromDocuments(Counted(), new CorpusRunOptions { Language = "fr" }).Score(Framing.Lexicons.Lexicon.Load("starter").Compile(french)).ScoredDocuments);
    }

    [Fact]
    public void ALanguageOfADocumentOrADetectorThatTheLexiconLacksIsNotScoredAsNoMatch()
    {
        // Before: a languageOf callback (the report, validation, calibration and learning verbs take one) that named a
        // language the lexicon lacks, or a detector whose fallback language it lacks, scored documents with no match.
        var compiled = Framing.Lexicons.Lexicon.Load("starter").Compile();
        Document[] documents =
        [
            Document.Create("a", "Regime forces shelled the rebels.", ("outlet", "o"), ("lang", "xx")),
            Document.Create("b", "Regime forces shelled the rebels.", ("outlet", "o"), ("lang", "en")),
            Document.Create("c", "Regime forces shelled the rebels.", ("outlet", "o")),
        ];
        foreach (var parallelism in new[] { 1, 2 })
        {
            var rejected = new List<Diagnostic>();
            var tally = new Framing.Scoring.CorpusScorer(compiled, null, null, parallelism)
                .Score(documents.Select(CorpusItem.Accepted), d => d.GetField("outlet")!, d => d.GetField("lang"), onRejected: rejected.Add);
            Assert.Equal((2L, 1L), (tally.ScoredDocuments, tally.RejectedDocuments));
            Assert.Equal("the language given for this document, \"xx\", is not one the lexicon 'starter' was loaded with (ar, en)", Assert.Single(rejected).Message);
        }

        var e = Assert.Throws<ArgumentException>(() => compiled.CreateScorer(new Framing.Scoring.ScoringOptions { LanguageDetector = new Framing.Text.ScriptDetector(0.5, "xx") }));
        Assert.StartsWith("the language detector's fallback language 'xx' is not a language the lexicon 'starter' was loaded with (ar, en)", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, compiled.CreateScorer(new Framing.Scoring.ScoringOptions { LanguageDetector = new Framing.Text.ScriptDetector(0.3, "en"), CollectMatches = true }).Score("d", "Regime forces shelled the rebels.").Matches.Count);
    }

    [Fact]
    public void ARunIsReadOnceASecondPassIsRefused()
    {
        // Before: a run over a stream scored twice gave an empty second result (the stream spent), and a run over a file
        // counted both passes (DocumentCount 2n for n records), both without an exception.
        var compiled = Framing.Lexicons.Lexicon.Load("starter").Compile();
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"id\":\"a\",\"outlet\":\"o\",\"text\":\"Regime forces.\"}\n{\"id\":\"b\",\"outlet\":\"o\",\"text\":\"Rebels.\"}\n");
        var run = new CorpusRun(CorpusReaderFactory.OpenStream(new MemoryStream(bytes)));
        Assert.Equal(2, run.Score(compiled).ScoredDocuments);
        var second = Assert.Throws<InvalidOperationException>(() => run.Score(compiled));
        Assert.Contains("a run is one pass over a corpus", second.Message, StringComparison.Ordinal);
        Assert.Equal((2L, 2L), (run.Records, run.DocumentCount));

        var documents = CorpusRun.FromDocuments([Document.Create("a", "Regime forces.", ("outlet", "o"))]);
        Assert.Single(documents.Documents());
        Assert.Throws<InvalidOperationException>(() => documents.Documents().ToList());
    }

    [Fact]
    public void SkippedRecordsAreCountedAndTheFirstTwentyReported()
    {
        var warnings = new List<string>();
        var run = new CorpusRun(Items(3, 25), "c.jsonl", new CorpusRunOptions { BadRecords = BadRecords.Skip(warnings.Add) });
        var documents = run.Documents().ToList();
        Assert.Equal(["even", "odd", "even"], documents.Select(d => d.Group));
        Assert.All(documents, d => Assert.Equal("en", d.Language));
        Assert.Equal((28L, 3L, 25L), (run.Records, run.DocumentCount, run.Rejected));
        Assert.Equal(BadRecords.ReportedRecords + 1, warnings.Count);
        Assert.Equal("skipped c.jsonl:1: malformed", warnings[0]);
        Assert.Equal(BadRecords.MoreSkippedMessage, warnings[^1]);
        Assert.DoesNotContain("--", string.Concat(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultPolicyStopsAtTheFirstBadRecord()
    {
        var run = new CorpusRun(Items(1, 2), "c.jsonl");
        var e = Assert.Throws<BadRecordException>(() => run.Documents().ToList());
        Assert.Equal("c.jsonl:1: malformed", e.Error.ToString());
    }

    [Fact]
    public void DocumentsInMemoryNeedTheirGroupFieldAndProgressCountsRecords()
    {
        var seen = new List<CorpusProgress>();
        var progress = new SynchronousProgress(seen.Add);
        var run = CorpusRun.FromDocuments([Document.Create("a", "x", ("outlet", "o")), Document.Create("b", "y")], new CorpusRunOptions { Progress = progress, Language = "ar" });
        var e = Assert.Throws<BadRecordException>(() => run.Documents().ToList()); // a bad record, as a file's would be
        Assert.Equal("b: missing field \"outlet\"", e.Error.ToString());
        Assert.Equal([new CorpusProgress(1, 1), new CorpusProgress(2, 2)], seen);
        Assert.Equal("ar", run.LanguageOf(Document.Create("c", "z", ("language", "en"))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ADocumentInMemoryWithoutItsGroupFieldFollowsTheBadRecordPolicy(int parallelism)
    {
        // As a record of a file without the group field: skipped and counted under a skipping policy (it had aborted
        // the run with a CorpusException, whatever the policy), a BadRecordException under the default one.
        Document[] documents = [Document.Create("a", "Regime forces.", ("outlet", "o")), Document.Create("b", "rebels"), Document.Create("c", "rebels", ("outlet", "p"))];
        var skipped = new List<Diagnostic>();
        var tally = CorpusRun.FromDocuments(documents, new CorpusRunOptions { BadRecords = BadRecords.SkipEach(skipped.Add), Parallelism = parallelism })
            .Score(Framing.Lexicons.Lexicon.Load("starter").Compile());
        Assert.Equal((2L, 1L), (tally.ScoredDocuments, tally.RejectedDocuments));
        Assert.Equal("b: missing field \"outlet\"", Assert.Single(skipped).ToString());

        var e = Assert.Throws<BadRecordException>(() => CorpusRun.FromDocuments(documents, new CorpusRunOptions { Parallelism = parallelism })
            .Score(Framing.Lexicons.Lexicon.Load("starter").Compile()));
        Assert.Equal("b: missing field \"outlet\"", e.Error.ToString());
    }

    private sealed class SynchronousProgress(Action<CorpusProgress> report) : IProgress<CorpusProgress>
    {
        public void Report(CorpusProgress value) => report(value);
    }
}
