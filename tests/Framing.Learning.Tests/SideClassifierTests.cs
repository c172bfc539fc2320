namespace Framing.Learning.Tests;

public sealed class SideClassifierTests
{
    private static ClassifierReport Learn(int parallel = 1, int contextLines = 0) =>
        new SideClassifier(
            PlantedSignal.Parse().Compile(),
            PlantedSignal.Leanings(),
            PlantedSignal.Sides(),
            new ClassifierOptions { Learning = new LearningOptions { MaxDegreeOfParallelism = parallel, Replicates = 200 }, MaximumN = 3, Top = 30, ContextLines = contextLines })
        .Learn(PlantedSignal.Documents(), d => d.GetField("outlet")!);

    [Fact]
    public void FindsThePlantedPhraseAndFlagsTheByline()
    {
        var report = Learn(contextLines: 3);
        var sideA = report.Terms.Where(t => t.IsSideA).ToList();
        var phrase = Assert.Single(sideA, t => t.Term == "brave defenders");
        Assert.Equal(TermMark.NotInLexicon, phrase.Mark);
        Assert.Equal(0, phrase.DocumentsB);
        Assert.Equal(3, phrase.Context.Count);
        Assert.All(phrase.Context, line => Assert.Contains("[brave defenders]", line, StringComparison.Ordinal));
        Assert.Contains(sideA.Take(8), t => t.Term is "brave" or "defenders" or "brave defenders" or "our brave");

        var byline = report.Terms.Where(t => t.Term.Contains("marlow", StringComparison.Ordinal) || t.Term.Contains("quentin", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(byline);
        Assert.All(byline, t => Assert.Equal(TermMark.OutletSpecific, t.Mark));
        Assert.All(byline, t => Assert.Equal("a1", t.TopOutlet));

        var entry = report.Terms.Single(t => t.Term == "stalwarts");
        Assert.Equal(TermMark.InLexicon, entry.Mark);
        Assert.Equal("stance/praise", entry.Lexicon);
    }

    [Fact]
    public void AWordUsedOnlyInsideAPhraseEntryIsNoCandidate()
    {
        // With "brave defenders" an entry, its words are used only inside the entry's matches: the lexicon already counts
        // them, so neither is a candidate (learn --suggest used to propose "defenders"). "our brave" reaches out of the
        // match, so it stays a candidate.
        var lexicon = Framing.Lexicons.Lexicon.Parse(
            PlantedSignal.Lexicon + "\n  - { lang: en, pattern: \"brave defenders\", dimension: stance, pole: praise, note: \"planted phrase\" }\n",
            "planted.yaml");
        var report = new SideClassifier(
            lexicon.Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(),
            new ClassifierOptions { Learning = new LearningOptions { Replicates = 0, L1Regularization = 0.01f }, MaximumN = 2, Top = 40 })
            .Learn(PlantedSignal.Documents(), d => d.GetField("outlet")!);

        var phrase = Assert.Single(report.Terms, t => t.Term == "brave defenders");
        Assert.Equal(TermMark.InLexicon, phrase.Mark);
        var words = report.Terms.Where(t => t.Term is "brave" or "defenders").ToList();
        Assert.NotEmpty(words);
        Assert.All(words, t => Assert.Equal(TermMark.InsideEntries, t.Mark));
        Assert.All(words, t => Assert.Equal(1, t.InsideEntries));
        var our = Assert.Single(report.Terms, t => t.Term == "our brave");
        Assert.Equal(0, our.InsideEntries);
        Assert.Equal(TermMark.NotInLexicon, our.Mark);
        Assert.DoesNotContain("defenders\"", CandidateEntriesWriter.Write(report, "planted.jsonl"), StringComparison.Ordinal);

        // Without the entry the same words are candidates, none of their uses inside an entry.
        var before = Learn();
        Assert.All(before.Terms.Where(t => t.Term is "brave" or "defenders" or "brave defenders"), t => Assert.Equal((TermMark.NotInLexicon, 0.0), (t.Mark, t.InsideEntries)));
    }

    [Fact]
    public void AnArabicWordTheLexiconMatchesOnlyWithTheArticleIsNotInTheLexicon()
    {
        // Side B writes the bare نظام ("system"); the entry is النظام ("the regime"), which no document uses, so the
        // lexicon counts none of the word's uses. learn marked it in-lexicon (and left it out of --suggest) because the
        // word matched with ال in front; keyness already said "with ال: …".
        var lexicon = Framing.Lexicons.Lexicon.Parse(
            PlantedSignal.Lexicon.Replace("languages: [en]", "languages: [en, ar]", StringComparison.Ordinal)
            + "\n  - { lang: ar, pattern: \"النظام\", dimension: stance, pole: blame, note: \"planted, with the article\" }\n",
            "planted.yaml");
        var documents = PlantedSignal.Documents()
            .Select((d, i) => d.GetField("outlet")![0] == 'b' && i % 4 != 0
                ? new Framing.Corpus.Document(d.Id, new Dictionary<string, string> { ["outlet"] = d.GetField("outlet")!, ["id"] = d.Id }, d.Text + " قال نظام المياه.", d.Source)
                : d)
            .ToList();
        var report = new SideClassifier(
            lexicon.Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(),
            new ClassifierOptions { Learning = new LearningOptions { Replicates = 0, L1Regularization = 0.01f }, MaximumN = 1, Top = 40 })
            .Learn(documents, d => d.GetField("outlet")!);

        var word = Assert.Single(report.Terms, t => t.Term == "نظام");
        Assert.False(word.IsSideA);
        Assert.Equal(0, word.InsideEntries);
        Assert.Equal(TermMark.NotInLexicon, word.Mark);
        Assert.Equal("with ال: stance/blame", word.Lexicon);
        Assert.Contains("نظام", CandidateEntriesWriter.Write(report, "planted.jsonl"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void AShareOutsideZeroToOneIsRefused(double share)
    {
        foreach (var options in new[]
        {
            new ClassifierOptions { InsideEntriesShare = share },
            new ClassifierOptions { OutletShare = share },
            new ClassifierOptions { OutletCoverage = share },
        })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new SideClassifier(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), options));
        }
    }

    [Fact]
    public void TheClassifierAndTheLexiconAreComparedOnTheSameDocuments()
    {
        var report = Learn();
        Assert.True(report.Classifier.Auc > 0.75, $"classifier {report.Classifier.Auc}");
        Assert.NotNull(report.Classifier.Low);
        var stance = Assert.Single(report.Comparisons);
        Assert.True(stance.Lexicon.Auc > 0.5 && stance.Lexicon.Auc < 1);
        Assert.Equal((stance.Lexicon.Auc - 0.5) / (report.Classifier.Auc - 0.5), stance.Captured, 12);
        Assert.Equal(6, report.FoldAucs.Count);
        Assert.All(report.FoldAucs, a => Assert.True(double.IsNaN(a)));
        Assert.InRange(report.Features, 10, report.Options.MaximumFeatures);
        Assert.Equal(1, report.CountingPasses);
    }

    [Fact]
    public void CapturedIsReadInTheOrientationOfACompositeThatTakesTheDimensionWithSignMinusOne()
    {
        // The planted lexicon with the stance poles swapped (praise is pole b) and a composite that takes stance with sign
        // -1: the same words on the same documents, oriented as the composite says. The dimension's AUC, of its pole-A
        // share, is below 0.5; captured was then negative (-71% in the tester's run), though the dimension captures as much
        // as before. Now it is read the other way round, and equals the composite's and the unswapped lexicon's.
        var swapped = PlantedSignal.Lexicon
            .Replace("a: { id: praise", "b: { id: praise", StringComparison.Ordinal)
            .Replace("b: { id: blame", "a: { id: blame", StringComparison.Ordinal)
            .Replace("entries:", "composites:\n  - id: align\n    description: Alignment.\n    components:\n      - { dimension: stance, sign: -1 }\nentries:", StringComparison.Ordinal);
        var lexicon = Framing.Lexicons.Lexicon.Parse(swapped, "swapped.yaml");
        Assert.Equal("blame", lexicon.Dimensions[0].PoleA.Id);
        var options = new ClassifierOptions { Learning = new LearningOptions { Replicates = 0 }, MaximumN = 2, Top = 5 };
        var report = new SideClassifier(lexicon.Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), options).Learn(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        var plain = new SideClassifier(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), options).Learn(PlantedSignal.Documents(), d => d.GetField("outlet")!).Comparisons.Single();

        var stance = report.Comparisons.Single(c => c.Id == "stance");
        var align = report.Comparisons.Single(c => c.Id == "align");
        Assert.Equal(1 - plain.Lexicon.Auc, stance.Lexicon.Auc, 12);
        Assert.Equal(plain.Lexicon.Auc, align.Lexicon.Auc, 12);
        Assert.True(stance.Captured > 0, $"captured {stance.Captured}");
        Assert.Equal(plain.Captured, stance.Captured, 12);
        Assert.Equal(align.Captured, stance.Captured, 12);
    }

    [Fact]
    public void TheReportIsTheSameForAnyParallelism()
    {
        var one = Learn(1);
        var two = Learn(2);
        Assert.Equal(one.Classifier, two.Classifier);
        Assert.Equal(one.Terms.Select(t => (t.Term, t.Coefficient)), two.Terms.Select(t => (t.Term, t.Coefficient)));
    }

    [Fact]
    public void TheVocabularyCutOffsBoundTheFeatures()
    {
        var report = new SideClassifier(
            PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(),
            new ClassifierOptions { Learning = new LearningOptions { Replicates = 0 }, MaximumFeatures = 7, MaximumCandidates = 400 })
            .Learn(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        Assert.Equal(7, report.Features);
        Assert.True(report.CountingPasses > 1);
        Assert.Null(report.Classifier.Low);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(60)]
    [InlineData(2)]
    public void ASmallCandidateTableGivesTheSameReportInAnyOrderOfTheDocuments(int candidates)
    {
        // With a full table the rarest n-grams used to be dropped while counting, so which ones survived depended on the
        // order of the documents (the same corpus shuffled gave another classifier). The corpus is now counted again in
        // parts of the n-grams, each exactly: the report is the one an unbounded table gives, in any order.
        ClassifierReport Run(IReadOnlyList<Framing.Corpus.Document> documents, int maximumCandidates) => new SideClassifier(
            PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(),
            new ClassifierOptions { Learning = new LearningOptions { Replicates = 0 }, MaximumFeatures = 40, MaximumCandidates = maximumCandidates, MinimumDocuments = 2 })
            .Learn(documents, d => d.GetField("outlet")!);
        var documents = PlantedSignal.Documents();
        var reversed = documents.Reverse().ToList();
        var interleaved = documents.Where((_, i) => i % 2 == 1).Concat(documents.Where((_, i) => i % 2 == 0)).ToList();

        var unbounded = Run(documents, 1_000_000);
        var bounded = Run(documents, candidates);

        Assert.Equal(1, unbounded.CountingPasses);
        Assert.True(bounded.CountingPasses > 2, $"{bounded.CountingPasses} readings");
        foreach (var report in new[] { bounded, Run(reversed, candidates), Run(interleaved, candidates) })
        {
            Assert.Equal(unbounded.Features, report.Features);
            Assert.Equal(unbounded.Classifier, report.Classifier);
            Assert.Equal(unbounded.Terms.Select(t => (t.Term, t.Coefficient, t.DocumentsA, t.DocumentsB)), report.Terms.Select(t => (t.Term, t.Coefficient, t.DocumentsA, t.DocumentsB)));
        }
    }
}
