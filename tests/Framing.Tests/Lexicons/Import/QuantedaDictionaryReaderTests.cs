using Framing.Lexicons.Import;
using Framing.Tests.Corpus;

namespace Framing.Tests.Lexicons.Import;

public sealed class QuantedaDictionaryReaderTests
{
    // As written by quanteda's as.yaml(): nested keys, a one-pattern key as a scalar, and '__' for a parent's own patterns.
    internal const string Nested = """
        armed:
          terror:
          - terrorist*
          - إرهابي*
          - armed gangs
          - عصابات مسلحة
          opposition:
          - rebel*
          - ثوار
          - '?ebels'
          - '*ism'
          - 'free*dom'
        regime:
          __:
          - regime
          - النظام
          forces: regime forces
        empty: []
        """;

    [Fact]
    public void ReadsNestedCategoriesWithDottedNamesInFileOrder()
    {
        var dictionary = QuantedaDictionaryReader.Read(Nested, "dict.yml");

        Assert.Equal(["armed.terror", "armed.opposition", "regime", "regime.forces", "empty"], dictionary.Categories.Select(c => c.Name));
        Assert.Equal("quanteda", dictionary.FormatName);
        Assert.Equal(["terrorist*", "إرهابي*", "armed gangs", "عصابات مسلحة"], dictionary.FindCategory("armed.terror")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(["regime", "النظام"], dictionary.FindCategory("regime")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(["regime forces"], dictionary.FindCategory("regime.forces")!.Patterns.Select(p => p.Pattern));
        Assert.Empty(dictionary.FindCategory("empty")!.Patterns);
        Assert.Equal(9, dictionary.PatternCount);
    }

    [Fact]
    public void AYamlSetIsAListOfPatterns()
    {
        // !!set {good: null, fine} is a set of patterns written as keys; before, each member became a nested category
        // without patterns ('pos.good'), so the patterns were lost.
        var dictionary = QuantedaDictionaryReader.Read("pos: !!set {good: null, fine}\nneg: !!set\n  ? bad\n  ? awful\n", "set.yml");

        Assert.Equal(["pos", "neg"], dictionary.Categories.Select(c => c.Name));
        Assert.Equal(["good", "fine"], dictionary.FindCategory("pos")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(["bad", "awful"], dictionary.FindCategory("neg")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(3, dictionary.FindCategory("neg")!.Patterns[0].Location.Line);
    }

    [Fact]
    public void MergeKeysAreAppliedAndTheMappingsOwnKeysWin()
    {
        // '<<: *b' became a category named '<<' ('derived.<<.hostile'); R's yaml package, which quanteda reads with,
        // merges the mapping in. A key of the mapping itself wins, and of a list of mappings the earlier one.
        var dictionary = QuantedaDictionaryReader.Read(
            """
            base: &b
              hostile: [enemy, foe]
            derived:
              <<: *b
              friendly: [ally]
            a: &a
              hostile: [rival]
              calm: [peace]
            c: &c
              calm: [quiet]
              other: [x]
            both:
              hostile: [adversary]
              <<: [*a, *c]
            inline:
              <<: {mine: [y]}
            """,
            "merge.yml");

        Assert.Equal(
            ["base.hostile", "derived.hostile", "derived.friendly", "a.hostile", "a.calm", "c.calm", "c.other", "both.hostile", "both.calm", "both.other", "inline.mine"],
            dictionary.Categories.Select(c => c.Name));
        Assert.Equal(["enemy", "foe"], dictionary.FindCategory("derived.hostile")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(["adversary"], dictionary.FindCategory("both.hostile")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(["peace"], dictionary.FindCategory("both.calm")!.Patterns.Select(p => p.Pattern));

        // A merged category is where its merge key names it.
        Assert.Equal(new SourceLocation("merge.yml", 4, 7), dictionary.FindCategory("derived.hostile")!.Location);
        Assert.Equal([new SourceLocation("merge.yml", 4, 7), new SourceLocation("merge.yml", 4, 7)], dictionary.FindCategory("derived.hostile")!.Patterns.Select(p => p.Location));
        Assert.Equal(new SourceLocation("merge.yml", 14, 12), dictionary.FindCategory("both.other")!.Location);
        Assert.Equal(new SourceLocation("merge.yml", 16, 8), dictionary.FindCategory("inline.mine")!.Location);
    }

    [Theory]
    [InlineData("base: &b [x]\nd:\n  <<: *b\n", 3, 7)]
    [InlineData("d:\n  <<: [one, two]\n", 2, 7)]
    [InlineData("d:\n  <<: word\n", 2, 7)]
    public void AMergeKeyThatNamesNoMappingIsAnErrorAtItsValue(string yaml, int line, int column)
    {
        var e = Assert.Throws<ImportException>(() => QuantedaDictionaryReader.Read(yaml, "m.yml"));

        var error = Assert.Single(e.Errors);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Equal("the merge key '<<' must name a mapping of categories (<<: *anchor) or a list of them (<<: [*a, *b])", error.Message);
    }

    [Fact]
    public void AQuotedLessThanLessThanKeyIsACategory()
    {
        // Only a plain (or !!merge) '<<' is a merge key.
        var dictionary = QuantedaDictionaryReader.Read("\"<<\": [x]\n", "q.yml");

        Assert.Equal(["<<"], dictionary.Categories.Select(c => c.Name));
    }

    [Fact]
    public void AnEmptyNestedMappingIsACategoryWithoutPatterns()
    {
        var dictionary = QuantedaDictionaryReader.Read("a: {}\nb: [x]\nc:\n  d: {}\n", "e.yml");

        Assert.Equal(["a", "b", "c.d"], dictionary.Categories.Select(c => c.Name));
        Assert.Empty(dictionary.FindCategory("a")!.Patterns);
        Assert.Equal(new SourceLocation("e.yml", 4, 3), dictionary.FindCategory("c.d")!.Location);
    }

    [Fact]
    public void ThePatternsOfAnAliasAreAtTheAlias()
    {
        // The node tree gives an alias's node the anchor's positions; a category written 'alias: *A' is at line 2.
        var dictionary = QuantedaDictionaryReader.Read("anch: &A [delta, epsilon]\nalias: *A\n", "a.yml");

        Assert.Equal([(1, 11), (1, 18)], dictionary.FindCategory("anch")!.Patterns.Select(p => (p.Location.Line, p.Location.Column)));
        Assert.Equal([(2, 8), (2, 8)], dictionary.FindCategory("alias")!.Patterns.Select(p => (p.Location.Line, p.Location.Column)));
        Assert.Equal(new SourceLocation("a.yml", 2, 1), dictionary.FindCategory("alias")!.Location);
    }

    [Fact]
    public void RecordsTheLineAndColumnOfEveryPattern()
    {
        var dictionary = QuantedaDictionaryReader.Read(Nested, "dict.yml");
        var arabic = dictionary.FindCategory("armed.terror")!.Patterns[1];

        Assert.Equal("dict.yml", arabic.Location.File);
        Assert.Equal(4, arabic.Location.Line);
        Assert.Equal(5, arabic.Location.Column);
        Assert.Equal(2, dictionary.FindCategory("armed.terror")!.Location.Line);
    }

    [Fact]
    public void SkipsUnsupportedWildcardsWithAWarningAtTheirPlace()
    {
        var dictionary = QuantedaDictionaryReader.Read(Nested, "dict.yml");

        Assert.Equal(["rebel*", "ثوار"], dictionary.FindCategory("armed.opposition")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(3, dictionary.Warnings.Count);
        Assert.Equal([10, 11, 12], dictionary.Warnings.Select(w => w.Location.Line));
        Assert.StartsWith("dict.yml:10:5: ", dictionary.Warnings[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("'?'", dictionary.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("\"*ism\"", dictionary.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("\"free*dom\"", dictionary.Warnings[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsAByteOrderMarkAndCrLfAndCollapsesSpacesInPhrases()
    {
        var dictionary = QuantedaDictionaryReader.Read("\uFEFFa:\r\n  - \"armed   gangs\"\r\n  - b\r\n", "x.yml");

        Assert.Equal(["armed gangs", "b"], dictionary.FindCategory("a")!.Patterns.Select(p => p.Pattern));
        Assert.Equal(3, dictionary.FindCategory("a")!.Patterns[1].Location.Line);
    }

    [Fact]
    public void MalformedYamlIsAnErrorWithItsPlace()
    {
        var e = Assert.Throws<ImportException>(() => QuantedaDictionaryReader.Read("a:\n  - x\n b: [y\n", "bad.yml"));

        var error = Assert.Single(e.Errors);
        Assert.Equal("bad.yml", error.Location.File);
        Assert.True(error.Location.Line >= 2, error.ToString());
        Assert.StartsWith("invalid YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- a\n- b\n")]
    [InlineData("just text\n")]
    [InlineData("")]
    public void ADocumentThatIsNotAMappingIsAnError(string yaml)
    {
        var e = Assert.Throws<ImportException>(() => QuantedaDictionaryReader.Read(yaml, "list.yml"));

        Assert.Contains("must be a mapping", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
        Assert.StartsWith("list.yml:1:1: ", e.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADottedKeyThatClashesWithANestedOneIsAnError()
    {
        var e = Assert.Throws<ImportException>(() => QuantedaDictionaryReader.Read("a.b: [x]\na:\n  b: [y]\n", "d.yml"));

        var error = Assert.Single(e.Errors);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("duplicate category 'a.b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAFileAndReportsAMissingOne()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("d.yml", Bytes.Concat(Bytes.Bom, Bytes.Utf8("k:\n  - كلمة\n")));

        Assert.Equal(["كلمة"], QuantedaDictionaryReader.ReadFile(path).FindCategory("k")!.Patterns.Select(p => p.Pattern));
        var e = Assert.Throws<ImportException>(() => QuantedaDictionaryReader.ReadFile(dir.File("missing.yml")));
        Assert.Equal("no such file", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void AFileThatIsNotUtf8IsAnErrorAtTheBadByte()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("latin1.yml", Bytes.Concat(Bytes.Utf8("k:\n  - caf"), [0xE9], Bytes.Utf8("\n")));

        var e = Assert.Throws<ImportException>(() => QuantedaDictionaryReader.ReadFile(path));

        var error = Assert.Single(e.Errors);
        Assert.Equal((2, 8), (error.Location.Line, error.Location.Column));
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }
}
