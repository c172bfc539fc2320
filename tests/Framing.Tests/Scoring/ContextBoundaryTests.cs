using Framing.Lexicons;
using Framing.Scoring;
using Framing.Text;
using static Framing.Tests.Scoring.ContextLexicon;

namespace Framing.Tests.Scoring;

/// <summary>
/// The edges of the context rules, each at the exact distance where a documented rule starts or stops applying:
/// the speech window, a colon on the last token, a closing clause of exactly the window, a next cue on the sentence's
/// last token, a scare marker on the text's first token, and which name wins a label's target. (Invented sentences;
/// the context lexicon's speech window is the default, 8 tokens. Written after mutation testing found these edges
/// unguarded.)
/// </summary>
public sealed class ContextBoundaryTests
{
    private const int Window = 8;

    [Fact]
    public void AColonWithinTheSpeechWindowOpensSpeechThatRunsToTheParagraphsEnd()
    {
        // Seven words between the cue and the colon: the colon stands before the 8th token after the cue (inside).
        var result = Score("The army said one two three four five six seven: terrorists fled. Rebels held the bridge.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "Rebels").Voice);
    }

    [Fact]
    public void AColonOneTokenPastTheSpeechWindowDoesNotOpenSpeech()
    {
        // Eight words between the cue and the colon: the colon stands before the 9th token after the cue (outside), so
        // the cue attributes only the rest of its own sentence.
        var result = Score("The army said one two three four five six seven eight: terrorists fled. Rebels held the bridge.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "Rebels").Voice);
    }

    [Fact]
    public void AColonBeforeTheSentencesLastTokenStillOpensSpeech()
    {
        var result = Score("The army said: terrorists. Rebels held the bridge.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "Rebels").Voice);
        Assert.Equal(Voice.Editorial, Single(Score("The army said terrorists. Rebels held the bridge."), "Rebels").Voice);
    }

    [Fact]
    public void ACueWithAColonAfterItIsNotAClosingAttribution()
    {
        // "Rebels fled, the army said: …": the cue opens speech, so the clause before the comma keeps the outlet's voice.
        var result = Score("Rebels fled, the army said: terrorists attacked the base.");

        Assert.Equal(Voice.Editorial, Single(result, "Rebels").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Attributed, Single(Score("Rebels fled, the army said."), "Rebels").Voice);
    }

    [Fact]
    public void ReportedSpeechStartsAtTheFirstColonAfterTheCue()
    {
        var result = Score("The army said: terrorists left the town: rebels came back.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "rebels").Voice);
    }

    [Fact]
    public void ReportedSpeechStartsAfterTheFirstOpenerAfterTheCue()
    {
        // «أكد المتحدث أن الإرهابيين فروا بأن الثوار عادوا»: the speaker (المتحدث) before the first opener is the
        // outlet's; the speech starts after أن, not after the later بأن.
        var result = Score("أكد المتحدث أن الإرهابيين فروا بأن الثوار عادوا.");

        Assert.Equal(Voice.Attributed, Single(result, "الإرهابيين").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "الثوار").Voice);
    }

    [Fact]
    public void AClosingClauseOfExactlyTheWindowAttributesTheSentenceBeforeTheComma()
    {
        // ", the army spokesman in the city later said" is 8 tokens.
        var result = Score("Terrorists attacked the base, the army spokesman in the city later said.");

        Assert.Equal(Voice.Attributed, Single(result, "Terrorists").Voice);
    }

    [Fact]
    public void AClosingClauseOneTokenLongerThanTheWindowDoesNot()
    {
        // ", the army spokesman in the old city later said" is 9 tokens.
        var result = Score("Terrorists attacked the base, the army spokesman in the old city later said.");

        Assert.Equal(Voice.Editorial, Single(result, "Terrorists").Voice);
    }

    [Fact]
    public void AClosingClauseIsMeasuredUpToASemicolonOnTheSentencesLastToken()
    {
        // The clause ", the army spokesman in the city later said" (8 tokens) ends at the semicolon before "calm"; with
        // "calm" it would be 9, one past the window.
        var result = Score("Terrorists attacked the base, the army spokesman in the city later said; calm.");

        Assert.Equal(Voice.Attributed, Single(result, "Terrorists").Voice);
    }

    [Fact]
    public void AClosingAttributionNeedsAComma()
    {
        var result = Score("Terrorists attacked the base the army said.");

        Assert.Equal(Voice.Editorial, Single(result, "Terrorists").Voice);
    }

    [Fact]
    public void ANextCueOnTheSentencesLastTokenEndsTheFirstSpeechBeforeItsSpeaker()
    {
        // "rebels said." closes the sentence: "rebels" is the second speaker, the outlet's words.
        var result = Score("The army said terrorists fled, rebels said.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Editorial, Single(result, "rebels").Voice);
    }

    [Fact]
    public void ACommaRightAfterTheCueDoesNotCutTheSpeechBeforeTheNextCue()
    {
        // The only comma stands right after the first cue: it is not between the speech and the next speaker.
        var result = Score("The army said, terrorists fled and rebels said so.");

        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
    }

    [Fact]
    public void AScorerReusedAfterADocumentWithMoreCuesAttributesLikeAFreshOne()
    {
        // The first document's second cue ("said" at token 7) must not cut the next document's speech short.
        var scorer = Parsed.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        const string second = "The army said the town was calm and terrorists fled.";
        scorer.Score("first", "The army said it was over, rebels said so.");
        var reused = scorer.Score("second", second);

        Assert.Equal(Voice.Attributed, Single(reused, "terrorists").Voice);
        Assert.Equal(Voice.Attributed, Single(Score(second), "terrorists").Voice);
    }

    [Fact]
    public void AClosingClauseIsMeasuredFromItsOwnCueNotFromAnEarlierCuesSemicolon()
    {
        // The first cue's semicolon lies before the second cue: the closing clause runs to the sentence's end, 11 tokens,
        // longer than the window, so it attributes nothing; with a short closing clause it does (the control).
        var result = Score("The army said the town fell; terrorists fled, the army said on Monday in a long statement to reporters.");
        Assert.Equal(Voice.Editorial, Single(result, "terrorists").Voice);
        Assert.Equal(Voice.Attributed, Single(Score("The army said the town fell; terrorists fled, the army said."), "terrorists").Voice);
    }

    [Fact]
    public void AClosingAttributionStartsAfterTheSentencesEarlierCue()
    {
        // "said" (token 5) is the earlier cue between the semicolon and the comma: its speaker "regime officials" keeps
        // the outlet's voice, what it said is attributed; also in a scorer whose cue list held more cues before.
        const string text = "The town fell; regime officials said terrorists fled, the army said.";
        var scorer = Parsed.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        foreach (var result in new[] { Score(text), Scorer(scorer, "One two three four five six seven eight nine said it, they said so, we said."), })
        {
            Assert.Equal(Voice.Editorial, Single(result, "regime").Voice);
            Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
        }

        DocumentResult Scorer(DocumentScorer reused, string first)
        {
            reused.Score("first", first);
            return reused.Score("second", text);
        }
    }

    [Fact]
    public void AClosingClauseWithTwoCuesStartsAfterTheLastCueBeforeItsComma()
    {
        // "according to what monitors said": both cues lie after the comma, and the last one's attribution of the
        // sentence before the comma stops at the cue before the comma ("said"), as the first one's does: the speaker
        // "regime officials" keeps the outlet's voice.
        var result = Score("Regime officials said terrorists fled, according to what monitors said.");
        Assert.Equal(Voice.Editorial, Single(result, "Regime").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "terrorists").Voice);
    }

    [Fact]
    public void AClosingCueRightAfterTheCommaAndBeforeASemicolonAttributesTheSentenceFromItsStart()
    {
        // The cue is the closing clause's only token: the search for the sentence's last semicolon before the comma
        // must not reach the semicolon right after the cue.
        var result = Score("Terrorists attacked the base, said; calm returned.");
        Assert.Equal(Voice.Attributed, Single(result, "Terrorists").Voice);
    }

    [Theory]
    [InlineData("هاجم إرهابيون القاعدة، أكدت مصادر أن الهجوم فشل بحسب المرصد.", "هاجم إرهابيون القاعدة، أكدت مصادر أن الهجوم فشل.", "إرهابيون")]
    [InlineData("Terrorists attacked the base, told reporters: none died according to monitors.", "Terrorists attacked the base, told reporters: none died.", "Terrorists")]
    public void ACueRightAfterTheCommaThatOpensSpeechIsNoEarlierCueOfTheClosingAttribution(string text, string withoutClosingCue, string label)
    {
        // The first cue (أكدت, told) stands right after the sentence's last comma and opens its own speech (أن, a colon);
        // the closing cue after it (بحسب, according to) attributes the whole sentence before the comma: the cue on the
        // comma's token belongs to the closing clause, it is not an earlier cue whose speaker keeps the outlet's voice.
        // (Mutation testing: with the cue on the comma's token, or the document's first cue, taken as the earlier cue,
        // the label was editorial.)
        Assert.Equal(Voice.Attributed, Single(Score(text), label).Voice);
        Assert.Equal(Voice.Editorial, Single(Score(withoutClosingCue), label).Voice);
    }

    [Fact]
    public void AClosingAttributionLeavesTheSpeakerAfterAnEarlierArabicCueInTheOutletsVoice()
    {
        // «أكد ثوار …، بحسب المرصد»: verb-subject order puts the first cue's speaker after it; the closing cue attributes
        // the clause before the comma from where the first cue's speech starts, not from the cue itself.
        var result = Score("أكد ثوار فرار إرهابيين، بحسب المرصد.");
        Assert.Equal(Voice.Editorial, Single(result, "ثوار").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "إرهابيين").Voice);

        // With an opener, the speaker named between the cue and the opener keeps the outlet's voice too.
        var opened = Score("أكد المتحدث باسم ثوار أن إرهابيين فروا، بحسب المرصد.");
        Assert.Equal(Voice.Editorial, Single(opened, "ثوار").Voice);
        Assert.Equal(Voice.Attributed, Single(opened, "إرهابيين").Voice);

        // Without the closing clause the first cue alone gives the same voices.
        Assert.Equal(Voice.Editorial, Single(Score("أكد ثوار فرار إرهابيين."), "ثوار").Voice);
    }

    [Fact]
    public void ACueThatIsALexiconWordAtTheSentencesStartKeepsTheOutletsVoiceInAClosingAttribution()
    {
        // «زعم» is a speech cue and an entry: the closing «بحسب المرصد» attributes what follows it, not the word itself.
        var lexicon = Framing.Tests.Lexicons.TestLexicon.Parse(Framing.Tests.Lexicons.TestLexicon.YamlWith(
            "[ar, en]",
            "speech:\n  ar: { cues: [زعم, بحسب], speaker-after-cue: true }\n",
            Framing.Tests.Lexicons.TestLexicon.Entry("ar", "زعم", "opposition", "terror"),
            Framing.Tests.Lexicons.TestLexicon.Entry("ar", "سقوط", "forces", "regime")));
        var result = Framing.Tests.Lexicons.TestLexicon.Scorer(lexicon).Score("d", "زعم الثوار سقوط البلدة، بحسب المرصد.");

        Assert.Equal(Voice.Editorial, Single(result, "زعم").Voice);
        Assert.Equal(Voice.Attributed, Single(result, "سقوط").Voice);
    }

    [Fact]
    public void AScareMarkerOnTheTextsFirstTokenReachesTheName()
    {
        var result = Score("So-called Free Syrian Army units left.");

        var m = Assert.Single(result.Matches);
        Assert.Equal("opposition", m.Dimension.Id);
        Assert.Equal("terror", m.Pole?.Id);
        Assert.Equal("So-called Free Syrian Army", m.Surface);
    }

    [Fact]
    public void AScareMarkerBeforeAWordThatIsNoActorMakesNoMatch()
    {
        var result = Score("The so-called experts left. The so-called Nusra units left.");

        Assert.Empty(result.Matches);
        Assert.Empty(result.UncountedMatches);
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(0, result.Counts.Count(Forces, PoleSide.B));
    }

    [Fact]
    public void WithNamesOnBothSidesTheNameRightAfterTheLabelWins()
    {
        // Built to test the precedence: Nusra right before "terrorists", ISIS right after it.
        var m = Single(Score("Nusra terrorists ISIS units shelled the village."), "terrorists");

        Assert.Equal("isis", m.Target?.Id);
    }

    [Fact]
    public void WithNamesOnBothSidesANameBeforeTheLabelWinsOverOneAcrossLinkWords()
    {
        var m = Single(Score("Nusra terrorists of ISIS shelled the village."), "terrorists");

        Assert.Equal("nusra", m.Target?.Id);
    }

    [Theory]
    [InlineData(": terrorists", true, false, false)]
    [InlineData("; terrorists", false, true, false)]
    [InlineData(", terrorists", false, false, true)]
    [InlineData("terrorists", false, false, false)]
    [InlineData("\uFF1A terrorists", true, false, false)] // fullwidth colon, semicolon and comma, as the normalizer folds fullwidth Latin
    [InlineData("\uFF1B terrorists", false, true, false)]
    [InlineData("\uFF0C terrorists", false, false, true)]
    public void TheGapBeforeTheFirstTokenIsTheTextsStart(string text, bool colon, bool semicolon, bool comma)
    {
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);

        Assert.Equal(colon, TokenGaps.HasColonBefore(text, tokenized.Tokens, 0));
        Assert.Equal(semicolon, GapByGap.HasSemicolonBefore(text, tokenized.Tokens, 0));
        Assert.Equal(comma, GapByGap.HasCommaBefore(text, tokenized.Tokens, 0));
        Assert.Equal(colon || semicolon || comma, TokenGaps.HasBarrierBefore(text, tokenized.Tokens, 0));
    }

    [Theory]
    [InlineData("rebels terrorists", false)] // one space: the common gap, decided without the scan
    [InlineData("rebels  terrorists", false)]
    [InlineData("rebels\u00A0terrorists", false)]
    [InlineData("rebels \"terrorists", false)]
    [InlineData("rebels,terrorists", true)] // one character that is not a space
    [InlineData("rebels;terrorists", true)]
    [InlineData("rebels\nterrorists", true)]
    [InlineData("rebels \u060C terrorists", true)]
    [InlineData("rebels (terrorists", true)]
    [InlineData("rebels:terrorists", true)]
    [InlineData("rebels \uFF1A terrorists", true)]
    public void AGapOfOneCharacterSeparatesOnlyWhenItIsPunctuationThatSeparates(string text, bool barrier)
    {
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);
        Assert.Equal(2, tokenized.Tokens.Length);
        Assert.Equal(barrier, TokenGaps.HasBarrierBefore(text, tokenized.Tokens, 1));
        Assert.Equal(text.Contains(':') || text.Contains('\uFF1A'), TokenGaps.HasColonBefore(text, tokenized.Tokens, 1));
    }

