using Framing.Lexicons;
using Framing.Scoring;
using Xunit.Abstractions;

namespace Framing.Tests.Scoring;

public sealed class StarterLexiconSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void ScoresArabicAndEnglishSentences()
    {
        var lexicon = Lexicon.Load("starter");
        var scorer = lexicon.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        var ar = scorer.Score("a", "تقدم الجيش العربي السوري وحلفاؤه ضد الإرهابيين، وقال مصدر في المعارضة إن «الثوار» صدوا هجوم قوات النظام. نظام وقف إطلاق النار انهار.");
        foreach (var m in ar.Matches)
        {
            output.WriteLine($"{m.Dimension.Id} {m.Entry.Side} {m.Surface} [{m.Normalized}] {m.Voice} {m.Rule}");
        }

        var en = scorer.Score("b", "Assad's forces shelled the rebels while government forces said the \"terrorists\" fled. Regime change is not on the table.");
        foreach (var m in en.Matches)
        {
            output.WriteLine($"{m.Dimension.Id} {m.Entry.Side} {m.Surface} [{m.Normalized}] {m.Voice} {m.Rule}");
        }

        Assert.Equal("ar", ar.Language);
        Assert.Equal("en", en.Language);
        Assert.NotEmpty(ar.Matches);
        Assert.NotEmpty(en.Matches);
    }
}
