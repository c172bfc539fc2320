using Framing.Text;
using static Framing.Tests.Text.TokenizerTestSupport;

namespace Framing.Tests.Text;

public sealed class QuoteTrackerTests
{
    [Theory]
    [InlineData("\u00AB", "\u00BB")] // « »
    [InlineData("\u201C", "\u201D")] // “ ”
    [InlineData("\u201E", "\u201C")] // „ “
    [InlineData("\u201E", "\u201D")] // „ ”
    [InlineData("\"", "\"")]
    [InlineData("\u2039", "\u203A")] // ‹ ›
    [InlineData("\u2018", "\u2019")] // ‘ ’
    [InlineData("\u300C", "\u300D")] // 「 」
    [InlineData("\u00BB", "\u00BB")] // » » (reversed, as some Arabic outlets write it)
    [InlineData("\u00BB", "\u00AB")] // » «
    [InlineData("\u201D", "\u201D")] // ” ”
    [InlineData("\u201A", "\u2018")] // ‚ ‘ (German single quotes; before, not a quotation)
    [InlineData("\u201A", "\u2019")] // ‚ ’
    public void RecognizedPairsDelimitAQuotation(string open, string close)
    {
        var text = $"He said {open}big lie{close} today.";
        var tokenized = Tokenize(text);
        var openAt = text.IndexOf(open, StringComparison.Ordinal);
        var closeAt = text.LastIndexOf(close, StringComparison.Ordinal);

        Assert.Equal([new QuotedSpan(openAt, closeAt + 1, 1, IsClosed: true)], tokenized.Quotes.ToArray());
        Assert.Equal([("He", 0), ("said", 0), ("big", 1), ("lie", 1), ("today", 0)], Depths(text));
        Assert.False(tokenized.Tokens[1].IsQuoted);
        Assert.True(tokenized.Tokens[2].IsQuoted);
    }

    [Fact]
    public void GermanSingleQuotesNestInDoubleOnes()
    {
        // Before: ‚ was ignored and ‘ after a word neither opened nor closed, so scare quotes ‚Terroristen‘ were editorial.
        const string text = "Er sagte: „Die ‚Terroristen‘ sind fort.“ Die ‚Rebellen‘ blieben.";
        Assert.Equal([("Er", 0), ("sagte", 0), ("Die", 1), ("Terroristen", 2), ("sind", 1), ("fort", 1), ("Die", 0), ("Rebellen", 1), ("blieben", 0)], Depths(text));
    }

    [Fact]
    public void ArabicGuillemets()
    {
        const string text = "قال «إن الإرهابيين هاجموا» أمس";
        var open = text.IndexOf('«');
        var close = text.IndexOf('»');

        Assert.Equal([new QuotedSpan(open, close + 1, 1, true)], Quotes(text));
        Assert.Equal([("قال", 0), ("إن", 1), ("الإرهابيين", 1), ("هاجموا", 1), ("أمس", 0)], Depths(text));
    }

    [Fact]
    public void StraightQuotesInsideGuillemetsNest()
    {
        const string text = "«a \"b\" c» d";
        Assert.Equal([new QuotedSpan(0, 9, 1, true), new QuotedSpan(3, 6, 2, true)], Quotes(text));
        Assert.Equal([("a", 1), ("b", 2), ("c", 1), ("d", 0)], Depths(text));
    }

    [Fact]
    public void SingleCurlyQuotesInsideDoubleCurlyQuotesNest()
    {
        const string text = "“He said ‘no’ today” x";
        var inner = text.IndexOf('‘');
        var innerEnd = text.IndexOf('’') + 1;
        var outerEnd = text.IndexOf('”') + 1;

        Assert.Equal([new QuotedSpan(0, outerEnd, 1, true), new QuotedSpan(inner, innerEnd, 2, true)], Quotes(text));
        Assert.Equal([("He", 1), ("said", 1), ("no", 2), ("today", 1), ("x", 0)], Depths(text));
    }

    [Fact]
    public void SameMarksNest()
    {
        const string text = "«a «b» c» d";
        Assert.Equal([new QuotedSpan(0, 9, 1, true), new QuotedSpan(3, 6, 2, true)], Quotes(text));
        Assert.Equal([("a", 1), ("b", 2), ("c", 1), ("d", 0)], Depths(text));
    }

    [Fact]
    public void AStraightQuoteBeforeAWordOpensANestedQuotationEvenWhenAnotherIsOpenFurtherOut()
    {
        const string text = "\"a «b \"c\" d» e\"";
        Assert.Equal(
            [new QuotedSpan(0, 15, 1, true), new QuotedSpan(3, 12, 2, true), new QuotedSpan(6, 9, 3, true)],
            Quotes(text));
        Assert.Equal([("a", 1), ("b", 2), ("c", 3), ("d", 2), ("e", 1)], Depths(text));
    }

