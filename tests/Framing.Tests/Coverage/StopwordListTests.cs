using Framing.Text;
using Framing.Text.Stopwords;

namespace Framing.Tests.Coverage;

/// <summary>Stopword files and the built-in lists.</summary>
public sealed class StopwordListTests
{
    [Fact]
    public void ParsesOneWordPerLineWithCommentsAndBlankLines()
    {
        var list = StopwordList.Parse("\uFEFF# header\n\nthe\r\n  of  \n   # indented comment\ndon't\nفي\n", "list.txt");
        Assert.Equal(["the", "of", "don't", "في"], list.Words);
        Assert.Equal("list.txt", list.Name);
    }

    [Theory]
    [InlineData("the\nin the\n", 2, "in the")]
    [InlineData("# c\nthe\nU.S.\n", 3, "U.S.")]
    [InlineData("word,\n", 1, "word,")]
    [InlineData("ok\n---\n", 2, "---")]
    [InlineData("the\u000Bfor\n", 1, "the\\u000Bfor")]
    public void ALineThatIsNotOneWordIsAnErrorWithItsLine(string text, int line, string shown)
    {
        var e = Assert.Throws<StopwordListException>(() => StopwordList.Parse(text, "list.txt"));
        Assert.Equal(line, e.Line);
        Assert.Equal("list.txt", e.FileName);
        Assert.Equal($"list.txt:{line}: a stopword line holds one word, not '{shown}'", e.Message);
    }

    [Fact]
    public void ALineWithANulIsNamedAsUtf16WithoutAByteOrderMark()
    {
        // A NUL in a stopword line is what UTF-16 or UTF-32 read as UTF-8 looks like (before: "not 'of\u0000'").
        var e = Assert.Throws<StopwordListException>(() => StopwordList.Parse("the\nof\u0000\n", "list.txt"));
        Assert.Equal(2, e.Line);
        Assert.Equal("list.txt:2: the line holds NUL bytes, as UTF-16 or UTF-32 without a byte-order mark does: save the file as UTF-8 (or with a byte-order mark)", e.Message);
    }

    [Fact]
    public void AMissingFileIsAnErrorNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "framing-missing-" + Guid.NewGuid().ToString("N") + ".txt");
        var e = Assert.Throws<StopwordListException>(() => StopwordList.Load(path));
        Assert.Equal(path + ": no such file", e.Message);
        var folder = Assert.Throws<StopwordListException>(() => StopwordList.Load(Path.GetTempPath()));
        Assert.Equal(Path.GetTempPath() + ": is a directory, not a file", folder.Message);
    }

    [Fact]
    public void LoadsAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "framing-stopwords-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "# mine\nalpha\nbeta\n");
        try
        {
            Assert.Equal(["alpha", "beta"], StopwordList.Load(path).Words);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(BuiltInStopwordData.English)]
    [InlineData(BuiltInStopwordData.Arabic)]
    public void BuiltInListsHaveAHeaderWithTheirSourceAndLicenceAndNoDuplicates(string data)
    {
        var lines = data.Split('\n');
        Assert.StartsWith("# Framing built-in", lines[0], StringComparison.Ordinal);
        var header = string.Join("\n", lines.TakeWhile(l => l.StartsWith('#')));
        Assert.Contains("Source: written for Framing", header, StringComparison.Ordinal);
        Assert.Contains("Licence: MIT", header, StringComparison.Ordinal);

        var list = StopwordList.Parse(data, "builtin");
        Assert.InRange(list.Words.Count, 150, 220);
        Assert.Equal(list.Words.Count, list.Words.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void BuiltInIsBothLanguages()
    {
        Assert.Equal(StopwordList.BuiltInArabic.Words.Count + StopwordList.BuiltInEnglish.Words.Count, StopwordList.BuiltIn.Words.Count);
        Assert.Equal("builtin", StopwordList.BuiltIn.Name);
        Assert.Empty(StopwordList.None.Words);
    }

    [Fact]
    public void ATatweelDashGivesNoEmptyTerm()
    {
        // «دمشق ـ سانا»: the dash is no term (keyness listed it as the empty term, first of the table), and like any
        // dash with a space beside it, it separates the words around it: a dateline is no bigram.
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        new TermExtractor(1, 2).Count("دمشق ـ سانا", "ar", counts);

        Assert.DoesNotContain(string.Empty, counts.Keys);
        Assert.Equal(["دمشق", "سانا"], counts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TermSetsAreNormalizedForTheLanguage()
    {
        var extractor = new TermExtractor();
        var english = StopwordList.BuiltIn.ToTermSet(extractor, LanguageRegistry.Default.Get("en"));
        Assert.Contains("the", english);
        Assert.Contains("dont", english); // don't, as the Latin normalizer writes it
        var arabic = StopwordList.BuiltIn.ToTermSet(extractor, LanguageRegistry.Default.Get("ar"));
        Assert.Contains("الي", arabic);   // إلى
        Assert.Contains("علي", arabic);   // على
        Assert.Contains("ذين", arabic);   // الذين loses its article like a document token
    }
}
