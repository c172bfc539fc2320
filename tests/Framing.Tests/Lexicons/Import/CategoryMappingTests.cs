using Framing.Lexicons;
using Framing.Lexicons.Import;
using Framing.Tests.Corpus;

namespace Framing.Tests.Lexicons.Import;

public sealed class CategoryMappingTests
{
    [Fact]
    public void ParsesRulesWithAndWithoutWeights()
    {
        var mapping = CategoryMapping.FromRules(["terrorism=armed-opposition/terrorism", " rebels = armed-opposition/opposition@0.5 ", "fighters=armed-opposition/neutral@1"], "--map");

        Assert.Equal(3, mapping.Rules.Count);
        Assert.Equal(new CategoryTarget("armed-opposition", "terrorism"), mapping.Rules[0].Target);
        Assert.Equal("rebels", mapping.Rules[1].Category);
        Assert.Equal(0.5m, mapping.Rules[1].Target.Weight);
        Assert.True(mapping.Rules[2].Target.IsNeutral);
        Assert.Equal(new SourceLocation("--map", 2, 1), mapping.Rules[1].Location);
        Assert.Equal("armed-opposition/opposition@0.5", mapping.Rules[1].Target.ToString());
    }

    [Fact]
    public void PoleAIsTheFirstPoleNamedForADimension()
    {
        var mapping = CategoryMapping.FromRules(["x=d/neutral", "a=d/second", "b=e/one", "c=d/first", "z=d/second"]);

        Assert.Equal(["d", "e"], mapping.Dimensions.Select(d => d.Id));
        var d = mapping.Dimensions[0];
        Assert.Equal(("second", "first", true), (d.PoleA, d.PoleB, d.HasNeutral));
        Assert.Equal(("one", (string?)null, false), (mapping.Dimensions[1].PoleA, mapping.Dimensions[1].PoleB, mapping.Dimensions[1].HasNeutral));
    }

    [Fact]
    public void CategoryNamesMayContainAtSignsSlashesAndEqualsSignsBeforeTheLastOne()
    {
        var mapping = CategoryMapping.FromRules(["ipron@Impersonal/Pronouns=d/p@0.25", "a=b=d/q"]);

        Assert.Equal("ipron@Impersonal/Pronouns", mapping.Rules[0].Category);
        Assert.Equal(0.25m, mapping.Rules[0].Target.Weight);
        Assert.Equal("a=b", mapping.Rules[1].Category);
    }

    [Fact]
    public void ARuleForAParentCoversItsChildrenUnlessTheyHaveTheirOwn()
    {
        var mapping = CategoryMapping.FromRules(["armed=d/a", "armed.neutral=d/neutral"]);

        Assert.Equal("armed", mapping.Resolve("armed.terror.extra")!.Category);
        Assert.Equal("armed.neutral", mapping.Resolve("armed.neutral")!.Category);
        Assert.Null(mapping.Resolve("armedx"));
        Assert.Null(mapping.Resolve("other.armed"));
    }