    [Fact]
    public void AStraightQuoteThatOpensNoWordClosesTheStraightQuotationOpenFurtherOut()
    {
        // The second " stands after a letter, so it opens nothing: it closes the outer straight quotation, and the « left
        // open inside it ends there, unclosed.
        const string text = "\"a «b\" c";
        Assert.Equal([new QuotedSpan(0, 6, 1, true), new QuotedSpan(3, 5, 2, false)], Quotes(text));
        Assert.Equal([("a", 1), ("b", 2), ("c", 0)], Depths(text));
    }

    [Fact]
    public void AStraightQuoteWithNoStraightQuotationOpenThatEndsAWordAndOpensNoneIsIgnored()
    {
        // Inside « », a lone " after a letter and before a space closes nothing and opens nothing (it opened a quotation
        // that ran to the », so b was quoted twice over).
        const string text = "«a\" b» c";
        Assert.Equal([new QuotedSpan(0, 6, 1, true)], Quotes(text));
        Assert.Equal([("a", 1), ("b", 1), ("c", 0)], Depths(text));
    }

    [Theory]
    [InlineData("Witnesses saw terrorists\" near the mosque. Rebels were regrouping.")] // a stray closing mark
    [InlineData("A 5\" gun was fired. Rebels were regrouping.")] // inches
    [InlineData("They said,\" the report added. Rebels were regrouping.")] // the end of a quotation whose start is on an earlier line
    public void AStrayStraightQuoteDoesNotMakeTheRestOfTheParagraphQuoted(string text)
    {
        // Each of these marks opened a quotation that ran to the end of the paragraph: the outlet's own "Rebels" was quoted.
        Assert.Empty(Quotes(text));
        Assert.All(Depths(text), token => Assert.Equal(0, token.Item2));
    }

    [Theory]
    [InlineData("He called them:\" terrorists \" in a statement. Rebels attacked.", "terrorists", "Rebels")]
    [InlineData("The sign read:\"...rebels\" today. Rebels attacked.", "rebels", "today")]
    [InlineData("He said:\"$5 million for rebels\" today.", "rebels", "today")]
    [InlineData("He said \u2014\" rebels \" today.", "rebels", "today")]
    [InlineData("وصفهم بـ\" الإرهابيين \" في بيان. وهاجم المسلحون", "الإرهابيين", "وهاجم")]
    public void AStraightQuoteAfterAColonADashOrATatweelOpensEvenBeforeASpace(string text, string quoted, string editorial)
    {
        // Taken for a stray closing mark, the opening " was ignored and the closing one opened a quotation to the end
        // of the paragraph: the quoted word came out editorial and the outlet's own words quoted.
        var depths = Depths(text);
        Assert.Contains((quoted, 1), depths);
        Assert.Contains((editorial, 0), depths);
    }

