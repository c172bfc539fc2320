using System.Text;
using Framing.Lexicons.Import;
using Framing.Tests.Corpus;

namespace Framing.Tests.Lexicons.Import;

public sealed class LiwcDictionaryReaderTests
{
    // LIWC2015 style: tab-separated, phrases with spaces, prefixes, several categories per word; a comment and blank lines.
    internal const string Sample =
        "%\r\n" +
        "1\tterror\r\n" +
        "2\topposition\r\n" +
        "03 neutral words\r\n" +
        "%\r\n" +
        "# invented words\r\n" +
        "terrorist*\t1\r\n" +
        "\r\n" +
        "armed gangs\t1\r\n" +
        "rebel*\t2\t03\r\n" +
        "free syrian army\t2\r\n" +
        "fighters\t3\r\n" +
        "kind\t(02 134)131/125\t3\r\n" +
        "like\t<of>\t1\r\n" +
        "re?el\t2\r\n" +
        "militants 1 3\r\n";

    [Fact]
    public void ReadsCategoriesInHeaderOrderWithPhrasesPrefixesAndSeveralCategoriesPerWord()
    {
        var dictionary = LiwcDictionaryReader.Read(Sample, "sample.dic");

        Assert.Equal("LIWC", dictionary.FormatName);
        Assert.Equal(["terror", "opposition", "neutral words"], dictionary.Categories.Select(c => c.Name));
        Assert.Equal(["terrorist*", "armed gangs", "militants"], dictionary.FindCategory("terror")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(["rebel*", "free syrian army"], dictionary.FindCategory("opposition")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(["rebel*", "fighters", "kind", "militants"], dictionary.FindCategory("neutral words")!.Patterns.Select(p => p.Pattern));
    }

    [Fact]
    public void RecordsLinesOfWordsAndCategories()
    {
        var dictionary = LiwcDictionaryReader.Read(Sample, "sample.dic");

        Assert.Equal(9, dictionary.FindCategory("terror")!.Patterns[1].Location.Line);
        Assert.Equal(16, dictionary.FindCategory("terror")!.Patterns[2].Location.Line);
        Assert.Equal(4, dictionary.FindCategory("neutral words")!.Location.Line);
    }

    [Fact]
    public void WarnsAboutConditionalCodesOfTagsAndUnsupportedWildcards()
    {
        var dictionary = LiwcDictionaryReader.Read(Sample, "sample.dic");

        Assert.Equal([13, 14, 15, 16], dictionary.Warnings.Select(w => w.Location.Line));
        Assert.Contains("conditional", dictionary.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("(02 134)131/125", dictionary.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("<of>", dictionary.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("'?'", dictionary.Warnings[2].Message, StringComparison.Ordinal);
        Assert.Contains("has no tab", dictionary.Warnings[3].Message, StringComparison.Ordinal); // "militants 1 3"
        Assert.DoesNotContain(dictionary.Categories.SelectMany(c => c.Patterns), p => p.Pattern is "like" or "re?el");
    }

    [Fact]
    public void ReadsAFileWithAByteOrderMarkAndLfLineEnds()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("a.dic", Bytes.Concat(Bytes.Bom, Bytes.Utf8("%\n1\tterror\n%\nإرهابي*\t1\n")));

        var dictionary = LiwcDictionaryReader.ReadFile(path);

        var pattern = Assert.Single(dictionary.FindCategory("terror")!.Patterns);
        Assert.Equal("إرهابي*", pattern.Pattern);
        Assert.Equal((path, 4, 1), (pattern.Location.File, pattern.Location.Line, pattern.Location.Column));
    }

    [Fact]
    public void ReadsAUtf16FileWithAByteOrderMark()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("u16.dic", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("%\r\n1\tx\r\n%\r\nword\t1\r\n")).ToArray());

        Assert.Equal(["word"], LiwcDictionaryReader.ReadFile(path).FindCategory("x")!.Patterns.Select(p => p.Pattern));
    }

    [Fact]
    public void AnUnknownCategoryIdIsAnErrorAtItsLineAndColumn()
    {
        var e = Assert.Throws<ImportException>(() => LiwcDictionaryReader.Read("%\n1\ta\n%\nword\t1\t7\nother\t9\n", "u.dic"));

        Assert.Equal(2, e.Errors.Count);
        Assert.Equal("u.dic:4:8: unknown category id 7 for \"word\": the header does not define it", e.Errors[0].ToString());
        Assert.Equal(5, e.Errors[1].Location.Line);
    }

    [Theory]
    [InlineData("word\t1\n", 1, "missing header")]
    [InlineData("", 1, "missing header")]
    [InlineData("\n%\n1\ta\nword\t1\n", 2, "not closed")]
    [InlineData("%\n%\nword\t1\n", 2, "header is empty")]
    [InlineData("%\nx\ta\n%\n", 2, "expected 'id<TAB>category name'")]
    [InlineData("%\n1\n%\n", 2, "expected 'id<TAB>category name'")]
    [InlineData("%\n1\ta\n1\tb\n%\n", 3, "duplicate category id 1")]
    [InlineData("%\n1\ta\n2\ta\n%\n", 3, "duplicate category name 'a'")]
    [InlineData("%\n1\ta\n%\nword\n", 4, "has no category id")]
    [InlineData("%\n1\ta\n%\nword\tx1\n", 4, "invalid category id 'x1'")]
    [InlineData("%\n1\ta\n%\nword\t1\n\t1\n", 5, "empty word: the line has category ids (1) but no word before its tab")] // "1" was read as the word
    [InlineData("%\n1\ta\n2\tb\n%\n\t1\t2\n", 5, "empty word: the line has category ids (1 2) but no word before its tab")] // "1" was imported with id 2
    [InlineData("%\n1\ta\n2\tb\n%\n  \t1 2\n", 5, "empty word: the line has category ids (1 2)")]
    [InlineData("%\n1\ta\n%\nword\t1\n%\n", 5, "unexpected '%'")]
    public void StructuralProblemsAreErrorsWithTheirLine(string text, int line, string message)
    {
        var e = Assert.Throws<ImportException>(() => LiwcDictionaryReader.Read(text, "e.dic"));

        Assert.Equal(line, e.Errors[0].Location.Line);
        Assert.Contains(message, e.Errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("e.dic:" + line + ":", e.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyWordIsReportedAtItsLineAndAWordAfterALeadingTabIsStillRead()
    {
        var e = Assert.Throws<ImportException>(() => LiwcDictionaryReader.Read("%\n1\tterror\n%\nterrorist\t1\n\t1\n", "l11.dic"));
        Assert.Equal("l11.dic:5:1: empty word: the line has category ids (1) but no word before its tab (expected 'word<TAB>id<TAB>id...')", Assert.Single(e.Errors).ToString());

        var dictionary = LiwcDictionaryReader.Read("%\n1\tterror\n%\n\tterrorist\t1\n", "tab.dic");
        Assert.Equal(["terrorist"], dictionary.FindCategory("terror")!.Patterns.Select(p => p.Pattern));
    }

    [Fact]
    public void ACommentLineWithATabAndCategoryIdsIsLeftOutWithAWarning()
    {
        // "#freesyria<TAB>1" was dropped as a comment without a word. Comments without ids (or with ids the header does
        // not define, or before the header) are still silent.
        var dictionary = LiwcDictionaryReader.Read("%\n# header comment\t1\n1\ttopics\n%\n# a comment\n#freesyria\t1\n  #\t1\n# see\t7\nrevolution\t1\n", "hashtag.dic");

        Assert.Equal(["revolution"], dictionary.FindCategory("topics")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(
            [
                "hashtag.dic:6:1: \"#freesyria\" starts with '#' like a comment but has category ids (1): left out as a comment; if it is a word (a hashtag), write it without the '#': the tokenizer drops a '#' from words in text, so \"freesyria\" matches \"#freesyria\"",
                "hashtag.dic:7:3: \"#\" starts with '#' like a comment but has category ids (1): left out as a comment; remove the line if it is not a comment",
            ],
            dictionary.Warnings.Select(w => w.ToString()));
        Assert.Equal(0, dictionary.SkippedPatternCount);

        // What the warning says: the word without '#' matches the hashtag.
        var lexicon = new LexiconImporter().Import(LiwcDictionaryReader.Read("%\n1\ttopics\n%\nfreesyria\t1\n", "h.dic"), CategoryMapping.FromRules(["topics=d/p"]), new ImportMetadata("h", "en")).Lexicon;
        Assert.Equal(1, lexicon.Compile().CreateScorer().Score("en", "They posted #freesyria again.").Counts.Count(0, Framing.Lexicons.PoleSide.A));
    }

    [Fact]
    public void ALineWithoutATabAndSeveralTrailingNumbersIsReadWithAWarning()
    {
        // "covid 19 19" (spaces, no tab) became the word "covid" without a word of warning, losing the phrase "covid 19":
        // only a tab tells the word from the ids. One trailing number, or a word that is not a number before the ids, is
        // not ambiguous.
        var dictionary = LiwcDictionaryReader.Read("%\n1 posemo\n19 health\n%\ncovid 19 19\nhappy 1\na bit 1\ncovid 19\t19\n", "s.dic");

        Assert.Equal(
            ["s.dic:5:1: \"covid 19 19\" has no tab: read as \"covid\" with category ids 19 19; if a number belongs to the word (a phrase such as \"covid 19\"), separate the word from the ids with a tab"],
            dictionary.Warnings.Select(w => w.ToString()));
        Assert.Equal(["covid", "covid 19"], dictionary.FindCategory("health")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(["happy", "a bit"], dictionary.FindCategory("posemo")!.Patterns.Select(p => p.Pattern));
    }

    [Fact]
    public void AWordInTheSameCategoryTwiceOnOneLineIsAddedOnce()
    {
        var dictionary = LiwcDictionaryReader.Read("%\n1\ta\n%\nword\t1\t01\n", "d.dic");

        Assert.Single(dictionary.FindCategory("a")!.Patterns);
    }
}
