using Framing.Text;
using static Framing.Tests.Text.TokenizerTestSupport;

namespace Framing.Tests.Text;

public sealed class TokenizerSentenceTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("!")]
    [InlineData("?")]
    [InlineData("\u061F")] // ؟
    [InlineData("\u061B")] // ؛
    [InlineData("\u2026")] // …
    [InlineData("\u06D4")] // ۔
    [InlineData("\u203C")] // ‼
    [InlineData("\u2047")] // ⁇
    [InlineData("\u2048")] // ⁈
    [InlineData("\u2049")] // ⁉
    [InlineData("\u0964")] // । Devanagari danda (before: no sentence end, so a phrase spanned two Hindi sentences)
    [InlineData("\u0965")] // ॥
    [InlineData("\u037E")] // ; Greek question mark
    [InlineData("\u0589")] // ։ Armenian full stop
    [InlineData("\u1362")] // ። Ethiopic full stop
    [InlineData("\u3002")] // 。
    [InlineData("\uFF01")] // ！
    [InlineData("\uFF1F")] // ？
    public void TerminatorsEndSentences(string terminator)
    {
        Assert.Equal(["One two", "Three four"], SentenceTexts($"One two{terminator} Three four"));
        Assert.Equal(["One two", "Three four"], SentenceTexts($"One two{terminator}Three four"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    [InlineData("\v")]
    [InlineData("\f")]
    public void LineBreaksEndSentences(string lineBreak)
    {
        Assert.Equal(["One two", "Three four"], SentenceTexts($"One two{lineBreak}Three four"));
    }

    [Theory]
    [InlineData(",")]
    [InlineData(":")]
    [InlineData(";")]
    [InlineData("\u060C")] // ،
    [InlineData(" -")]
    [InlineData(" «")]
    [InlineData(")")]
    public void OtherPunctuationDoesNotEndSentences(string punctuation)
    {
        Assert.Equal(["One two Three four"], SentenceTexts($"One two{punctuation} Three four"));
    }

    [Fact]
    public void ArabicParagraph()
    {
        const string text = "قال المتحدث إن الهجوم فشل. وأضاف: «سنرد»! هل انتهى؟ لا؛ ربما… غدا";
        Assert.Equal(["قال المتحدث إن الهجوم فشل", "وأضاف سنرد", "هل انتهى", "لا", "ربما", "غدا"], SentenceTexts(text));
    }

    [Theory]
    [InlineData("He met Dr. Smith today.", "He met Dr Smith today")]
    [InlineData("Mr. and Mrs. Jones left.", "Mr and Mrs Jones left")]
    [InlineData("Prof. Lee and Gen. Ali met.", "Prof Lee and Gen Ali met")]
    [InlineData("Sen. Graham spoke on Jan. 5 at St. Louis.", "Sen Graham spoke on Jan 5 at St Louis")]
    [InlineData("In Sept. talks resumed.", "In Sept talks resumed")]
    [InlineData("Tanks, guns, etc. were seized.", "Tanks guns etc were seized")]
    [InlineData("Israel vs. Hamas again.", "Israel vs Hamas again")]
    [InlineData("Acme Inc. said so.", "Acme Inc said so")]
    [InlineData("Smith et al. argue this.", "Smith et al argue this")]
    [InlineData("U.S. officials said so.", "U S officials said so")]
    [InlineData("the U.S. Army said", "the U S Army said")]
    [InlineData("Weapons, e.g. rockets, arrived.", "Weapons e g rockets arrived")]
    [InlineData("Allies, i.e. Iran, helped.", "Allies i e Iran helped")]
    [InlineData("J. Kerry said so.", "J Kerry said so")]
    [InlineData("John F. Kennedy was shot.", "John F Kennedy was shot")]
    [InlineData("DR. Who arrived.", "DR Who arrived")]
    [InlineData("Building No. 5 fell.", "Building No 5 fell")]
    [InlineData("Buildings Nos. 5 and 6 fell.", "Buildings Nos 5 and 6 fell")]
    [InlineData("Resolution no.\u00A02254 passed.", "Resolution no 2254 passed")]
    [InlineData("J. A. Smith said so.", "J A Smith said so")] // the initial A is not the article
    [InlineData("Gen. Hassan and the U.S. Army said so.", "Gen Hassan and the U S Army said so")]
    [InlineData("Planes from the U.S. bombed it.", "Planes from the U S bombed it")]
    [InlineData("DR. WHO arrived.", "DR WHO arrived")]
    [InlineData("Troops of the U.S.The rebels", "Troops of the U S The rebels")] // no space: not a new sentence
    public void AbbreviationsAndInitialsDoNotEndSentences(string text, string expected)
    {
        Assert.Equal([expected], SentenceTexts(text));
    }

    [Fact]
    public void EveryAbbreviationOfTheListIsHonoured()
    {
        // The longest entry ("approx") must be recognized like the others.
        Assert.Equal(["It is approx 5 km away"], SentenceTexts("It is approx. 5 km away."));
        Assert.Equal(["Approx 300 people"], SentenceTexts("Approx. 300 people"));
    }

    [Fact]
    public void InitialsWrittenWithSurrogatePairsOrCombiningMarksDoNotEndSentences()
    {
        // "Any single letter": a mathematical bold J (one code point, two code units) or an E with a combining acute
        // accent is an initial like J or É.
        Assert.Equal(["É Macron said"], SentenceTexts("É. Macron said"));
        Assert.Equal(["E\u0301 Macron said"], SentenceTexts("E\u0301. Macron said"));
        Assert.Equal(["𝐉 Kerry said"], SentenceTexts("𝐉. Kerry said"));
    }

    [Theory]
    [InlineData("He met Smith. Jones left.", "He met Smith|Jones left")]
    [InlineData("He visited Damascus. Then he left.", "He visited Damascus|Then he left")]
    [InlineData("Is he a Dr? Yes.", "Is he a Dr|Yes")] // only a full stop honours abbreviations
    [InlineData("He met Dr! Then left", "He met Dr|Then left")]
    [InlineData("Dr. Who. Next", "Dr Who|Next")]
    [InlineData("Smith.Jones", "Smith|Jones")]
    [InlineData("He met Dr.\nNext", "He met Dr|Next")] // a line break ends the sentence anyway
    [InlineData("He said it . Then", "He said it|Then")] // a detached full stop follows no abbreviation
    [InlineData("Mr . Smith", "Mr|Smith")]
    [InlineData("The army said no. Rebels attacked.", "The army said no|Rebels attacked")] // "no" is a word here, not "No."
    [InlineData("They answered No. Then left", "They answered No|Then left")]
    [InlineData("Yes or no. 5 died", "Yes or no 5 died")] // before a number it reads as "No. 5"
    [InlineData("He left the U.S. The rebels stayed.", "He left the U S|The rebels stayed")] // an abbreviation ends a sentence too
    [InlineData("It began at 5 p.m. But it stopped.", "It began at 5 p m|But it stopped")]
    [InlineData("Guns, tanks etc. They were seized.", "Guns tanks etc|They were seized")]
    [InlineData("It came from the U.S. \u201CWe won,\u201D they said.", "It came from the U S|We won they said")] // after an opening quotation mark
    [InlineData("Smith et al. In 2019 they wrote.", "Smith et al|In 2019 they wrote")]
    [InlineData("Talks on Jan. 5 ended in Feb. THE END", "Talks on Jan 5 ended in Feb|THE END")]
    public void OtherFullStopsEndSentences(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), SentenceTexts(text));
    }

    [Theory]
    [InlineData("The rate is 3.5 percent. It rose.", "The rate is 3.5 percent|It rose")]
    [InlineData("The toll rose to 35. Officials said so.", "The toll rose to 35|Officials said so")]
    [InlineData("The toll rose to 3.5. Officials said so.", "The toll rose to 3.5|Officials said so")]
    [InlineData("They killed 1,000. Next day", "They killed 1,000|Next day")]
    [InlineData("Chapter 5. Next", "Chapter 5|Next")]
    [InlineData("in 2019.Then", "in 2019|Then")]
    [InlineData("in 2019.\nNext", "in 2019|Next")]
    [InlineData("بلغ ٣٫٥. ثم ارتفع", "بلغ ٣٫٥|ثم ارتفع")]
    [InlineData("بلغ ٣٥. ثم ارتفع", "بلغ ٣٥|ثم ارتفع")]
    [InlineData("in 2019.2020 was", "in 2019.2020 was")] // a full stop between digits stays in the number
    public void NumbersAndSentenceEnds(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), SentenceTexts(text));
    }

    [Fact]
    public void EmptySentencesAreNotCounted()
    {
        Assert.Equal(["One", "Two"], SentenceTexts("One.. ?! … Two"));
        Assert.Equal(["One", "Two"], SentenceTexts("\n\n\nOne\n\n\r\n\nTwo\n\n"));
        Assert.Equal(["One"], SentenceTexts("!!! ... One"));
        Assert.Equal(["One"], SentenceTexts("One."));
        Assert.Equal(["One", "Two"], SentenceTexts("«One.» Two"));

        var tokenized = Tokenize("... ?\n! One. . . Two");
        Assert.Equal(0, tokenized.Tokens[0].Sentence);
        Assert.Equal(1, tokenized.Tokens[1].Sentence);
    }

    [Fact]
    public void SentenceSpansAreConsistentWithTokens()
    {
        const string text = "Hello world. Bye now!\nLast one";
        var tokenized = Tokenize(text);

        Assert.Equal(
            [new SentenceSpan(0, 11, 0, 2), new SentenceSpan(13, 20, 2, 2), new SentenceSpan(22, 30, 4, 2)],
            tokenized.Sentences.ToArray());
        Assert.Equal([0, 0, 1, 1, 2, 2], tokenized.Tokens.ToArray().Select(t => t.Sentence));
    }

    [Fact]
    public void SentenceSpanRunsFromItsFirstTokenToItsLastToken()
    {
        const string text = "  «Dr. Smith», he said —  ";
        var tokenized = Tokenize(text);

        Assert.Equal(1, tokenized.SentenceCount);
        var sentence = tokenized.Sentences[0];
        Assert.Equal(text.IndexOf("Dr", StringComparison.Ordinal), sentence.Start);
        Assert.Equal(text.IndexOf("said", StringComparison.Ordinal) + 4, sentence.End);
        Assert.Equal(0, sentence.FirstToken);
        Assert.Equal(4, sentence.TokenCount);
    }
}
