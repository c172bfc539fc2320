using Framing.Lexicons;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Tests.Scoring;

/// <summary>The built-in starter lexicon on the sentences its notes describe.</summary>
public sealed class StarterLexiconTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");
    private static readonly DocumentScorer Scorer = Starter.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });

    private static string[] Matches(string text)
    {
        lock (Scorer)
        {
            return [.. Scorer.Score("d", text).Matches.Select(m => $"{m.Dimension.Id}:{m.Pole!.Id}:{m.Surface}")];
        }
    }

    [Fact]
    public void AResultAndATallyPrintTheirFigures()
    {
        // Before: "Counts = Framing.Scoring.FramingCounts" and the tally's type name, nothing of the figures.
        var result = Starter.Compile().CreateScorer().Score("d", "The terrorists and the rebels and the rebels fought.", "en");
        var armed = Starter.Dimensions.ToList().FindIndex(d => d.Id == "armed-opposition");
        Assert.Contains($"[{armed}] A 1, B 2, neutral 0", result.Counts.ToString(), StringComparison.Ordinal);
        Assert.Contains("Counts = FramingCounts { [0] ", result.ToString(), StringComparison.Ordinal);
        var tally = Framing.Corpus.CorpusRun.FromDocuments([Framing.Corpus.Document.Create("d", "The rebels fought.", ("outlet", "o"))]).Score(Starter.Compile());
        Assert.Equal("CorpusTally { Groups = 1, ScoredDocuments = 1, RejectedDocuments = 0, Dimensions = 3, Replicates = 0 }", tally.ToString());
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("english")]
    [InlineData("en-GB")]
    public void ALanguageIsNamedAsALanguageFieldNamesIt(string name)
    {
        // Before: the scorer took only "en", though a run's language field also reads these as en.
        var scorer = Starter.Compile().CreateScorer();
        Assert.Equal("en", scorer.Score("d", "The rebels fought.", name).Language);
        Assert.Throws<ArgumentException>(() => scorer.Score("d", "The rebels fought.", "fr"));
    }

    [Theory]
    [InlineData("قاتل الجيش الحر", "armed-opposition:opposition:الجيش الحر")]
    [InlineData("قاتل والجيش الحر", "armed-opposition:opposition:والجيش الحر")]
    [InlineData("تقدم الجيش السوري", "government-forces:state:الجيش السوري")]
    [InlineData("تقدم الجيش العربي السوري", "government-forces:state:الجيش العربي السوري")]
    [InlineData("قصفت قوات النظام", "government-forces:regime:قوات النظام")]
    [InlineData("قصفت وقوات الأسد", "government-forces:regime:وقوات الأسد")]
    [InlineData("قصف نظام الأسد", "government-forces:regime:نظام الأسد")]
    [InlineData("أعاد الجيش الأمن والاستقرار", "territorial-change:liberation:الأمن والاستقرار")]
    [InlineData("سقوط حلب", "territorial-change:capture:سقوط")]
    [InlineData("Regime forces shelled", "government-forces:regime:Regime forces")]
    [InlineData("the Free Syrian Army said", "armed-opposition:opposition:Free Syrian Army")]
    [InlineData("Assad\u2019s troops", "government-forces:regime:Assad\u2019s troops")]
    public void NamedFramingsMatch(string text, string expected) => Assert.Equal([expected], Matches(text));

    [Theory]
    [InlineData("انهار نظام وقف إطلاق النار")] // bare نظام: a system, not the regime
    [InlineData("انتقد النظام التركي")]
    [InlineData("سقوط قتلى")]
    [InlineData("سقوط القتلى والجرحى")] // the exclusion's word قتلى matches through the article
    [InlineData("رئيس تحرير الصحيفة")]
    [InlineData("They called for regime change")]
    [InlineData("the Turkish opposition")]
    public void ExcludedAndOtherSensesDoNotMatch(string text) => Assert.Empty(Matches(text));

    [Fact]
    public void FreeSyrianArmyInArabicIsNotTheStatesArmy()
    {
        // "الجيش السوري الحر" contains "الجيش السوري" (state), excluded in this context.
        Assert.DoesNotContain(Matches("قاتل الجيش السوري الحر"), m => m.StartsWith("government-forces", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryArabicPatternWordWrittenWithoutTheArticleCanCarryClitics()
    {
        // A token is never stripped to a stem shorter than the minimum, so a shorter bare pattern word would only ever
        // match the bare token: never with the article or another clitic.
        var minimum = new ArabicCliticStripper().MinimumStemLength;
        foreach (var entry in Starter.Entries.Where(e => e.Language == "ar"))
        {
            foreach (var phrase in entry.Exclusions.Prepend(entry.Pattern))
            {
                var words = phrase.Split(' ');
                for (var w = 0; w < words.Length; w++)
                {
                    // A lone و between two words joins the next one by the conjunction (أمن و استقرار): no stem.
                    var word = words[w];
                    if (word == "و" && w > 0 && w < words.Length - 1)
                    {
                        continue;
                    }

                    var normalized = Normalizers.Arabic.Normalize(word.TrimEnd('*'));
                    Assert.True(normalized.StartsWith("ال", StringComparison.Ordinal) || normalized.Length >= minimum, $"{entry.Location}: \"{word}\" in \"{phrase}\"");
                }
            }
        }
    }
}