    [Theory]
    [InlineData("terrorism", "expected CATEGORY=DIMENSION/POLE", 1)]
    [InlineData("=d/p", "expected CATEGORY=DIMENSION/POLE", 1)]
    [InlineData("c=d", "expected DIMENSION/POLE", 3)]
    [InlineData("c=d/p/q", "expected DIMENSION/POLE", 3)]
    [InlineData("c=D/p", "dimension id 'D'", 3)]
    [InlineData("c=d/P ole", "pole id 'P ole'", 3)]
    [InlineData("c=d/p@x", "weight 'x' is not a number", 3)]
    [InlineData("c=d/p@0", "out of range", 3)]
    [InlineData("c=d/p@1.5", "out of range", 3)]
    [InlineData("c=d/p@0.1234", "more than three decimals", 3)]
    [InlineData("c=d/p@5e-4", "weight 0.0005 has more than three decimals", 3)]
    [InlineData("c=d/p@1e400", "weight 1e400 is out of range", 3)]
    public void MalformedRulesAreErrorsNamingTheRule(string rule, string message, int column)
    {
        var e = Assert.Throws<ImportException>(() => CategoryMapping.FromRules(["ok=d/p", rule], "--map"));

        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation("--map", 2, column), error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightsWithAnExponentAreReadAsTheLexiconReadsThem()
    {
        // A script that writes weights prints 5e-1 as readily as 0.5; the rules and the mapping file take both.
        var rules = CategoryMapping.FromRules(["a=d/x@5e-1", "b=d/y@1E0", "c=d/neutral@2.5e-1"], "--map");
        Assert.Equal([0.5m, 1m, 0.25m], rules.Rules.Select(r => r.Target.Weight!.Value));

        var file = CategoryMapping.Parse("categories:\n  a: { dimension: d, pole: x, weight: 5e-1 }\n  b: d/y@1E0\n", "map.yaml");
        Assert.Equal([0.5m, 1m], file.Rules.Select(r => r.Target.Weight!.Value));
    }

    [Fact]
    public void ACategoryMappedTwiceOrAThirdPoleIsAnError()
    {
        var e = Assert.Throws<ImportException>(() => CategoryMapping.FromRules(["a=d/x", "b=d/y", "a=d/x", "c=d/z"]));

        Assert.Equal(2, e.Errors.Count);
        Assert.Equal(3, e.Errors[0].Location.Line);
        Assert.Contains("mapped twice", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(4, e.Errors[1].Location.Line);
        Assert.Contains("third pole 'z'", e.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsesAYamlMappingFileWithDimensions()
    {
        const string yaml = """
            # which category goes where
            categories:
              terrorism: { dimension: armed-opposition, pole: terrorism, weight: 0.5 }
              rebels: armed-opposition/opposition
              "opposition.moderate": { dimension: armed-opposition, pole: opposition }
              fighters: { dimension: armed-opposition, pole: neutral }
            dimensions:
              armed-opposition: { a: opposition, b: terrorism, description: How armed opponents are named. }
            """;

        var mapping = CategoryMapping.Parse(yaml, "map.yaml");

        Assert.Equal(["terrorism", "rebels", "opposition.moderate", "fighters"], mapping.Rules.Select(r => r.Category));
        Assert.Equal(0.5m, mapping.Rules[0].Target.Weight);
        Assert.Null(mapping.Rules[1].Target.Weight);
        Assert.Equal(new SourceLocation("map.yaml", 3, 3), mapping.Rules[0].Location);
        var dimension = Assert.Single(mapping.Dimensions);
        Assert.Equal(("opposition", "terrorism", true, "How armed opponents are named."), (dimension.PoleA, dimension.PoleB, dimension.HasNeutral, dimension.Description));
    }

    [Fact]
    public void ParsesAJsonMappingFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("map.json", """
            {"categories": {"terrorism": {"dimension": "armed-opposition", "pole": "terrorism", "weight": 0.25},
                            "rebels": {"dimension": "armed-opposition", "pole": "opposition"}},
             "dimensions": {"armed-opposition": {"a": "terrorism", "b": "opposition"}}}
            """);

        var mapping = CategoryMapping.LoadFile(path);

        Assert.Equal(0.25m, mapping.Resolve("terrorism")!.Target.Weight);
        Assert.Equal("opposition", mapping.Resolve("rebels")!.Target.PoleId);
        Assert.Equal(("terrorism", "opposition"), (mapping.Dimensions[0].PoleA, mapping.Dimensions[0].PoleB));
    }

    [Fact]
    public void ReportsEveryProblemOfAMappingFileWithItsPlace()
    {
        const string yaml = """
            categories:
              a: { dimension: d, pole: x, weigth: 0.5 }
              b: { dimension: d }
              c: { dimension: d, pole: y, weight: 2 }
              e: d/Bad
              f: { dimension: d, pole: z }
            dimensions:
              d: { a: x, b: w }
            colour: blue
            """;

        var e = Assert.Throws<ImportException>(() => CategoryMapping.Parse(yaml, "m.yaml"));

        var lines = e.Errors.Select(x => x.Location.Line).ToArray();
        Assert.Equal([2, 3, 4, 5, 6, 9], lines);
        Assert.Contains("unknown field 'weigth'", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("has no 'pole'", e.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("out of range", e.Errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(39, e.Errors[2].Location.Column);
        Assert.Contains("pole id 'Bad'", e.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("third pole 'z'", e.Errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("unknown field 'colour'", e.Errors[5].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AThirdPoleAgainstExplicitDimensionsIsAnErrorAtTheRule()
    {
        var e = Assert.Throws<ImportException>(() => CategoryMapping.Parse("categories:\n  a: d/x\n  f: d/z\ndimensions:\n  d: { a: x, b: w }\n", "m.yaml"));

        var error = Assert.Single(e.Errors);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("third pole 'z'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Poles given for a dimension that no category names (a mistyped id) are an error at that dimension: otherwise the
    /// dimension the categories do name would take its poles in the order they come, perhaps the other way round.
    /// </summary>
    [Fact]
    public void PolesGivenForADimensionNoCategoryNamesAreAnError()
    {
        var e = Assert.Throws<ImportException>(() => CategoryMapping.Parse("categories:\n  terrorism: ao/t\n  rebels: ao/o\ndimensions:\n  oa: { a: o, b: t }\n", "m.yaml"));

        var error = Assert.Single(e.Errors);
        Assert.Equal(5, error.Location.Line);
        Assert.Equal("dimension 'oa' is given poles but no category maps to it (the categories map to: ao)", error.Message);
    }

    [Theory]
    [InlineData("categories: {}\n", "at least one category")]
    [InlineData("- a\n", "must be a mapping")]
    [InlineData("categories:\n  a: d/x\ndimensions:\n  d: { a: x, b: x }\n", "are both 'x'")]
    [InlineData("categories:\n  a: d/x\ndimensions:\n  d: { a: neutral }\n", "cannot be 'neutral'")]
    [InlineData("categories: [\n", "invalid YAML")]
    public void InvalidMappingFiles(string yaml, string message)
    {
        var e = Assert.Throws<ImportException>(() => CategoryMapping.Parse(yaml, "m.yaml"));

        Assert.Contains(message, e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("m.yaml", e.Errors[0].Location.File);
    }

    [Fact]
    public void AMissingMappingFileIsAnError()
    {
        using var dir = new TempDirectory();

        var e = Assert.Throws<ImportException>(() => CategoryMapping.LoadFile(dir.File("none.yaml")));

        Assert.Equal("no such file", Assert.Single(e.Errors).Message);
    }
}
