using Framing.Lexicons;
using Framing.Lexicons.Import;
using Framing.Scoring;
using Framing.Tests.Corpus;

namespace Framing.Tests.Lexicons.Import;

/// <summary>The public entry point of the import: files in, a lexicon and its report out, as the CLI's import does.</summary>
public sealed class LexiconImportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("terms.dic", LexiconImport.Liwc)]
    [InlineData("TERMS.DIC", LexiconImport.Liwc)]
    [InlineData("terms.yml", LexiconImport.Quanteda)]
    [InlineData("terms.YAML", LexiconImport.Quanteda)]
    [InlineData("terms.txt", null)]
    [InlineData("terms", null)]
    public void TellsTheFormatByTheExtension(string path, string? expected) => Assert.Equal(expected, LexiconImport.FormatOf(path));

    [Fact]
    public void AQuantedaFileWithRulesBecomesALexiconThatScores()
    {
        var path = _dir.Write("dict.yml", QuantedaDictionaryReaderTests.Nested);

        var result = LexiconImport.FromRules(path, ["armed.terror=armed-opposition/terrorism", "armed.opposition=armed-opposition/opposition@0.5"], new ImportMetadata("imported-test", ["ar", "en"]));

        Assert.Equal(path, result.SourceName);
        Assert.Equal(["armed.terror", "armed.opposition"], result.MappedCategories);
        Assert.Equal(result.MappedCategories.Count + result.SkippedCategories.Count, result.CategoryCount);
        Assert.True(result.SkippedCategories.Count > 0);
        var scored = result.Lexicon.Compile().CreateScorer().Score("d", "The terrorists attacked; rebels answered.");
        Assert.Equal(1, scored.Counts.Count(0, PoleSide.A));
        Assert.Equal(1, scored.Counts.Count(0, PoleSide.B));
        Assert.Equal(result.Lexicon.Entries.Count, Framing.Lexicons.Lexicon.Parse(result.Yaml, "imported-test.yaml").Entries.Count);
    }

    [Fact]
    public void ANeutralMappingOfACategoryTheDictionaryLacksIsAnErrorAndAnUnusedOneLeavesNoEmptyList()
    {
        // lexicons/README.md's mapping example maps 'fighters' to neutral: a dictionary without that category is an
        // error at the mapping's line (it was a warning, and a typo left a pole empty).
        var dictionary = _dir.Write("terms.yml", "terrorism:\n  - terrorists\nrebels:\n  - rebels\n");
        var mapping = _dir.Write("map.yaml", "categories:\n  terrorism: armed-opposition/terrorism\n  rebels: armed-opposition/opposition\n  fighters: { dimension: armed-opposition, pole: neutral }\n");

        var e = Assert.Throws<ImportException>(() => LexiconImport.FromFile(dictionary, mapping, new ImportMetadata("armed-terms", "en")));
        Assert.Equal($"{mapping}:4:3: category 'fighters' is not in terms.yml (categories: terrorism, rebels)", e.Message);

        // A neutral rule for a parent whose categories all have rules of their own maps nothing: the neutral section it
        // asks for is described as the empty poles are, not as "Imported categories: ."
        var nested = _dir.Write("nested.yml", "armed:\n  terrorism: [terrorists]\n  rebels: [rebels]\n");
        var parentMapping = _dir.Write("parent.yaml", "categories:\n  armed.terrorism: armed-opposition/terrorism\n  armed.rebels: armed-opposition/opposition\n  armed: { dimension: armed-opposition, pole: neutral }\n");

        var result = LexiconImport.FromFile(nested, parentMapping, new ImportMetadata("armed-terms", "en"));

        Assert.DoesNotContain("Imported categories: .", result.Yaml, StringComparison.Ordinal);
        Assert.Contains("    neutral:\n      description: \"No imported category maps to neutral: add entries by hand.\"\n", result.Yaml, StringComparison.Ordinal);
        Assert.Equal(2, Framing.Lexicons.Lexicon.Parse(result.Yaml, "armed-terms.yaml").Entries.Count);
    }

    [Fact]
    public void ALiwcFileWithAMappingFileIsImported()
    {
        var dictionary = _dir.Write("sample.dic", LiwcDictionaryReaderTests.Sample);
        var mapping = _dir.Write("map.yaml", "categories:\n  terror: armed-opposition/terrorism\n  opposition: { dimension: armed-opposition, pole: opposition, weight: 0.8 }\n");

        var result = LexiconImport.FromFile(dictionary, mapping, new ImportMetadata("liwc-test", "en"));

        Assert.Equal(3, result.CategoryCount);
        Assert.Equal(["neutral words"], result.SkippedCategories);
        Assert.Contains(result.Lexicon.Entries, e => e.Pattern == "armed gangs" && e.WeightMilli == 1000);
        Assert.Contains(result.Lexicon.Entries, e => e.Pattern == "free syrian army" && e.WeightMilli == 800);
    }

    [Fact]
    public void AnUnknownExtensionNeedsAFormat()
    {
        var path = _dir.Write("terms.txt", QuantedaDictionaryReaderTests.Nested);
        var metadata = new ImportMetadata("imported-test", "en");

        var error = Assert.Throws<ArgumentException>(() => LexiconImport.FromRules(path, ["armed.terror=armed-opposition/terrorism"], metadata));
        Assert.Contains("terms.txt", error.Message, StringComparison.Ordinal);

        var result = LexiconImport.FromRules(path, ["armed.terror=armed-opposition/terrorism"], metadata, LexiconImport.Quanteda);
        Assert.Equal(["armed.terror"], result.MappedCategories);
        Assert.Throws<ArgumentException>(() => LexiconImport.FromRules(path, ["armed.terror=armed-opposition/terrorism"], metadata, "spss"));
    }

    [Fact]
    public void InvalidMetadataAndABadRuleAreRefusedBeforeAnythingIsImported()
    {
        var path = _dir.Write("dict.yml", QuantedaDictionaryReaderTests.Nested);

        var metadata = Assert.Throws<ArgumentException>(() => LexiconImport.FromRules(path, ["armed.terror=armed-opposition/terrorism"], new ImportMetadata("Not An Id", "en")));
        Assert.Equal("metadata", metadata.ParamName);

        var rule = Assert.Throws<ImportException>(() => LexiconImport.FromRules(path, ["armed.terror"], new ImportMetadata("imported-test", "en")));
        Assert.Contains(rule.Errors, e => e.Location.File == "rules");
    }
}
