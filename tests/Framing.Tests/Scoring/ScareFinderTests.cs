using Framing.Matching;
using Framing.Scoring;
using static Framing.Tests.Scoring.ContextLexicon;

namespace Framing.Tests.Scoring;

/// <summary>
/// Where a scare marker reaches an actor's name and where it does not (the context lexicon: English "so-called" before
/// and quotation marks, Arabic «ما يسمى» before and «مزعوم» after; link words of, the, from / من, تنظيم, حركة, تابعة;
/// a link window of 2). Invented sentences.
/// </summary>
public sealed class ScareFinderTests
{
    private static FramingMatch Only(string text) => Assert.Single(Score(text).Matches);

    [Theory]
    [InlineData("The so-called Free Syrian Army left.", "so-called Free Syrian Army")]
    [InlineData("The so-called of Free Syrian Army left.", "so-called of Free Syrian Army")]
    [InlineData("The so-called of the Free Syrian Army left.", "so-called of the Free Syrian Army")]
    [InlineData("هاجم ما يسمى تنظيم حركة أحرار الشام البلدة.", "ما يسمى تنظيم حركة أحرار الشام")]
    public void AMarkerReachesTheNameAcrossAtMostTwoLinkWords(string text, string surface)
    {
        var m = Only(text);
        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal(surface, m.Surface);
    }

    [Theory]
    [InlineData("The so-called of the from Free Syrian Army left.")]   // three link words: one past the window
    [InlineData("The so-called brave Free Syrian Army left.")]          // a word that is not a link
    [InlineData("The so-called, Free Syrian Army left.")]               // punctuation between them
    [InlineData("It was so-called. Free Syrian Army units left.")]      // another sentence
    public void AMarkerThatDoesNotReachTheNameIsNotAScare(string text)
    {
        var m = Only(text);
        Assert.Equal(MatchKind.Entry, m.Kind);
        Assert.Equal("rebel", m.Pole?.Id);
    }

    [Fact]
    public void ArabicMarkerOnePastTheWindowOrBeyondABarrierIsNotAScare()
    {
        Assert.Equal(MatchKind.Entry, Only("هاجم ما يسمى من تنظيم حركة أحرار الشام البلدة.").Kind);
        Assert.DoesNotContain(Score("هاجم ما يسمى، أحرار الشام البلدة.").Matches, m => m.Kind == MatchKind.ScareMarker);
    }

    [Theory]
    [InlineData("انسحب الجيش الحر المزعوم من البلدة.", MatchKind.ScareMarker)]
    [InlineData("انسحب الجيش الحر، المزعوم من البلدة.", MatchKind.Entry)]   // a comma between name and marker
    [InlineData("انسحب الجيش الحر. المزعوم انسحب.", MatchKind.Entry)]        // the marker in the next sentence
    public void AnAfterMarkerMustFollowTheNameDirectly(string text, MatchKind kind) =>
        Assert.Equal(kind, Only(text).Kind);

    [Theory]
    [InlineData("\u201cFree Syrian Army\u201d fighters left.", MatchKind.ScareMarker)]                // at the start
    [InlineData("Shells hit the \u201cFree Syrian Army\u201d", MatchKind.ScareMarker)]                // at the end
    [InlineData("Shells hit the \u201cFree Syrian Army\u201d today.", MatchKind.ScareMarker)]
    [InlineData("Shells hit \u201cthe Free Syrian Army\u201d today.", MatchKind.Entry)]               // a word before the name inside
    [InlineData("Shells hit the \u201cFree Syrian Army units\u201d today.", MatchKind.Entry)]         // a word after the name inside
    [InlineData("Shells hit the \u201cFree Syrian Army today.", MatchKind.Entry)]                     // never closed
    [InlineData("Shells hit the \u201cFree Syrian Army", MatchKind.Entry)]                           // never closed, at the end
    [InlineData("Shells hit the\u201cFree Syrian Army\u201dtoday.", MatchKind.ScareMarker)]           // no spaces around the marks
    [InlineData("Shells hit \u201cthe\u201d Free Syrian Army today.", MatchKind.Entry)]               // a quotation before the name
    public void QuotationMarksAreAMarkerOnlyAroundTheNameAlone(string text, MatchKind kind) =>
        Assert.Equal(kind, Only(text).Kind);

    [Theory]
    [InlineData("so-called Free Syrian Army units left.", "so-called Free Syrian Army")]      // the marker is the first token
    [InlineData("ما يسمى أحرار الشام انسحبت.", "ما يسمى أحرار الشام")]
    public void AMarkerAtTheStartOfTheTextCounts(string text, string surface) =>
        Assert.Equal((MatchKind.ScareMarker, surface), (Only(text).Kind, Only(text).Surface));

    [Theory]
    [InlineData("He said \"the so-called Free Syrian Army attacked\" today.")]
    [InlineData("قال «انسحب الجيش الحر المزعوم من البلدة» امس.")]
    public void AMarkerInsideAQuotationIsQuoted(string text)
    {
        // Only quotation marks that are the marker themselves leave the quoted voice; a word marker inside a quotation is quoted.
        var m = Only(text);
        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal(Voice.Quoted, m.Voice);
    }

    [Fact]
    public void EachNameGetsOneScareMatch()
    {
        var result = Score("The so-called Free Syrian Army and the so-called Damascus government.");
        Assert.Equal(["so-called Free Syrian Army", "so-called Damascus"], result.Matches.Select(m => m.Surface));
        Assert.All(result.Matches, m => Assert.Equal(MatchKind.ScareMarker, m.Kind));
        Assert.Equal(["fsa", "gov"], result.Matches.Select(m => m.Target!.Id));
    }

    [Fact]
    public void ANameWithoutAScareMappingIsNotAScare()
    {
        // isis has no scare mapping in the context lexicon: "so-called" before it changes nothing.
        Assert.DoesNotContain(Score("The so-called Islamic State attacked.").Matches, m => m.Kind == MatchKind.ScareMarker);
    }
}
