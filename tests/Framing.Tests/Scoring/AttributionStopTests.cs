using Framing.Scoring;
using static Framing.Tests.Scoring.ContextLexicon;

namespace Framing.Tests.Scoring;

/// <summary>Reported speech stops at a semicolon and at the next speech cue (invented sentences, English and Arabic).</summary>
public sealed class AttributionStopTests
{
    [Fact]
    public void ASemicolonEndsReportedSpeechSoTheNextSpeakerIsTheOutletsWords()
    {
        // The issue's case: "The Syrian Arab Army said it liberated three villages; opposition fighters said ...".
        var result = Score("The army said terrorists fled three villages; rebels said they withdrew in order.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "rebels").Voice);
    }

    [Fact]
    public void WhatTheSecondSpeakerSaysIsAttributedAgain()
    {
        var result = Score("The army said the town was calm; rebels said terrorists shelled it.");

        Assert.Equal(Voice.Editorial, Single(result, "rebels").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
    }

    [Fact]
    public void ASemicolonWithoutANewCueAlsoEndsIt()
    {
        var result = Score("Officials said the regime held the bridge; rebels crossed the river at night.");

        Assert.Equal(Voice.Attributed, Single(result, "regime").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "rebels").Voice);
    }

    [Fact]
    public void ANewCueEndsItBeforeItsSpeakersClause()
    {
        var result = Score("The regime said terrorists fled, while rebels said they held the town.");

        Assert.Equal(Voice.Editorial, Single(result, "regime").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "rebels").Voice);
    }

    [Fact]
    public void ASemicolonEndsSpeechIntroducedByAColonToo()
    {
        var result = Score("The army said: terrorists fled the town; rebels held the bridge until dawn.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "rebels").Voice);
    }

    [Fact]
    public void AClosingAttributionReachesBackOnlyToTheLastSemicolon()
    {
        var result = Score("Rebels fled at night; terrorists attacked the base, the army said.");

        Assert.Equal(Voice.Editorial, Single(result, "Rebels").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
    }

    [Fact]
    public void ClosingAttributionBeforeASemicolon()
    {
        var result = Score("Terrorists attacked the base, the army said; rebels fled across the river and over the hills.");

        Assert.Equal(Voice.Attributed, Single(result, "Terrorists").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "rebels").Voice);
    }

    [Theory]
    [InlineData("Terrorists shelled the town, killing two; rebels said nothing.", "Terrorists shelled the town, rebels said.", "Terrorists")]
    [InlineData("قصف إرهابيون البلدة، وقتل اثنان; قال المرصد ذلك.", "قصف إرهابيون البلدة، قال المرصد.", "إرهابيون")] // ASCII ; (؛ ends the sentence)
    public void ACueAfterASemicolonThatFollowsTheLastCommaIsNoClosingAttribution(string text, string closing, string label)
    {
        // The clause after the sentence's last comma ends at the semicolon; the cue after it stands in a clause of its
        // own, so the sentence before the comma keeps the outlet's voice. (It was attributed: the closing clause was
        // measured from the comma across the semicolon.) The control: the cue right in the clause after the comma.
        Assert.Equal(Voice.Editorial, Single(Score(text), label).Voice);
        Assert.Equal(Voice.Attributed, Single(Score(closing), label).Voice);
    }

    [Theory]
    [InlineData("Rebels deny shelling the market; terrorists, the army said.", "terrorists", "Rebels")]
    [InlineData("ينفي الثوار قصف السوق; إرهابيون، بحسب المرصد.", "إرهابيون", "الثوار")]
    public void ASemicolonRightBeforeTheWordBeforeTheCommaStillLetsTheClosingCueAttributeIt(string text, string attributed, string editorial)
    {
        // The search for a semicolon after the last comma starts after the comma: the semicolon before the clause
        // before the comma (here one word) only bounds that clause. (Mutation testing: searching from the token before
        // the comma, the cue was taken for one after a semicolon.)
        var result = Score(text);
        Assert.Equal(Voice.Attributed, Single(result, attributed).Voice);
        Assert.Equal(Voice.Editorial, Single(result, editorial).Voice);
    }

    [Fact]
    public void ArabicSemicolonEndsReportedSpeech()
    {
        var result = Score("قال المتحدث إن الإرهابيين فروا من ثلاث قرى؛ الثوار سيطروا على البلدة.");

        Assert.Equal(Voice.Attributed, Single(result, "الإرهابيين").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "الثوار").Voice);
    }

    [Fact]
    public void ArabicNewCueKeepsItsSpeakerInTheOutletsVoice()
    {
        // The second cue's speaker (الثوار) follows it; what they say after the opener is theirs.
        var result = Score("قال الجيش إن الإرهابيين انسحبوا من القرى وأكد الثوار أن النظام قصف البلدة.");

        Assert.Equal(Voice.Attributed, Single(result, "الإرهابيين").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "الثوار").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "النظام").Voice);
    }

    [Fact]
    public void ArabicNewCueAfterAnArabicSemicolon()
    {
        var result = Score("أكد الجيش أن الإرهابيين فروا؛ وأكدت المعارضة أن قوات النظام قصفت البلدة.");

        Assert.Equal(Voice.Attributed, Single(result, "الإرهابيين").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "قوات النظام").Voice);
    }

    [Fact]
    public void WithoutSemicolonOrNewCueSpeechStillRunsToTheSentenceEnd()
    {
        var result = Score("The army said terrorists fled, and rebels lost the town.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "rebels").Voice);
    }

    [Theory]
    [InlineData("The Syrian Arab Army said it liberated three villages; opposition fighters said they had withdrawn.", "opposition fighters")]
    [InlineData("قال الجيش العربي السوري إنه حرر ثلاث قرى؛ وأكدت فصائل المعارضة أنها انسحبت منها.", "فصائل المعارضة")]
    public void TheIssuesSentenceWithTheSyriaLexicon(string text, string secondSpeaker)
    {
        var scorer = Framing.Lexicons.Lexicon.Load("syria-conflict").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        var matches = scorer.Score("t", text).Matches;

        var speaker = Assert.Single(matches, m => m.Surface == secondSpeaker);
        Assert.Equal(Voice.Editorial, speaker.Voice);
        Assert.Contains(matches, m => m.Voice == Voice.Attributed);
    }
}
