using Framing.Lexicons;
using Framing.Scoring;
using Framing.Tests.Lexicons;
using static Framing.Tests.Scoring.ContextLexicon;

namespace Framing.Tests.Scoring;

/// <summary>Editorial, quoted and attributed voice, from the lexicon's speech cues (invented sentences).</summary>
public sealed class VoiceTests
{
    [Fact]
    public void OwnWordsAreEditorial()
    {
        var result = Score("Terrorists attacked the base. The army said nothing else.");

        Assert.Equal(Voice.Editorial, Single(result, "Terrorists").Voice);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A, VoiceSelection.Editorial));
    }

    [Fact]
    public void QuotationMarksMakeQuotedEvenInReportedSpeech()
    {
        var result = Score("The officer said: \"Terrorists attacked the base.\"");

        Assert.Equal(Voice.Quoted, Single(result, "Terrorists").Voice);
    }

    [Fact]
    public void SpeechCuesAreFoundInALanguageWhoseOnlyContextWordsAreThem()
    {
        // No actors, negation words or scare markers: the speech cues alone make the scorer look for context words.
        var lexicon = TestLexicon.Parse(TestLexicon.YamlWith(
            "[ar, en]", "speech:\n  en: { cues: [said] }\n", TestLexicon.Entry("en", "rebels", "opposition", "rebel")));
        var result = TestLexicon.Scorer(lexicon).Score("d", "The army said rebels fled. Rebels returned.");

        Assert.Equal([Voice.Attributed, Voice.Editorial], result.Matches.Select(m => m.Voice));
    }

    [Fact]
    public void ASpeechVerbAttributesTheRestOfItsSentence()
    {
        var result = Score("The regime said rebels fled the town. Terrorists attacked later.");

        Assert.Equal(Voice.Editorial, Single(result, "regime").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "rebels").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "Terrorists").Voice);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.B, VoiceSelection.Attributed));
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.B, VoiceSelection.Editorial));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.B, VoiceSelection.All));
    }

    [Fact]
    public void ASpeechVerbEndingInTheWordNoStopsAtItsFullStop()
    {
        // "no." is the word "no", not the abbreviation "No." (which needs a number after it): the attribution of "said"
        // ends with its sentence, as it does after "yes.".
        var result = Score("The regime said no. Rebels fled the town.");

        Assert.Equal(Voice.Editorial, Single(result, "Rebels").Voice);
        Assert.Equal(Voice.Editorial, Single(Score("The regime said yes. Rebels fled the town."), "Rebels").Voice);
    }

    [Fact]
    public void AnAttributionPhraseAttributesWhatFollows()
    {
        Assert.Equal(Voice.Attributed, Single(Score("According to local sources, terrorists attacked the base."), "terrorists").Voice);
    }

    [Fact]
    public void AClosingAttributionClauseAttributesTheSentenceBeforeIt()
    {
        Assert.Equal(Voice.Attributed, Single(Score("Terrorists attacked the base, the army said."), "Terrorists").Voice);

        // The clause after the last comma is too long to be a closing attribution (window 8).
        var long_ = Score("Terrorists attacked the base, and later that night the army said it had repelled the attack.");
        Assert.Equal(Voice.Editorial, Single(long_, "Terrorists").Voice);
    }

    [Theory]
    [InlineData("Rebels held the hill, the army said, and terrorists fled the town.", "Rebels")]
    [InlineData("Terrorists, the army said, fled the town.", "Terrorists")]
    [InlineData("Rebels held the hill, said a spokesman for the army, and left.", "Rebels")]
    [InlineData("قتل عشرة إرهابيين، بحسب المرصد، في ريف حلب.", "إرهابيين")]
    public void ACueBetweenTwoCommasAttributesTheClauseBeforeIt(string text, string surface) =>
        Assert.Equal(Voice.Attributed, Single(Score(text), surface).Voice);

    [Theory]
    [InlineData("Rebels held the hill, the army said, and terrorists fled the town.", "terrorists")] // the cue's forward speech, as before
    [InlineData("Terrorists, the army said, attacked rebels near the town.", "rebels")]
    public void WhatFollowsAParentheticalCueStaysItsSpeech(string text, string surface) =>
        Assert.Equal(Voice.Attributed, Single(Score(text), surface).Voice);

    [Theory]
    [InlineData("Rebels held the hill, the army of the north and its many allies in the region said, and left.")] // more than 8 tokens
    [InlineData("Rebels held the hill; the army said, in the end, it left.")]                                         // a semicolon before it
    [InlineData("Rebels held the hill. The army said, in the end, it left.")]                                         // in the next sentence
    public void OnlyAShortClauseBetweenCommasInTheSameClauseIsParenthetical(string text) =>
        Assert.Equal(Voice.Editorial, Single(Score(text), "Rebels").Voice);

    [Fact]
    public void ArabicOpenerLeavesTheSpeakerInTheOutletsVoice()
    {
        var result = Score("قال المتحدث باسم الثوار إن الإرهابيين هاجموا الحاجز.");

        Assert.Equal(Voice.Editorial, Single(result, "الثوار").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "الإرهابيين").Voice);
    }

    [Fact]
    public void ArabicSpeakerRightAfterTheCueKeepsTheOutletsVoice()
    {
        // No opener: the token after the cue is its speaker (verb-subject order), what follows is reported.
        var result = Score("وأكدت النصرة مقتل عشرة إرهابيين في الهجوم.");
        Assert.Equal(Voice.Attributed, Single(result, "إرهابيين").Voice);

        var speaker = Score("أكد الثوار سقوط القرية.");
        Assert.Equal(Voice.Editorial, Single(speaker, "الثوار").Voice);
        var source = Score("هاجم الإرهابيون القرية بحسب الثوار.");
        Assert.Equal(Voice.Editorial, Single(source, "الثوار").Voice);
    }

    [Fact]
    public void ArabicColonAttributesToTheEndOfTheParagraph()
    {
        var result = Score("وأكد المصدر: هاجم الإرهابيون القرية. وفر الثوار نحو الجبال.\nثم هاجم الإرهابيون مرة أخرى.");
        var all = All(result);

        Assert.Equal(Voice.Attributed, all[0].Voice);
        Assert.Equal("الثوار", all[1].Surface);
        Assert.Equal(Voice.Attributed, all[1].Voice);
        Assert.Equal(Voice.Editorial, all[2].Voice);
    }

    [Fact]
    public void ArabicClosingAttributionPhrase()
    {
        var result = Score("قتل عشرة إرهابيين في الهجوم، بحسب مصدر محلي.");

        Assert.Equal(Voice.Attributed, Single(result, "إرهابيين").Voice);
    }

    [Fact]
    public void ArabicCueWithAConjunctionClitic()
    {
        var result = Score("وقال الجيش إن الإرهابيين انسحبوا.");

        Assert.Equal(Voice.Attributed, Single(result, "الإرهابيين").Voice);
    }

    [Fact]
    public void VoiceSelectionsSplitTheCountsExactly()
    {
        var result = Score("Terrorists attacked. The army said terrorists fled. \"Terrorists,\" he shouted.");
        var counts = result.Counts;

        Assert.Equal(1, counts.Count(Opposition, PoleSide.A, VoiceSelection.Editorial));
        Assert.Equal(1, counts.Count(Opposition, PoleSide.A, VoiceSelection.Attributed));
        Assert.Equal(1, counts.Count(Opposition, PoleSide.A, VoiceSelection.Quoted));
        Assert.Equal(3, counts.Count(Opposition, PoleSide.A, VoiceSelection.All));
        Assert.Equal(3000, counts.WeightMilli(Opposition, PoleSide.A, VoiceSelection.All));
    }

    [Fact]
    public void LexiconsWithoutSpeechCuesHaveNoAttributedVoice()
    {
        var lexicon = Lexicons.TestLexicon.ParseEntries(Lexicons.TestLexicon.Entry("en", "rebels", "opposition", "rebel"));
        var result = lexicon.Compile().CreateScorer(new ScoringOptions { CollectMatches = true }).Score("t", "The army said rebels fled.");

        Assert.Equal(Voice.Editorial, Assert.Single(result.Matches).Voice);
    }
}