    [Theory]
    [InlineData("He said:\"rebels\" today.", 8)]
    [InlineData("He said (\"rebels\") today.", 9)]
    [InlineData("\"rebels\" today.", 0)]
    [InlineData("He said \"...rebels\" today.", 8)]
    public void AStraightQuoteThatStandsBeforeAWordOrAfterASpaceStillOpens(string text, int open)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal(open, quote.Start);
        Assert.True(quote.IsClosed);
        Assert.Contains(("rebels", 1), Depths(text));
    }

    [Fact]
    public void AStraightQuoteClosesTheInnermostStraightQuotation()
    {
        // “ inside a straight quotation, then " x " inside it: the innermost straight one closes first.
        const string text = "\"a “b \"c\" d” e\" f";
        Assert.Equal(
            [new QuotedSpan(0, 15, 1, true), new QuotedSpan(3, 12, 2, true), new QuotedSpan(6, 9, 3, true)],
            Quotes(text));
        Assert.Equal([("a", 1), ("b", 2), ("c", 3), ("d", 2), ("e", 1), ("f", 0)], Depths(text));
    }

    [Fact]
    public void ClosingMarksWithoutTheirOpeningMarkAreIgnored()
    {
        // › and 」 close only their own kind; ’ after a space closes nothing when no ‘ is open; a second › is ignored.
        Assert.Empty(Quotes("a › b 」 c ’ d"));
        Assert.Equal([new QuotedSpan(2, 6, 1, true)], Quotes("a ‹b › c› d"));
        Assert.Equal([new QuotedSpan(2, 6, 1, true)], Quotes("a 「b 」 c」 d"));
    }

    [Fact]
    public void TheInnermostStraightQuotationClosesEvenBeforeAWord()
    {
        // The second " stands after a space and before a word, but it closes the straight quotation that is open.
        Assert.Equal([new QuotedSpan(0, 4, 1, true)], Quotes("\"a \"b c"));
    }

    [Theory]
    [InlineData("\u0620")] // ؠ, the first Arabic letter of the range
    [InlineData("\u064A")] // ي, the last
    public void AReversedGuillemetRightAfterAnyArabicLetterOpens(string letter)
    {
        var text = $"قال {letter}»نعم» امس";
        Assert.Equal([new QuotedSpan(5, 10, 1, true)], Quotes(text));
    }

    [Fact]
    public void ConsecutiveStraightQuotations()
    {
        const string text = "He said \"yes\" and \"no\".";
        Assert.Equal([new QuotedSpan(8, 13, 1, true), new QuotedSpan(18, 22, 1, true)], Quotes(text));
        Assert.Equal([("He", 0), ("said", 0), ("yes", 1), ("and", 0), ("no", 1)], Depths(text));
    }

    [Fact]
    public void AClosingMarkClosesTheUnclosedQuotationsInsideItsOwn()
    {
        const string text = "«a “b c» d";
        var inner = text.IndexOf('“');
        var close = text.IndexOf('»');

        Assert.Equal([new QuotedSpan(0, close + 1, 1, true), new QuotedSpan(inner, close, 2, false)], Quotes(text));
        Assert.Equal([("a", 1), ("b", 2), ("c", 2), ("d", 0)], Depths(text));
    }

    [Fact]
    public void AClosingMarkClosesTheInnermostQuotationItCanClose()
    {
        // ” closes “ as well as „: here the innermost open quotation it can close is the „ one.
        const string text = "“a „b” c” d";
        var inner = text.IndexOf('„');
        var first = text.IndexOf('”');
        var last = text.LastIndexOf('”');

        Assert.Equal([new QuotedSpan(0, last + 1, 1, true), new QuotedSpan(inner, first + 1, 2, true)], Quotes(text));
        Assert.Equal([("a", 1), ("b", 2), ("c", 1), ("d", 0)], Depths(text));
    }

    [Fact]
    public void AnUnclosedQuotationEndsAtTheLineBreak()
    {
        const string text = "He said «no way\nNext line";
        var open = text.IndexOf('«');
        var lineBreak = text.IndexOf('\n');

        Assert.Equal([new QuotedSpan(open, lineBreak, 1, IsClosed: false)], Quotes(text));
        Assert.Equal([("He", 0), ("said", 0), ("no", 1), ("way", 1), ("Next", 0), ("line", 0)], Depths(text));
    }

    [Fact]
    public void AnUnclosedQuotationEndsAtTheEndOfTheText()
    {
        const string text = "He said «no way";
        Assert.Equal([new QuotedSpan(8, text.Length, 1, IsClosed: false)], Quotes(text));
    }

    [Fact]
    public void NestedUnclosedQuotationsAllEndAtTheLineBreak()
    {
        const string text = "«a “b\r\nc";
        Assert.Equal([new QuotedSpan(0, 5, 1, false), new QuotedSpan(3, 5, 2, false)], Quotes(text));
        Assert.Equal([("a", 1), ("b", 2), ("c", 0)], Depths(text));
    }

    [Fact]
    public void QuotationsDoNotContinueIntoTheNextParagraph()
    {
        const string text = "«a\nb» c";
        Assert.Equal([new QuotedSpan(0, 2, 1, false)], Quotes(text));
        Assert.Equal([("a", 1), ("b", 0), ("c", 0)], Depths(text));
    }

    [Fact]
    public void ASentenceEndDoesNotEndAQuotation()
    {
        const string text = "«One. Two!» three";
        var close = text.IndexOf('»');

        Assert.Equal([new QuotedSpan(0, close + 1, 1, true)], Quotes(text));
        Assert.Equal([("One", 1), ("Two", 1), ("three", 0)], Depths(text));
    }

    [Theory]
    [InlineData("a» b")]
    [InlineData("a ” b")]
    [InlineData("a» «")]
    [InlineData("end” now")]
    [InlineData("a › b")]
    [InlineData("a ›b")]
    [InlineData("a 」b")]
    [InlineData("a ’b")]
    [InlineData("a»")]
    public void AClosingMarkWithoutOpenerThatDoesNotStandBeforeAWordIsIgnored(string text)
    {
        var tokenized = Tokenize(text);
        var expectedQuotes = text.EndsWith('«') ? 1 : 0; // only the final « opens (and stays unclosed)
        Assert.Equal(expectedQuotes, tokenized.QuoteCount);
        Assert.All(tokenized.Tokens.ToArray(), t => Assert.Equal(0, t.QuoteDepth));
    }

    [Fact]
    public void ReversedGuillemetsInArabic()
    {
        const string text = "قال »الحرب انتهت» امس";
        var open = text.IndexOf('»');
        var close = text.LastIndexOf('»');

        Assert.Equal([new QuotedSpan(open, close + 1, 1, true)], Quotes(text));
        Assert.Equal([("قال", 0), ("الحرب", 1), ("انتهت", 1), ("امس", 0)], Depths(text));
    }

    [Fact]
    public void ReversedGuillemetAfterLamTatweel()
    {
        const string text = "قال لـ»رويترز» امس";
        var open = text.IndexOf('»');
        var close = text.LastIndexOf('»');

        Assert.Equal([new QuotedSpan(open, close + 1, 1, true)], Quotes(text));
        Assert.Equal([("قال", 0), ("لـ", 0), ("رويترز", 1), ("امس", 0)], Depths(text));
    }

    [Fact]
    public void ReversedGuillemetRightAfterAnArabicLetter()
    {
        const string text = "قال ل»رويترز» امس";
        Assert.Equal([new QuotedSpan(5, 13, 1, true)], Quotes(text));
        Assert.Equal([("قال", 0), ("ل", 0), ("رويترز", 1), ("امس", 0)], Depths(text));
    }

    [Fact]
    public void ReversedGuillemetAfterAnOpeningParenthesis()
    {
        const string text = "(»x») y";
        Assert.Equal([new QuotedSpan(1, 4, 1, true)], Quotes(text));
    }

    [Fact]
    public void AReversedGuillemetAfterALatinLetterDoesNotOpen()
    {
        Assert.Empty(Quotes("ab»cd"));
    }

    [Fact]
    public void ReversedRightDoubleQuotes()
    {
        const string text = "han sa ”nej” idag";
        Assert.Equal([new QuotedSpan(7, 12, 1, true)], Quotes(text));
        Assert.Equal([("han", 0), ("sa", 0), ("nej", 1), ("idag", 0)], Depths(text));
    }

    [Theory]
    [InlineData("the rebels’ positions")]
    [InlineData("the rebels' positions")]
    [InlineData("Assad’s forces")]
    [InlineData("don’t go")]
    [InlineData("rebels’")]
    public void ApostrophesAreNotQuotationMarks(string text)
    {
        var tokenized = Tokenize(text);
        Assert.Equal(0, tokenized.QuoteCount);
        Assert.All(tokenized.Tokens.ToArray(), t => Assert.Equal(0, t.QuoteDepth));
    }

    [Fact]
    public void AnApostropheInsideASingleQuotedPassageDoesNotCloseIt()
    {
        const string text = "he called it ‘Assad’s victory’ then";
        var open = text.IndexOf('‘');
        var close = text.LastIndexOf('’');

        Assert.Equal([new QuotedSpan(open, close + 1, 1, true)], Quotes(text));
        Assert.Equal(
            [("he", 0), ("called", 0), ("it", 0), ("Assad’s", 1), ("victory", 1), ("then", 0)],
            Depths(text));
    }

    [Fact]
    public void ALeftSingleQuoteBeforeADigitIsAnApostrophe()
    {
        // ‘90s (a word processor's apostrophe for an elided century) opened a quotation that no ’ closed: the rest of
        // the paragraph was quoted voice.
        Assert.Empty(Quotes("In the ‘90s rebels fought. Later terrorists attacked."));
        Assert.Equal([("In", 0), ("the", 0), ("03", 0), ("war", 0), ("x", 1)], Depths("In the ‘03 war ‘x’"));
    }

    [Fact]
    public void ALeftSingleQuoteAfterALetterDoesNotOpen()
    {
        Assert.Empty(Quotes("a‘b c’ d"));
        Assert.Empty(Quotes("𝐀‘b c’ d")); // a letter outside the BMP is a letter too
    }

    [Fact]
    public void DeepNesting()
    {
        var text = new string('«', 20) + "x" + new string('»', 20) + " y";
        var tokenized = Tokenize(text);

        Assert.Equal(20, tokenized.QuoteCount);
        for (var depth = 1; depth <= 20; depth++)
        {
            Assert.Equal(new QuotedSpan(depth - 1, 42 - depth, depth, true), tokenized.Quotes[depth - 1]);
        }

        Assert.Equal([("x", 20), ("y", 0)], Depths(text));
    }

    [Fact]
    public void QuotesAreOrderedByStart()
    {
        const string text = "«a» “b ‘c’ d” \"e\" ‹f› 「g」";
        var quotes = Quotes(text);

        Assert.Equal(6, quotes.Length);
        Assert.Equal(
            [text.IndexOf('«'), text.IndexOf('“'), text.IndexOf('‘'), text.IndexOf('"'), text.IndexOf('‹'), text.IndexOf('「')],
            quotes.Select(q => q.Start));
        Assert.Equal([1, 1, 2, 1, 1, 1], quotes.Select(q => q.Depth));
        Assert.All(quotes, q => Assert.True(q.IsClosed));
    }
}
