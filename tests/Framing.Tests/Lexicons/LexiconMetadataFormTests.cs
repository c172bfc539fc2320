using Framing.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>
/// What an adversarial pass over the lexicon format found accepted or crashing: a version that is not a semantic version
/// and a licence that is not an SPDX expression (the format says both), a composite that lists a dimension twice (a
/// weight of 2 through the back door), and a context section or actor names in a language without an analysis (an
/// internal error, exit 3, instead of the error at the language).
/// </summary>
public sealed class LexiconMetadataFormTests
{
    private static readonly string ValidEntry = Entry("en", "rebels", "opposition", "rebel");

    [Theory]
    [InlineData("not a version")]
    [InlineData("one")]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.2.3")]
    [InlineData("1.0.0-")]
    [InlineData("1.0.0-01")]
    [InlineData("1.0.0+")]
    public void AVersionThatIsNotSemanticIsAnError(string version) =>
        SingleError(Yaml(ValidEntry).Replace("version: 1.0.0", $"version: \"{version}\"", StringComparison.Ordinal), 2, 10, $"version '{version}' is not a semantic version such as 1.0.0 (MAJOR.MINOR.PATCH)");

    [Theory]
    [InlineData("0.0.0")]
    [InlineData("2.2.0")]
    [InlineData("10.20.30")]
    [InlineData("1.0.0-rc.1")]
    [InlineData("1.0.0-alpha-2.0")]
    [InlineData("1.0.0+20261206.sha-5114f85")]
    public void SemanticVersionsAreAccepted(string version) =>
        Assert.Equal(version, Parse(Yaml(ValidEntry).Replace("version: 1.0.0", $"version: {version}", StringComparison.Ordinal)).Metadata.Version);

    [Theory]
    [InlineData("all rights reserved, maybe")]
    [InlineData("CC BY 4.0")]
    [InlineData("MIT OR")]
    [InlineData("(MIT")]
    [InlineData("MIT AND AND Apache-2.0")]
    [InlineData("WITH Classpath-exception-2.0")]
    [InlineData("MIT,Apache-2.0")]
    public void ALicenceThatIsNotAnSpdxExpressionIsAnError(string license) =>
        SingleError(Yaml(ValidEntry).Replace("license: CC0-1.0", $"license: \"{license}\"", StringComparison.Ordinal), 5, 10, $"license '{license}' is not an SPDX license identifier or expression such as CC-BY-4.0, MIT OR Apache-2.0, or LicenseRef-NAME");

    [Theory]
    [InlineData("CC-BY-4.0")]
    [InlineData("MIT OR Apache-2.0")]
    [InlineData("(MIT OR Apache-2.0) AND CC0-1.0")]
    [InlineData("GPL-2.0-or-later WITH Classpath-exception-2.0")]
    [InlineData("GPL-2.0+")]
    [InlineData("LicenseRef-newsroom-internal")]
    [InlineData("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2")]
    [InlineData("NOASSERTION")]
    public void SpdxExpressionsAreAccepted(string license) =>
        Assert.Equal(license, Parse(Yaml(ValidEntry).Replace("license: CC0-1.0", $"license: \"{license}\"", StringComparison.Ordinal)).Metadata.License);

    [Fact]
    public void EveryBuiltInLexiconHasASemanticVersionAndAnSpdxLicence()
    {
        foreach (var id in new[] { "starter", "syria-conflict", "immigration", "russia-ukraine" })
        {
            var lexicon = Lexicon.Load(id);
            Assert.Matches(@"^\d+\.\d+\.\d+$", lexicon.Metadata.Version);
            Assert.Equal("CC-BY-4.0", lexicon.Metadata.License);
        }
    }

    [Fact]
    public void ACompositeThatListsADimensionTwiceIsAnError()
    {
        // Line 20 "composites:", 21 "- id: both", 22 description, 23 "components:", 24 and 25 the components.
        var composite = "composites:\n  - id: both\n    description: Twice.\n    components:\n      - { dimension: forces, sign: 1 }\n      - { dimension: forces, sign: 1 }\n";
        SingleError(YamlWith("[ar, en]", composite, ValidEntry), 25, 22, "dimension 'forces' is listed twice in composite 'both'; a component has a sign, not a weight");
    }

    [Theory]
    [InlineData("negation:\n  fr: { window: 2, words: [pas] }\n")]
    [InlineData("speech:\n  fr: { cues: [dit] }\n")]
    [InlineData("actors:\n  - { id: opposition-front, names: { fr: [opposition] } }\n")]
    public void ASectionInALanguageWithoutAnAnalysisGivesTheLanguagesErrorNotACrash(string section)
    {
        // Before, an ArgumentException ("unknown language 'fr'") escaped the reader: 'framing lexicons validate' exit 3.
        var yaml = YamlWith("[en, fr]", section, ValidEntry);

        var errors = Errors(yaml);

        Assert.Contains(errors, e => e.Location.Line == 7 && e.Message.StartsWith("unsupported language 'fr'", StringComparison.Ordinal));
    }
}