    [Theory]
    [InlineData("\uFF08 terrorists")]
    [InlineData("\uFF09 terrorists")]
    [InlineData("\uFF3B terrorists")]
    [InlineData("\uFF3D terrorists")]
    [InlineData("( terrorists")]
    public void FullwidthBracketsSeparateAsTheirAsciiForms(string text)
    {
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);
        Assert.True(TokenGaps.HasBarrierBefore(text, tokenized.Tokens, 0));
    }

    [Theory]
    [InlineData(',', true)]
    [InlineData('\u060C', true)] // Arabic comma
    [InlineData('\uFE50', true)] // small comma
    [InlineData('\uFF64', true)] // halfwidth ideographic comma
    [InlineData('\uFF0C', true)] // fullwidth comma
    [InlineData(';', true)]
    [InlineData('\u061B', true)] // Arabic semicolon
    [InlineData('\uFF1B', true)] // fullwidth semicolon
    [InlineData(':', true)]
    [InlineData('\uFF1A', true)] // fullwidth colon
    [InlineData('(', true)]
    [InlineData(')', true)]
    [InlineData('[', true)]
    [InlineData(']', true)]
    [InlineData('\r', true)]
    [InlineData('\u2029', true)] // paragraph separator
    [InlineData('-', true)] // a dash with spaces beside it (a hyphen between two words joins them: see the next test)
    [InlineData('\u2012', true)] // figure dash
    [InlineData('\u2013', true)] // en dash
    [InlineData('\u2014', true)] // em dash
    [InlineData('\u2015', true)] // horizontal bar
    [InlineData('\u2212', true)] // minus sign
    [InlineData('\u2E3A', true)] // two-em dash
    [InlineData('\u2E3B', true)] // three-em dash
    [InlineData('\u0640', true)] // tatweel written as a dash («دمشق ـ سانا»)
    [InlineData('\u2010', true)] // hyphen
    [InlineData('\u2011', true)] // non-breaking hyphen
    [InlineData('\'', false)]
    [InlineData('"', false)]
    [InlineData('!', false)]
    [InlineData('/', false)]
    [InlineData('\u00BB', false)] // closing guillemet
    public void EachBarrierCharacterSeparatesTheTokensAroundIt(char c, bool barrier)
    {
        // Character by character (Stryker does not mutate character literals, so its score for TokenGaps cannot tell
        // whether each of them is tested).
        var text = $"rebels {c} terrorists";
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);
        Assert.Equal(2, tokenized.Tokens.Length);
        Assert.Equal(barrier, TokenGaps.HasBarrierBefore(text, tokenized.Tokens, 1));
    }

    [Theory]
    [InlineData("rebels-terrorists", false)]
    [InlineData("rebels\u2013terrorists", false)] // an en dash between two words: "Damascus–Aleppo"
    [InlineData("rebels\u2014terrorists", true)] // an em dash separates even without spaces
    [InlineData("rebels -terrorists", true)]
    [InlineData("rebels\u00A0\u2013 terrorists", true)]
    [InlineData("rebels\u202F\u2013terrorists", true)]
    public void AHyphenOrEnDashSeparatesOnlyWithASpaceBesideIt(string text, bool barrier)
    {
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);
        Assert.Equal(2, tokenized.Tokens.Length);
        Assert.Equal(barrier, TokenGaps.HasBarrierBefore(text, tokenized.Tokens, 1));
    }

    [Fact]
    public void TheWindowOfTheseTestsIsTheDefault() =>
        Assert.Equal(Window, ContextSectionReader.DefaultSpeechWindow);
}
