using System.Text;
using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>Known leanings from a CSV table or a document field, and the sides they are compared on.</summary>
public sealed class KnownLeaningsTests
{
    private static KnownLeanings Read(string csv, string groupColumn = "outlet", string? corpus = null) =>
        KnownLeanings.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "known.csv", groupColumn, corpus);

    private static Document Doc(params (string Key, string Value)[] fields) =>
        new("d1", fields.ToDictionary(f => f.Key, f => f.Value), "text", new DocumentSource("c.jsonl", 1));

    private static Diagnostic Error(string csv, string groupColumn = "outlet", string? corpus = null) =>
        Assert.Throws<CorpusException>(() => Read(csv, groupColumn, corpus)).Error;

    [Fact]
    public void ReadsGroupAndLeaningAndIgnoresOtherColumns()
    {
        var known = Read("\uFEFFcountry,outlet,leaning,notes\nx,north-post,camp-a,\"founded 1990, daily\"\ny,south-star,camp-b,\n\nx,\"east, west\",wire,\n");
        Assert.Equal("camp-a", known.Groups["north-post"]);
        Assert.Equal("wire", known.Groups["east, west"]);
        Assert.Equal(3, known.Groups.Count);
        Assert.Equal(["camp-a", "camp-b", "wire"], known.DeclaredLeanings!.Order(StringComparer.Ordinal));
        Assert.Equal("camp-b", known.LeaningOf(Doc(), "south-star"));
        Assert.Null(known.LeaningOf(Doc(), "unknown-outlet"));
        Assert.Null(known.Field);
        Assert.Equal("known.csv", known.Source);
    }

    [Fact]
    public void TheGroupColumnIsTheGroupingFieldElseGroup()
    {
        Assert.Equal("camp-a", Read("source,leaning\nn,camp-a\n", "source").Groups["n"]);
        Assert.Equal("camp-a", Read("group,leaning\nn,camp-a\n", "source").Groups["n"]);
        var error = Error("outlet,leaning\nn,camp-a\n", "source");
        Assert.Equal((SourceLocation)new DocumentSource("known.csv", 1), error.Location);
        Assert.Equal("missing column \"source\" (the grouping field; or \"group\"; the file has \"outlet\", \"leaning\")", error.Message);
        Assert.Equal("missing column \"leaning\" (the file has \"outlet\", \"lean\")", Error("outlet,lean\nn,camp-a\n").Message);
    }

    [Theory]
    [InlineData("outlet,leaning\n")]
    [InlineData("outlet,leaning\n\n\n")]
    public void AHeaderWithoutRowsIsAnErrorAtTheHeader(string table)
    {
        var error = Error(table);
        Assert.Equal((SourceLocation)new DocumentSource("known.csv", 1), error.Location);
        Assert.Equal("no rows after the header: no group has a known leaning", error.Message);
    }

    [Fact]
    public void RowsOfOtherCorporaAreLeftOutWhenTheTableNamesThisOne()
    {
        const string Csv = "corpus,outlet,leaning\none.jsonl,shared-name,camp-a\ntwo.jsonl,shared-name,camp-b\ntwo.jsonl,other,wire\n";
        Assert.Equal("camp-a", Read(Csv, corpus: "one.jsonl").Groups["shared-name"]);
        Assert.Equal("camp-b", Read(Csv, corpus: "two.jsonl").Groups["shared-name"]);
        Assert.False(Read(Csv, corpus: "one.jsonl").Groups.ContainsKey("other"));

        // Every leaning the table names stays declared, so that a misspelt side can be told from an absent camp.
        Assert.Contains("wire", Read(Csv, corpus: "one.jsonl").DeclaredLeanings!);

        // A corpus the table does not name (renamed, say) uses every row, and the clash is an error.
        var clash = Error(Csv, corpus: "renamed.jsonl");
        Assert.Equal((SourceLocation)new DocumentSource("known.csv", 3), clash.Location);
        Assert.Equal("group 'shared-name' has leaning 'camp-b' here and 'camp-a' on line 2", clash.Message);
    }

    [Fact]
    public void BadRowsNameTheirLine()
    {
        var empty = Error("outlet,leaning\nn,camp-a\nm, \n");
        Assert.Equal(((SourceLocation)new DocumentSource("known.csv", 3), "empty field \"leaning\""), (empty.Location, empty.Message));
        var truncated = Error("outlet,leaning\nn,camp-a\nm\n");
        Assert.Equal(((SourceLocation)new DocumentSource("known.csv", 3), "expected 2 fields, found 1"), (truncated.Location, truncated.Message));
        Assert.Equal("missing header row", Error(string.Empty).Message);
        var missing = Assert.Throws<CorpusException>(() => KnownLeanings.Load(Path.Combine(Path.GetTempPath(), "no-such-known-" + Guid.NewGuid().ToString("N") + ".csv"))).Error;
        Assert.Equal("no such file or directory", missing.Message);
    }

    [Fact]
    public void AFieldGivesEachDocumentItsLeaning()
    {
        var known = KnownLeanings.FromField("leaning");
        Assert.Equal("camp-a", known.LeaningOf(Doc(("leaning", " camp-a ")), "any"));
        Assert.Null(known.LeaningOf(Doc(("leaning", "")), "any"));
        Assert.Null(known.LeaningOf(Doc(), "any"));
        Assert.Null(known.DeclaredLeanings);
        Assert.Equal("leaning", known.Field);
    }

    [Fact]
    public void InMemoryGroupsRefuseTwoLeanings()
    {
        var known = KnownLeanings.FromGroups([new("a", "x"), new("b", "y"), new("a", "x")]);
        Assert.Equal("x", known.Groups["a"]);
        Assert.Throws<ArgumentException>(() => KnownLeanings.FromGroups([new("a", "x"), new("a", "y")]));
    }

    [Fact]
    public void SidesAreDisjointListsOfLeanings()
    {
        var sides = SideSelection.Parse("pro , pro-lean", "anti,anti-gulf,anti");
        Assert.Equal(["pro", "pro-lean"], sides.SideA);
        Assert.Equal(["anti", "anti-gulf"], sides.SideB);
        Assert.Equal(KnownSide.A, sides.SideOf("pro-lean"));
        Assert.Equal(KnownSide.B, sides.SideOf("anti-gulf"));
        Assert.Null(sides.SideOf("wire"));
        Assert.Null(sides.SideOf(null));
        Assert.Null(sides.SideOf("PRO")); // ordinal, case-sensitive
        Assert.Equal([(KnownSide.A, "pro-lean"), (KnownSide.B, "anti-gulf")], sides.MissingFrom(["pro", "anti", "wire"]));
        Assert.Throws<ArgumentException>(() => SideSelection.Parse("pro", "anti,pro"));
        Assert.Throws<ArgumentException>(() => SideSelection.Parse(" , ", "anti"));

        // Before: a doubled or trailing comma was dropped silently (a leaning left out of the list went unnoticed).
        Assert.StartsWith("side A has an empty leaning (a doubled or trailing comma?)", Assert.Throws<ArgumentException>(() => SideSelection.Parse("pro,,wire", "anti")).Message, StringComparison.Ordinal);
        Assert.StartsWith("side B has an empty leaning", Assert.Throws<ArgumentException>(() => SideSelection.Parse("pro", "anti,")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHeaderIsReadWithoutSpacesAsTheCellsAre()
    {
        // Before: " outlet , leaning " was "missing column", though the cells below are read without their spaces.
        var known = Read(" outlet , leaning \nn , camp-a\n");
        Assert.Equal("camp-a", known.Groups["n"]);
        Assert.Equal("camp-a", Read("outlet,leaning,outlet \nn,camp-a,x\n").Groups["n"]); // a column named as written comes first
    }

    [Fact]
    public void ALeaningWithACommaIsReadAndSelectableInCode()
    {
        // The command line refuses one (its --side-a splits at commas); the library reads it, and a SideSelection made
        // from a list names it.
        var known = Read("outlet,leaning\nn,camp-a\nm,\"gov,left\"\n");
        Assert.Equal("gov,left", known.Groups["m"]);
        Assert.Equal(3, known.Lines!["m"]); // the lines are kept for messages
        Assert.Equal(KnownSide.A, new SideSelection(["gov,left"], ["camp-a"]).SideOf("gov,left"));
    }

    [Fact]
    public void ARowWithAnEmptyGroupNamesTheGroupColumn()
    {
        var error = Error("source,leaning\nn,camp-a\n ,camp-b\n", "source");
        Assert.Equal(((SourceLocation)new DocumentSource("known.csv", 3), "empty field \"source\""), (error.Location, error.Message));
    }

    [Fact]
    public void RowsWithAnEmptyCorpusCellServeEveryCorpus()
    {
        const string Csv = "corpus,outlet,leaning\none.jsonl,a,camp-a\n,b,camp-b\ntwo.jsonl,c,wire\n";
        var known = Read(Csv, corpus: "one.jsonl");
        Assert.Equal(["a", "b"], known.Groups.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoadingAFolderOrAnEmptyPathIsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("known-");
        try
        {
            var error = Assert.Throws<CorpusException>(() => KnownLeanings.Load(folder.FullName)).Error;
            Assert.Equal(((SourceLocation)new DocumentSource(folder.FullName, 0), "is a directory, not a file"), (error.Location, error.Message));
        }
        finally
        {
            folder.Delete();
        }

        Assert.Throws<ArgumentException>(() => KnownLeanings.Load(string.Empty));
    }

    [Fact]
    public void ReadRefusesMissingArguments()
    {
        Assert.Throws<ArgumentNullException>(() => KnownLeanings.Read(null!, "known.csv"));
        Assert.Throws<ArgumentNullException>(() => KnownLeanings.Read(new MemoryStream(Encoding.UTF8.GetBytes("outlet,leaning\nn,a\n")), null!));
        Assert.Throws<ArgumentException>(() => KnownLeanings.Read(new MemoryStream(Encoding.UTF8.GetBytes("outlet,leaning\nn,a\n")), "known.csv", string.Empty));
        Assert.Throws<ArgumentNullException>(() => KnownLeanings.FromGroups(null!));
        Assert.Throws<ArgumentException>(() => KnownLeanings.FromField(" "));
        var known = Read("outlet,leaning\nn,camp-a\n");
        Assert.Throws<ArgumentNullException>(() => known.LeaningOf(null!, "n"));
        Assert.Throws<ArgumentNullException>(() => KnownLeanings.FromField("leaning").LeaningOf(Doc(), null!));
    }

    [Fact]
    public void AFieldNamesItselfAsTheSource()
    {
        Assert.Equal("field 'leaning'", KnownLeanings.FromField("leaning").Source);
    }

    [Theory]
    [InlineData("", "x")]
    [InlineData("a", " ")]
    public void InMemoryGroupsRefuseAnEmptyGroupOrLeaning(string group, string leaning)
    {
        var ex = Assert.Throws<ArgumentException>(() => KnownLeanings.FromGroups([new(group, leaning)]));
        Assert.StartsWith("groups and leanings must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InMemoryGroupsSayWhichGroupHasTwoLeanings()
    {
        var ex = Assert.Throws<ArgumentException>(() => KnownLeanings.FromGroups([new("a", "x"), new("a", "y")]));
        Assert.StartsWith("group 'a' has two leanings, 'x' and 'y'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("north-post", "camp-a")]
    [InlineData(" north-post", "camp-a")]
    [InlineData("north-post ", "camp-a")]
    [InlineData(" north-post ", "camp-a")]
    [InlineData("", null)]
    [InlineData(" ", null)]
    [InlineData("south-star", null)]
    public void ACorpusGroupWithSpacesAroundItGetsTheLeaningOfItsNameWithout(string group, string? leaning)
    {
        var known = Read("outlet,leaning\nnorth-post,camp-a\n");
        Assert.Equal(leaning, known.LeaningOf(Doc(), group));
    }
}
