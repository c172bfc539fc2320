using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using static Framing.Tests.Scoring.ContextLexicon;

namespace Framing.Tests.Scoring;

/// <summary>Scare markers next to actor names, and negation before labels (invented sentences).</summary>
public sealed class ScareAndNegationTests
{
    [Fact]
    public void SoCalledBeforeANameCountsForTheActorsScarePole()
    {
        var result = Score("The so-called Free Syrian Army shelled the market.");
        var m = Assert.Single(result.Matches);

        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal("so-called Free Syrian Army", m.Surface);
        Assert.Equal("terror", m.Pole?.Id);
        Assert.Equal("fsa", m.Target?.Id);
        Assert.Equal("scare marker + fsa", m.Entry.Pattern);
        Assert.Equal("A scare marker next to a name of actor 'fsa' (Free Syrian Army).", m.Entry.Note); // what match listings show
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.B)); // the name's own entry does not count as well
    }

    [Fact]
    public void QuotationMarksAroundALoneNameAreAScareMarkerWhereTheLanguageSaysSo()
    {
        var result = Score("Shells fired by the \u201cFree Syrian Army\u201d hit the market.");
        var m = Assert.Single(result.Matches);

        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal(Voice.Editorial, m.Voice); // the outlet's own distancing, not a quotation
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void AQuotationLongerThanTheNameIsNotAScareMarker()
    {
        var m = Assert.Single(Score("\u201cThe Free Syrian Army will hold,\u201d he said.").Matches);

        Assert.Equal(MatchKind.Entry, m.Kind);
        Assert.Equal("rebel", m.Pole?.Id);
        Assert.Equal(Voice.Quoted, m.Voice);
    }

    [Fact]
    public void ArabicMarkerBeforeANameInGuillemets()
    {
        var result = Score("هاجمت ما يسمى «أحرار الشام» حاجزا للجيش.");
        var m = Assert.Single(result.Matches);

        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal("terror", m.Pole?.Id);
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.Neutral)); // the neutral name is inside the scare match
    }

    [Theory]
    [InlineData("هاجمت ما يسمى بـ«أحرار الشام» حاجزا للجيش.")]
    [InlineData("هاجمت ما يسمى ب «أحرار الشام» حاجزا للجيش.")]
    [InlineData("هاجمت ما يسمى بـ أحرار الشام حاجزا للجيش.")]
    public void ArabicMarkerBeforeANameWithItsPrepositionWrittenApart(string text)
    {
        // «ما يسمى بـ«…»», the usual spelling: the ب written apart belongs to the name (it had hidden the marker).
        var m = Assert.Single(Score(text).Matches);
        Assert.Equal((MatchKind.ScareMarker, "terror"), (m.Kind, m.Pole?.Id));
    }

    [Fact]
    public void ArabicMarkerWithACliticAndALinkWord()
    {
        var m = Assert.Single(Score("ندد الوزير بما يسمى حركة أحرار الشام.").Matches);

        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal("fsa", m.Target?.Id);
    }

    [Fact]
    public void AScareMarkersRuleNamesTheCliticOfAOneWordName()
    {
        // The reading was looked up in the dimension's slot, where a one-word name that is no entry has none: the
        // match listing's rule was empty though "بأسد" counts for the name أسد only without its ب.
        var m = Assert.Single(Score("هاجم ما يسمى بأسد القرية.").Matches);

        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal("gov", m.Target?.Id);
        Assert.Equal("ب+…", m.Rule);
    }

    [Fact]
    public void ArabicMarkerAfterTheName()
    {
        var result = Score("انسحب الجيش الحر المزعوم من البلدة.");
        var m = Assert.Single(result.Matches);

        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal("الجيش الحر المزعوم", m.Surface);
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.B));
    }

    [Fact]
    public void ArabicGuillemetsAloneAreNotAScareMarker()
    {
        // Arabic outlets put group names in guillemets as typography; the lexicon does not set quotes: true for ar.
        var m = Assert.Single(Score("سيطر «الجيش الحر» على البلدة.").Matches);

        Assert.Equal(MatchKind.Entry, m.Kind);
        Assert.Equal("rebel", m.Pole?.Id);
    }

    [Fact]
    public void ScareWeightComesFromTheActorsMapping()
    {
        var result = Score("The so-called Damascus government denied it.");

        Assert.Equal(500, result.Counts.WeightMilli(Forces, PoleSide.B));
    }

    [Fact]
    public void NegationRightBeforeALabelRemovesItFromThePole()
    {
        var result = Score("They are not terrorists.");
        var m = Single(result, "terrorists");

        Assert.Equal(MatchStatus.Negated, m.Status);
        Assert.Empty(result.Matches);
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(1, result.Counts.NegatedCount(Opposition, PoleSide.A));
    }

    [Fact]
    public void EnglishNegationWindowIsTwoTokens()
    {
        Assert.Equal(MatchStatus.Negated, Single(Score("He is not a terrorist."), "terrorist").Status);
        Assert.Equal(MatchStatus.Counted, Single(Score("He did not see the terrorists."), "terrorists").Status);
    }

    [Fact]
    public void NegationPhrase()
    {
        Assert.Equal(MatchStatus.Negated, Single(Score("They are no longer rebels."), "rebels").Status);
    }

    [Fact]
    public void PunctuationAndSentenceEndsStopNegation()
    {
        Assert.Equal(MatchStatus.Counted, Single(Score("Not now, terrorists are near."), "terrorists").Status);
        Assert.Equal(MatchStatus.Counted, Single(Score("They did not. Terrorists came anyway."), "Terrorists").Status);
        Assert.Equal(MatchStatus.Counted, Single(Score("They would not \u2014 terrorists came anyway."), "terrorists").Status);
        Assert.Equal(MatchStatus.Counted, Single(Score("They would not - terrorists came anyway."), "terrorists").Status);
        Assert.Equal(MatchStatus.Negated, Single(Score("They are not-terrorists, they said."), "terrorists").Status); // a hyphen joins
    }

    [Fact]
    public void ArabicNegationWindowIsOneToken()
    {
        Assert.Equal(MatchStatus.Negated, Single(Score("إنهم ليسوا إرهابيين."), "إرهابيين").Status);
        Assert.Equal(MatchStatus.Negated, Single(Score("هؤلاء غير إرهابيين في نظر الأهالي."), "إرهابيين").Status);

        // The particle negates the verb, not the label that follows it.
        Assert.Equal(MatchStatus.Counted, Single(Score("لم يستطع الإرهابيون التقدم."), "الإرهابيون").Status);
        Assert.Equal(MatchStatus.Counted, Single(Score("لا تزال قوات النظام تحاصر الحي."), "قوات النظام").Status);
    }

    [Fact]
    public void OffTargetWinsOverNegation()
    {
        Assert.Equal(MatchStatus.OffTarget, Single(Score("They are not ISIS terrorists."), "terrorists").Status);
    }

    [Fact]
    public void NegatedScareMarker()
    {
        var result = Score("هذا ليس ما يسمى بالجيش الحر.");

        Assert.Equal(MatchStatus.Negated, Assert.Single(result.UncountedMatches).Status);
        Assert.Equal(1, result.Counts.NegatedCount(Opposition, PoleSide.A));
    }
}
