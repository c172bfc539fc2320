using Framing.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>
/// Every loader error, with its exact file:line:column. Entries are written by <see cref="TestLexicon.Entry"/>:
/// <c>  - { lang: xx, pattern: "P", dimension: D, pole: Q, weight: W, note: "test", exclude: X }</c>, so on an entry
/// line the '{' is column 5, the lang value column 13, the pattern's opening quote column 26, the dimension value
/// column 41 + len(P), the pole value column 49 + len(P) + len(D) and the weight value column 59 + len(P) + len(D) + len(Q).
/// </summary>
public sealed class LexiconLoaderErrorTests
{
    private const string TopKeys = "id, version, title, description, license, authors, citation, languages, analysis, dimensions, composites, entries, actors, speech, negation, target-links, scare-markers, scope, validation";
    private const string EntryKeys = "lang, pattern, dimension, pole, weight, note, examples, exclude, target, target-default";

    private static readonly string ValidEntry = Entry("en", "rebels", "opposition", "rebel");

    private static Diagnostic Err(int line, int column, string message) => new(new SourceLocation(SourceName, line, column), message);

    private static string WithoutLine(string yaml, string startsWith) =>
        string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith(startsWith, StringComparison.Ordinal)));

    [Fact]
    public void ValidLexiconLoadsWithEverything()
    {
        var lexicon = ParseEntries(
            Entry("en", "rebel*", "opposition", "rebel", weight: "0.8"),
            Entry("en", "regime", "forces", "regime", exclude: "[regime change, sanctions regime]"),
            Entry("ar", "مقاتلين", "forces", "neutral", weight: "0.125"));

        Assert.Equal("test", lexicon.Id);
        Assert.Equal(SourceName, lexicon.SourceName);
        Assert.Equal(["ar", "en"], lexicon.Metadata.Languages);
        Assert.Equal(["Tester"], lexicon.Metadata.Authors);
        Assert.Null(lexicon.Metadata.Citation);
        Assert.Equal(["forces", "opposition"], lexicon.Dimensions.Select(d => d.Id));
        Assert.NotNull(lexicon.Dimensions[0].Neutral);
        Assert.Null(lexicon.Dimensions[1].Neutral);
        Assert.Equal("regime", lexicon.Dimensions[0].PoleB.Id);
        Assert.Empty(lexicon.Composites);

        Assert.Equal(3, lexicon.Entries.Count);
        var rebel = lexicon.Entries[0];
        Assert.Equal("rebel*", rebel.Pattern);
        Assert.Equal(PoleSide.B, rebel.Side);
        Assert.Equal(800, rebel.WeightMilli);
        Assert.Equal(0.8, rebel.Weight);
        Assert.Equal(new SourceLocation(SourceName, 21, 5), rebel.Location);

        var regime = lexicon.Entries[1];
        Assert.Equal(1000, regime.WeightMilli); // default weight 1
        Assert.Equal(["regime change", "sanctions regime"], regime.Exclusions);
        Assert.Equal(new SourceLocation(SourceName, 22, 5), regime.Location);

        Assert.Equal(PoleSide.Neutral, lexicon.Entries[2].Side);
        Assert.Equal(125, lexicon.Entries[2].WeightMilli);
    }

    [Theory]
    [InlineData("1", 1000)]
    [InlineData("1.0", 1000)]
    [InlineData("1.000", 1000)]
    [InlineData("0.5", 500)]
    [InlineData(".5", 500)]
    [InlineData("0.001", 1)]
    [InlineData("0.999", 999)]
    [InlineData("\"0.25\"", 250)]
    [InlineData("5e-1", 500)]      // as a script writes it: every invariant floating form is a weight
    [InlineData("1E0", 1000)]
    [InlineData("2.5E-1", 250)]
    [InlineData("1e-3", 1)]
    [InlineData("+0.5", 500)]
    public void ValidWeightsAreKeptInThousandths(string weight, int milli)
    {
        var lexicon = ParseEntries(Entry("en", "rebels", "opposition", "rebel", weight: weight));
        Assert.Equal(milli, Assert.Single(lexicon.Entries).WeightMilli);
    }

    // ------------------------------------------------------------------ YAML and structure

    [Fact]
    public void InvalidYamlSyntaxIsReportedWhereTheParserStopped() =>
        // Line 3 "title: a: b": the second ':' (column 9) is a mapping indicator where no mapping may start.
        SingleError("id: test\nversion: 1.0.0\ntitle: a: b\n", 3, 9, "invalid YAML: While scanning a plain scalar value, found invalid mapping.");

    [Fact]
    public void ATabIndentingALineIsReportedAtThatLine() =>
        // The tab starts line 3; YamlDotNet's exception starts at the mapping (1:1), so the place is where it ends.
        SingleError("id: test\nversion:\n\t- 1.0.0\n", 3, 1, "invalid YAML: While scanning a mapping, found invalid tab as indentation.");

    [Fact]
    public void UnclosedQuoteIsInvalidYaml() =>
        // The quoted scalar that never ends starts at line 2, column 10.
        SingleError("id: test\nversion: '1.0.0\n", 2, 10, "invalid YAML: While scanning a quoted scalar, found unexpected end of stream.");

    [Fact]
    public void UnclosedFlowMappingInAnEntryIsALexiconErrorNotACrash() =>
        // The entry on line 21 never closes its '{'; the parser gives up at the '-' of line 22 (column 3), which is
        // indented less than the flow mapping's content. YamlDotNet throws a bare InvalidOperationException here.
        SingleError(
            Yaml("  - { lang: en, pattern: rebels, dimension: opposition", ValidEntry),
            22,
            3,
            "invalid YAML: a '{' or '[' is not closed, or a line inside it is not indented enough");

    [Fact]
    public void UnclosedFlowSequenceIsALexiconErrorNotACrash() =>
        SingleError("id: [test\nversion: 1.0.0\n", 2, 1, "invalid YAML: a '{' or '[' is not closed, or a line inside it is not indented enough");

    [Fact]
    public void DuplicateKeyIsALexiconErrorNotACrash()
    {
        // The second 'lang' key of the entry on line 21 starts at column 17.
        var yaml = Yaml("  - { lang: en, lang: ar, pattern: rebels, dimension: opposition, pole: rebel, note: n }");
        var error = Assert.Single(Errors(yaml));
        Assert.Equal(21, error.Location.Line);
        Assert.Equal(17, error.Location.Column);
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("- id: test\n")]
    [InlineData("just text\n")]
    public void NonMappingDocumentIsRejectedAtTheStart(string yaml) =>
        SingleError(yaml, 1, 1, "a lexicon file must be a YAML mapping with id, version, dimensions and entries");

    [Theory]
    [InlineData("id: ", "id")]
    [InlineData("version: ", "version")]
    [InlineData("title: ", "title")]
    [InlineData("description: ", "description")]
    [InlineData("license: ", "license")]
    public void MissingRequiredTextFieldIsReportedOnTheLexicon(string line, string field) =>
        // Without the line, the root mapping starts with its first remaining key at 1:1.
        SingleError(WithoutLine(Yaml(ValidEntry), line), 1, 1, $"the lexicon has no '{field}'");

    [Fact]
    public void EmptyRequiredTextFieldIsReportedOnTheValue() =>
        // Line 3 "title: ''": the value starts at column 8.
        SingleError(Yaml(ValidEntry).Replace("title: Test lexicon", "title: ''", StringComparison.Ordinal), 3, 8, "'title' of the lexicon is empty");

    [Fact]
    public void MissingAuthors() =>
        SingleError(WithoutLine(Yaml(ValidEntry), "authors: "), 1, 1, "the lexicon needs at least one author in 'authors'");

    [Fact]
    public void EmptyAuthorsIsReportedOnTheList() =>
        // Line 6 "authors: []": the list starts at column 10.
        SingleError(Yaml(ValidEntry).Replace("authors: [Tester]", "authors: []", StringComparison.Ordinal), 6, 10, "the lexicon needs at least one author in 'authors'");

    [Fact]
    public void MissingLanguagesAlsoRejectsEveryEntryLanguage()
    {
        // Without line 7 the entry moves to line 20; its lang value is column 13.
        var errors = Errors(WithoutLine(Yaml(ValidEntry), "languages: "));
        Assert.Equal(
            [
                Err(1, 1, "the lexicon needs at least one language in 'languages'"),
                Err(20, 13, "language 'en' is not in the lexicon's languages ()"),
            ],
            errors);
    }

    [Fact]
    public void MissingDimensionsIsOneErrorNotOnePerEntry()
    {
        // Without lines 8-19, "entries:" is line 8 and the entry line 9: its dimension is not also reported unknown.
        var yaml = string.Join('\n', Yaml(ValidEntry).Split('\n').Where((_, i) => i < 7 || i >= 19));
        Assert.Equal([Err(1, 1, "the lexicon needs at least one dimension in 'dimensions'")], Errors(yaml));
    }

    [Fact]
    public void AMisspeltTopLevelKeyIsTheOneErrorAndNeverSaysKnownNothing()
    {
        // Line 8 "dimensions:" misspelt: the lexicon has no dimension, and that is all the typo's doing.
        var yaml = Yaml(ValidEntry).Replace("\ndimensions:", "\ndimensons:", StringComparison.Ordinal);
        Assert.Equal([Err(8, 1, "unknown field 'dimensons' (did you mean 'dimensions'?)")], Errors(yaml));
        Assert.DoesNotContain("(known: )", Assert.Throws<LexiconException>(() => Parse(yaml)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltEntryFieldIsReportedAtItsLineInsteadOfTheMissingField()
    {
        // "  - { lang: en, pattern: "rebels", dimenson: opposition, ...": the key 'dimenson' is at column 41 + 6 - 11.
        var yaml = Yaml(Entry("en", "rebels", "opposition", "rebel").Replace("dimension:", "dimenson:", StringComparison.Ordinal));
        var error = Assert.Single(Errors(yaml));
        Assert.Equal(Err(21, 36, "unknown field 'dimenson' (did you mean 'dimension'?)"), error);
        Assert.Equal("test.yaml:21:36: unknown field 'dimenson' (did you mean 'dimension'?)", Assert.Throws<LexiconException>(() => Parse(yaml)).Message);
    }

    [Theory]
    [InlineData("Dimension", "dimension")] // case
    [InlineData("dimensino", "dimension")] // two letters swapped
    [InlineData("dimention", "dimension")]
    [InlineData("weigth", "weight")]
    [InlineData("exlcude", "exclude")]
    public void LikelyTyposOfEntryFieldsAreNamed(string typo, string meant)
    {
        Assert.Equal(meant, Spelling.Suggest(typo, EntryKeys.Split(", ")));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("dim")]
    [InlineData("polarity")]
    [InlineData("tag")]
    public void FarFetchedNamesAreNotGuessed(string name)
    {
        Assert.Null(Spelling.Suggest(name, EntryKeys.Split(", ")));
    }

    [Fact]
    public void AMisspeltFieldBesideTheRightOneIsNotGuessed()
    {
        // Both 'pole' and 'poel': the map has the key the typo is near, so the full list is shown.
        var yaml = Yaml("  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, poel: rebel, note: n }");
        Assert.Equal([Err(21, 70, $"unknown field 'poel' in an entry (expected one of: {EntryKeys})")], Errors(yaml));
    }

    [Fact]
    public void MissingEntries() =>
        SingleError(Header(), 1, 1, "the lexicon needs at least one entry in 'entries'");

    [Fact]
    public void EmptyEntriesListIsReportedOnTheList() =>
        // Line 20 "entries: []": the list starts at column 10.
        SingleError(Header() + "entries: []\n", 20, 10, "the lexicon needs at least one entry in 'entries'");

    [Fact]
    public void UnknownTopLevelField()
    {
        var yaml = Yaml(ValidEntry) + "licence: MIT\n"; // line 22
        SingleError(yaml, 22, 1, $"unknown field 'licence' in the lexicon (expected one of: {TopKeys})");
    }

    [Fact]
    public void MisspelledEntryFieldIsReportedInsteadOfTheMissingPattern()
    {
        // "  - { lang: en, patern: ..." : the mapping starts at column 5 and the key 'patern' at column 17.
        var yaml = Yaml("  - { lang: en, patern: rebels, dimension: opposition, pole: rebel, note: n }");
        Assert.Equal([Err(21, 17, "unknown field 'patern' (did you mean 'pattern'?)")], Errors(yaml));
    }

    [Fact]
    public void AMissingPatternIsStillReported()
    {
        var yaml = Yaml("  - { lang: en, dimension: opposition, pole: rebel, note: n }");
        Assert.Equal([Err(21, 5, "empty pattern")], Errors(yaml));
    }

    [Fact]
    public void MissingNoteIsReportedOnTheEntry() =>
        SingleError(Yaml("  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel }"), 21, 5, "the entry has no 'note'");

    [Fact]
    public void EntryThatIsNotAMapping() =>
        // Line 21 "  - rebels": the scalar starts at column 5.
        SingleError(Yaml("  - rebels"), 21, 5, "an entry must be a mapping");

    // ------------------------------------------------------------------ dimensions and poles

    [Fact]
    public void UnknownDimension() =>
        // Pattern "rebels" (6): dimension value at column 41 + 6.
        SingleError(Yaml(Entry("en", "rebels", "oppositoin", "rebel")), 21, 47, "unknown dimension 'oppositoin' (known: forces, opposition)");

    [Fact]
    public void UnknownPole() =>
        // Pattern "rebels" (6), dimension "opposition" (10): pole value at column 49 + 16.
        SingleError(Yaml(Entry("en", "rebels", "opposition", "rebels")), 21, 65, "unknown pole 'rebels' for dimension 'opposition' (expected terror or rebel)");

    [Fact]
    public void PoleOfAnotherDimensionIsUnknown() =>
        // Pattern "regime" (6), dimension "opposition" (10): pole value at column 65.
        SingleError(Yaml(Entry("en", "regime", "opposition", "regime")), 21, 65, "unknown pole 'regime' for dimension 'opposition' (expected terror or rebel)");

    [Fact]
    public void UnknownPoleOfADimensionWithNeutralCategoryOffersNeutral() =>
        // Pattern "regime" (6), dimension "forces" (6): pole value at column 49 + 12.
        SingleError(Yaml(Entry("en", "regime", "forces", "regim")), 21, 61, "unknown pole 'regim' for dimension 'forces' (expected state, regime or neutral)");

    [Fact]
    public void NeutralPoleOnADimensionWithoutNeutralCategory() =>
        SingleError(Yaml(Entry("en", "fighters", "opposition", "neutral")), 21, 67, "dimension 'opposition' has no neutral category; add 'neutral:' to the dimension");

    [Fact]
    public void NeutralPoleOnADimensionWithNeutralCategoryIsAccepted()
    {
        var lexicon = ParseEntries(Entry("en", "fighters", "forces", "neutral"));
        Assert.Equal(PoleSide.Neutral, Assert.Single(lexicon.Entries).Side);
    }

    [Fact]
    public void DuplicateDimensionId()
    {
        // Line 15 "  - id: opposition" becomes "  - id: forces": the id value is column 9.
        var yaml = Yaml(Entry("en", "regime", "forces", "regime")).Replace("  - id: opposition", "  - id: forces", StringComparison.Ordinal);
        SingleError(yaml, 15, 9, "duplicate dimension 'forces'");
    }

    [Fact]
    public void ADimensionOrPoleErrorDoesNotCascadeIntoGarbledMessages()
    {
        // A duplicate dimension listed its id twice ("known: forces, forces"), and a pole without an id made every
        // other pole name of its dimension "unknown (expected terror or )".
        var yaml = Yaml(Entry("en", "regime", "force", "regime"), Entry("en", "rebels", "forces", "rebel"))
            .Replace("  - id: opposition", "  - id: forces", StringComparison.Ordinal)
            .Replace("b: { id: regime,", "b: { id: \"\",", StringComparison.Ordinal);

        Assert.Equal(
            [
                Err(13, 16, "'id' of pole b of 'forces' is empty"),
                Err(15, 9, "duplicate dimension 'forces'"),
                Err(21, 47, "unknown dimension 'force' (known: forces)"),
            ],
            Errors(yaml));
    }

    [Fact]
    public void AnEntryRepeatedThroughAnAliasIsADuplicateAtTheAlias()
    {
        // The duplicate was reported at the anchor, as "already ... at line 21" on line 21, and the anchor's own errors
        // were repeated at its place.
        var valid = Yaml("  - &e { lang: en, pattern: regime, dimension: forces, pole: regime, note: n }", "  - *e");
        Assert.Equal([Err(22, 5, "duplicate entry: pattern \"regime\" (en) is already in dimension 'forces' at line 21")], Errors(valid));

        var invalid = Yaml("  - &e { lang: en, pattern: regime, dimension: forces, pole: regime, weight: 2, note: n }", "  - x", "  - *e");
        Assert.Equal(
            [
                Err(21, 78, "weight 2 is out of range: it must be in (0, 1] (in the node anchored &e, which the alias at line 23, column 5 repeats)"),
                Err(22, 5, "an entry must be a mapping"),
                Err(23, 5, "duplicate entry: it repeats the entry at line 21"),
            ],
            Errors(invalid));
    }

    [Fact]
    public void PoleIdNeutralIsReserved() =>
        // Line 18 "      a: { id: neutral, ...": the id value starts at column 16.
        SingleError(
            Yaml(ValidEntry).Replace("id: terror", "id: neutral", StringComparison.Ordinal),
            18,
            16,
            "'neutral' is reserved for the neutral category and cannot be a pole id");

    [Theory]
    [InlineData("my_lexicon")]
    [InlineData("my.lexicon")]
    [InlineData("..")]
    [InlineData("Test")]
    [InlineData("-test")]
    [InlineData("test-")]
    [InlineData("tést")]
    public void LexiconIdMustUseLowerCaseLettersDigitsAndHyphens(string id) =>
        // Line 1 "id: ...": the value starts at column 5.
        SingleError(Yaml(ValidEntry).Replace("id: test\n", $"id: \"{id}\"\n", StringComparison.Ordinal), 1, 5, $"lexicon id '{id}' must use lower-case letters, digits and '-'");

    [Theory]
    [InlineData("starter")]
    [InlineData("syria-2026")]
    [InlineData("a")]
    public void ValidLexiconIds(string id) =>
        Assert.Equal(id, Parse(Yaml(ValidEntry).Replace("id: test\n", $"id: {id}\n", StringComparison.Ordinal)).Id);

    [Fact]
    public void DimensionIdMustUseLowerCaseLettersDigitsAndHyphens() =>
        // Line 9 "  - id: forces" becomes "  - id: armed_forces": the value is column 9. No entry uses that dimension.
        SingleError(
            Yaml(ValidEntry).Replace("  - id: forces", "  - id: armed_forces", StringComparison.Ordinal),
            9,
            9,
            "dimension id 'armed_forces' must use lower-case letters, digits and '-'");

    [Fact]
    public void PoleIdMustUseLowerCaseLettersDigitsAndHyphens() =>
        // Line 19 "      b: { id: rebel, ...": the id value is column 16.
        SingleError(
            Yaml(Entry("en", "gunmen", "opposition", "terror")).Replace("id: rebel,", "id: Rebel,", StringComparison.Ordinal),
            19,
            16,
            "pole id 'Rebel' must use lower-case letters, digits and '-'");

    // ------------------------------------------------------------------ composites

    private static string WithComposite(string components) =>
        YamlWith(
            "[ar, en]",
            "composites:\n" +                     // 20
            "  - id: combo\n" +                   // 21
            "    description: Combined.\n" +      // 22
            "    components:\n" +                 // 23
            components,                           // 24...
            ValidEntry);

    [Fact]
    public void ValidCompositeLoads()
    {
        var lexicon = Parse(WithComposite(
            "      - { dimension: forces, sign: 1 }\n" +
            "      - { dimension: opposition, sign: -1 }\n"));
        var composite = Assert.Single(lexicon.Composites);
        Assert.Equal("combo", composite.Id);
        Assert.Equal([new CompositeComponent("forces", 1), new CompositeComponent("opposition", -1)], composite.Components);
    }

    [Theory]
    [InlineData("Combo")]
    [InlineData("x=0.5")]
    [InlineData("\"Comp One, red\"")]
    [InlineData("\"red\\e[31m\"")] // ESC, which went raw into every score table's dimension column
    [InlineData("-combo")]
    public void CompositeIdMustBeAnIdentifierLikeADimensionsId(string id)
    {
        // The id was only checked for uniqueness: "x=0.5" clashed with --fail-under ID=X, and spaces, capitals and
        // control characters went into every score, compare and validate table.
        var errors = Errors(WithComposite("      - { dimension: forces, sign: 1 }\n").Replace("  - id: combo\n", $"  - id: {id}\n", StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.Equal((21, 9), (error.Location.Line, error.Location.Column));
        Assert.Matches("^composite id '.+' must use lower-case letters, digits and '-'$", error.Message);
        Assert.DoesNotContain(error.Message, char.IsControl); // ESC is shown as \u001B, not sent to the terminal
    }

    [Fact]
    public void CompositeWithUnknownDimensionAndBadSign()
    {
        // Line 25 "      - { dimension: nope, ...": the value is column 22.
        // Line 26 "      - { dimension: opposition, sign: 2 }": the sign value is column 40.
        var yaml = WithComposite(
            "      - { dimension: forces, sign: 1 }\n" +
            "      - { dimension: nope, sign: 1 }\n" +
            "      - { dimension: opposition, sign: 2 }\n");
        Assert.Equal(
            [
                Err(25, 22, "unknown dimension 'nope' in composite 'combo'"),
                Err(26, 40, "sign must be 1 or -1, not '2'"),
            ],
            Errors(yaml));
    }

    [Fact]
    public void CompositeIdMayNotReuseADimensionId()
    {
        // Line 21 "  - id: forces": the id value is column 9.
        var yaml = WithComposite("      - { dimension: forces, sign: 1 }\n").Replace("  - id: combo", "  - id: forces", StringComparison.Ordinal);
        SingleError(yaml, 21, 9, "composite id 'forces' is already used by a dimension or composite");
    }

    // ------------------------------------------------------------------ entries

    [Fact]
    public void DuplicateEntryAfterArabicNormalizationNamesTheFirstLine()
    {
        // "الإرهابيين" and "الارهابيين" both normalize to "الارهابيين". The second pattern (line 22) starts at column 26.
        var yaml = Yaml(
            Entry("ar", "الإرهابيين", "opposition", "terror"),
            Entry("ar", "الارهابيين", "opposition", "terror", weight: "0.5"));
        SingleError(yaml, 22, 26, "duplicate entry: pattern \"الارهابيين\" (ar) is already in dimension 'opposition' at line 21");
    }

    [Fact]
    public void DuplicateEntryAfterCaseFoldingAndDiacriticsWithAnotherEntryBetween()
    {
        var yaml = Yaml(
            Entry("en", "Regime", "forces", "regime"),
            Entry("en", "rebels", "opposition", "rebel"),
            Entry("ar", "الإرهابِيّين", "opposition", "terror"),
            Entry("en", "regime", "forces", "regime", weight: "0.5"),
            Entry("ar", "الارهابيين", "opposition", "terror"));
        Assert.Equal(
            [
                Err(24, 26, "duplicate entry: pattern \"regime\" (en) is already in dimension 'forces' at line 21"),
                Err(25, 26, "duplicate entry: pattern \"الارهابيين\" (ar) is already in dimension 'opposition' at line 23"),
            ],
            Errors(yaml));
    }

    [Fact]
    public void SamePatternInAnotherDimensionOrLanguageOrAsPrefixIsNotADuplicate()
    {
        var lexicon = ParseEntries(
            Entry("en", "regime", "forces", "regime"),
            Entry("en", "regime", "opposition", "terror"),
            Entry("ar", "regime", "forces", "regime"),
            Entry("en", "regime*", "forces", "regime"));
        Assert.Equal(4, lexicon.Entries.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyPattern(string pattern) =>
        SingleError(Yaml(Entry("en", pattern, "opposition", "rebel")), 21, 26, "empty pattern");

    [Theory]
    [InlineData("takfiri\\0x", "0000")] // YAML's escape of U+0000: the tokenizer read it as a space, matching "takfiri x"
    [InlineData("terror\\x07ist", "0007")]
    [InlineData("regime\\x9B", "009B")]
    public void PatternWithAControlCharacter(string pattern, string code) =>
        SingleError(
            Yaml(Entry("en", pattern, "opposition", "terror")),
            21,
            26,
            $"pattern \"{pattern.Replace("\\0", "\\u0000", StringComparison.Ordinal).Replace("\\x", "\\u00", StringComparison.Ordinal)}\" holds the control character U+{code}: a pattern is words, spaces and '*'");

    [Theory]
    [InlineData("\u06E5\u06E6")] // small waw, small yeh: letters that the Quranic-mark rule removes
    public void PatternThatNormalizesToNothing(string pattern) =>
        SingleError(Yaml(Entry("ar", pattern, "opposition", "terror")), 21, 26, $"pattern \"{pattern}\" normalizes to nothing (word \"{pattern}\")");

    [Theory]
    [InlineData("en", "terr\u043Erists", "terr\u043Erists", "Latin", "Cyrillic")] // a Cyrillic о among Latin letters
    [InlineData("en", "rebels \u0391rmy", "\u0391rmy", "Greek", "Latin")]       // a Greek capital alpha
    [InlineData("ar", "\u0627\u0644isis", "\u0627\u0644isis", "Arabic", "Latin")]
    public void AWordMixingScriptsIsAnError(string lang, string pattern, string word, string first, string second)
    {
        // Before: accepted; a look-alike letter from another script makes a pattern that ordinary text never matches.
        SingleError(Yaml(Entry(lang, pattern, "opposition", "rebel")), 21, 26, $"pattern \"{pattern}\" mixes {first} and {second} letters in the word \"{word}\" (a look-alike letter typed in the wrong script?): it matches only that mixed spelling");
    }

    [Theory]
    [InlineData("en", "\u0442\u0435\u0440\u0440\u043E\u0440\u0438\u0441\u0442\u044B")] // Cyrillic alone
    [InlineData("en", "F-16s")]
    [InlineData("ar", "\u0627\u0641 16")]
    [InlineData("en", "\u00C9lys\u00E9e\u0301")]
    public void WordsOfOneScriptWithDigitsOrMarksAreFine(string lang, string pattern) =>
        Assert.Single(ParseEntries(Entry(lang, pattern, "opposition", "rebel")).Entries);

    [Theory]
    [InlineData("Rindfleischetikettierungsueberwachungsaufgabenuebertragungsgesetzes", "")]
    [InlineData("Rindfleischetikettierungsueberwachungsaufgabenuebertragungsgesetzes", "*")]
    public void AWordTooLongToBeMatchedIsAnError(string word, string star)
    {
        // Before: accepted, and never matched (a document's token longer than 64 characters is never matched).
        var pattern = "das " + word + star;
        SingleError(Yaml(Entry("en", pattern, "opposition", "rebel")), 21, 26, $"pattern \"{pattern}\" has a word of 67 characters (\"{word}\"): a word longer than 64 characters is never matched");
        Assert.Single(ParseEntries(Entry("en", word[..64] + star, "opposition", "rebel")).Entries);
    }

    [Fact]
    public void AVeryLongPatternIsShownClippedInItsError()
    {
        // Before, the message quoted the whole pattern and then the whole word: a pasted 200,000-letter word made one
        // error line of 400,000 characters. Now each is clipped to 80 characters and an ellipsis.
        var word = new string('g', 200_000);
        var pattern = "the " + word;
        SingleError(Yaml(Entry("en", pattern, "opposition", "rebel")), 21, 26, $"pattern \"{pattern[..80]}…\" has a word of 200000 characters (\"{word[..80]}…\"): a word longer than 64 characters is never matched");
    }

    [Theory]
    [InlineData("\u200C", "\\u200C")]          // a zero-width non-joiner alone
    [InlineData("\u200F\u2066", "\\u200F\\u2066")] // a bidi mark and an isolate
    public void InvisibleCharactersAreShownInMessages(string pattern, string shown)
    {
        // Before: the message quoted the invisible characters as they were, so it read 'pattern "" has no word in ""'.
        SingleError(Yaml(Entry("en", pattern, "opposition", "rebel")), 21, 26, $"pattern \"{shown}\" has no word in \"{shown}\"");
    }

    [Theory]
    [InlineData("\u064B\u064C")]     // fathatan, dammatan: only diacritics
    [InlineData("\u0640\u0640\u0640")] // only tatweel: a dash, not a word
    public void PatternOfTatweelOrDiacriticsOnlyHasNoWord(string pattern) =>
        SingleError(Yaml(Entry("ar", pattern, "opposition", "terror")), 21, 26, $"pattern \"{pattern}\" has no word in \"{pattern}\"");

    [Fact]
    public void PatternOfPunctuationOnlyHasNoWord() =>
        SingleError(Yaml(Entry("en", "...", "opposition", "rebel")), 21, 26, "pattern \"...\" has no word in \"...\"");

    [Theory]
    [InlineData("re*bel", "'*' may only end a word")]
    [InlineData("rebel**", "'*' may only end a word")]
    [InlineData("*rebel", "'*' may only end a word")]
    [InlineData("*", "a '*' needs a word before it")]
    [InlineData("a * b", "a '*' needs a word before it")]
    public void MisplacedStar(string pattern, string why) =>
        SingleError(Yaml(Entry("en", pattern, "opposition", "rebel")), 21, 26, $"misplaced '*' in \"{pattern}\": {why}");

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    public void AYamlNullIsAMissingValueNotItsText(string value)
    {
        // note: ~ was the note "~", title: null the title "null", authors: [null] the author "null", and pattern: null
        // an entry matching the word "null"; each is now the error of an empty value, at its place.
        var yaml = Yaml($"  - {{ lang: en, pattern: {value}, dimension: opposition, pole: rebel, note: {value} }}")
            .Replace("title: Test lexicon", $"title: {value}", StringComparison.Ordinal)
            .Replace("authors: [Tester]", $"authors: [Tester, {value}]", StringComparison.Ordinal)
            .Replace("a: { id: terror, label: Terror,", $"a: {{ id: terror, label: {value},", StringComparison.Ordinal);
        var lines = yaml.Split('\n');
        int Column(int line, string after) => lines[line - 1].IndexOf(after, StringComparison.Ordinal) + after.Length + 1;

        Assert.Equal(
            [
                Err(3, Column(3, "title: "), "'title' of the lexicon is empty"),
                Err(6, Column(6, "Tester, "), "items of 'authors' must be non-empty text"),
                Err(18, Column(18, "label: "), "'label' of pole a of 'opposition' is empty"),
                Err(21, Column(21, "pattern: "), "empty pattern"),
                Err(21, Column(21, "note: "), "'note' of the entry is empty"),
            ],
            Errors(yaml));
    }

    [Fact]
    public void AListOfOnlyNullsIsOneErrorAtTheItem()
    {
        // authors: [null] was also "needs at least one author" (likewise languages).
        var yaml = Yaml(Entry("en", "rebels", "opposition", "rebel")).Replace("authors: [Tester]", "authors: [null]", StringComparison.Ordinal);
        SingleError(yaml, 6, 11, "items of 'authors' must be non-empty text");
    }

    [Fact]
    public void AQuotedNullIsText()
    {
        var lexicon = ParseEntries("  - { lang: en, pattern: \"null\", dimension: opposition, pole: rebel, note: 'NULL' }");

        var entry = Assert.Single(lexicon.Entries);
        Assert.Equal(("null", "NULL"), (entry.Pattern, entry.Note));
    }

    [Theory]
    [InlineData("anti-*", "-", "anti")]          // was read as anti*: antibiotics, antiques, and the "anti" of "anti-war"
    [InlineData("anti–*", "–", "anti")]          // an en dash
    [InlineData("pro-war-*", "-", "pro-war")]
    [InlineData("war(*", "(", "war")]
    public void StarNotRightAfterALetterIsMisplaced(string pattern, string after, string prefix) =>
        SingleError(Yaml(Entry("en", pattern, "opposition", "rebel")), 21, 26,
            $"misplaced '*' in \"{pattern}\": it follows \"{after}\", where text is split into words, so it would be the prefix \"{prefix}*\"; a '*' must follow a letter or digit directly");

    [Fact]
    public void AHyphenatedPrefixWhoseStarFollowsALetterStaysValid()
    {
        var scorer = Scorer(Entry("en", "al-qaeda*", "opposition", "terror"), Entry("en", "1948*", "opposition", "rebel"));

        var counts = scorer.Score("en", "Al-Qaedas met. The 19480 votes. Antibiotics and alms.").Counts;
        Assert.Equal((1, 1), (counts.Count(1, PoleSide.A), counts.Count(1, PoleSide.B)));
    }

    [Theory]
    [InlineData("re?ime", "pattern \"re?ime\" never matches as written: \"?\" ends a sentence in text, and a phrase never spans two sentences")]
    [InlineData("rebels! now", "pattern \"rebels! now\" never matches as written: \"!\" ends a sentence in text, and a phrase never spans two sentences")]
    [InlineData("regime, forces", "pattern \"regime, forces\" never matches as written: a phrase never spans the \",\" between its words (a comma, semicolon, colon, parenthesis, bracket or dash)")]
    [InlineData("regime (forces)", "pattern \"regime (forces)\" never matches as written: a phrase never spans the \"(\" between its words (a comma, semicolon, colon, parenthesis, bracket or dash)")]
    [InlineData("regime \u2014 forces", "pattern \"regime \u2014 forces\" never matches as written: a phrase never spans the \"\u2014\" between its words (a comma, semicolon, colon, parenthesis, bracket or dash)")]
    public void APatternThatWouldNotBeOnePhraseInTextIsAnError(string pattern, string message) =>
        // These validated, and matched only other spellings ("re?ime" matched "re ime" and "re-ime", not "re?ime").
        SingleError(Yaml(Entry("en", pattern, "opposition", "rebel")), 21, 26, message);

    [Theory]
    [InlineData("U.S.-backed rebels")]
    [InlineData("al-Nusra")]
    [InlineData("\"rebels\"")]
    public void PatternsWhosePunctuationJoinsWordsAreOnePhrase(string pattern) =>
        Assert.Single(ParseEntries(Entry("en", pattern.Replace("\"", "\\\"", StringComparison.Ordinal), "opposition", "rebel")).Entries);

    [Fact]
    public void AnExclusionMaySpanACommaButNotASentence()
    {
        Assert.Single(ParseEntries(Entry("en", "Odessa", "opposition", "rebel", exclude: "[\"Odessa, Texas\"]")).Entries);
        Assert.Contains(Errors(Yaml(Entry("en", "Odessa", "opposition", "rebel", exclude: "[\"Odessa. Texas\"]"))), e => e.Message.Contains("ends a sentence in text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0", "weight 0 is out of range: it must be in (0, 1]")]
    [InlineData("0.000", "weight 0.000 is out of range: it must be in (0, 1]")]
    [InlineData("1.5", "weight 1.5 is out of range: it must be in (0, 1]")]
    [InlineData("1.001", "weight 1.001 is out of range: it must be in (0, 1]")]
    [InlineData("-1", "weight -1 is out of range: it must be in (0, 1]")]
    [InlineData("abc", "weight 'abc' is not a number")]
    [InlineData("\"0,5\"", "weight '0,5' is not a number")]
    [InlineData("1e400", "weight 1e400 is out of range: it must be in (0, 1]")]
    [InlineData("1.7976931348623157e308", "weight 1.7976931348623157e308 is out of range: it must be in (0, 1]")]
    [InlineData("1e1", "weight 1e1 is out of range: it must be in (0, 1]")]
    [InlineData("1e-4", "weight 1e-4 has more than three decimals")]
    [InlineData("5e", "weight '5e' is not a number")]
    [InlineData("[1]", "weight must be a number in (0, 1], not a list")]
    [InlineData("{a: 1}", "weight must be a number in (0, 1], not a mapping")]
    [InlineData("0.1234", "weight 0.1234 has more than three decimals")]
    [InlineData("0.0005", "weight 0.0005 has more than three decimals")]
    public void InvalidWeight(string weight, string message) =>
        // Pattern "rebels" (6), dimension "opposition" (10), pole "rebel" (5): weight value at column 59 + 21.
        SingleError(Yaml(Entry("en", "rebels", "opposition", "rebel", weight: weight)), 21, 80, message);

    [Fact]
    public void LanguageNotInTheLexiconsLanguages() =>
        SingleError(Yaml(Entry("fr", "rebelles", "opposition", "rebel")), 21, 13, "language 'fr' is not in the lexicon's languages (ar, en)");

    [Fact]
    public void UnsupportedLanguageIsReportedAtItsItem() =>
        // Line 7 "languages: [ar, en, fr]": the list starts at column 12, 'fr' at column 21 (it was reported at 12).
        SingleError(YamlWith("[ar, en, fr]", string.Empty, ValidEntry), 7, 21, "unsupported language 'fr' (supported: ar, en): declare how to analyze it, as in 'analysis: {fr: latin}' (latin, arabic-script, arabic)");

    [Theory]
    [InlineData("[ar, en, EN]", 21, "'EN' in 'languages' is not a language code: use 2 or 3 lower-case letters (ISO 639); write 'en'")]
    [InlineData("[ar, en, Ar]", 21, "'Ar' in 'languages' is not a language code: use 2 or 3 lower-case letters (ISO 639); write 'ar'")]
    [InlineData("[ar, en, FR]", 21, "'FR' in 'languages' is not a language code: use 2 or 3 lower-case letters (ISO 639)")]
    [InlineData("[ar, en, English]", 21, "'English' in 'languages' is not a language code: use 2 or 3 lower-case letters (ISO 639)")]
    [InlineData("[ar, en, en-US]", 21, "'en-US' in 'languages' is not a language code: use 2 or 3 lower-case letters (ISO 639)")]
    public void ALanguageThatIsNoCodeIsSaidSoAtItsItem(string languages, int column, string message) =>
        // 'EN' was "unsupported language 'EN' … declare how to analyze it, as in 'analysis: {EN: latin}'", which is an
        // error too ("'EN' in 'analysis' is not a language code"), and at the start of the list.
        SingleError(YamlWith(languages, string.Empty, ValidEntry), 7, column, message);

    [Fact]
    public void ExclusionThatDoesNotContainThePatternIsReportedAtTheExclusion()
    {
        // Pattern "regime" (6), dimension "forces" (6), pole "regime" (6), no weight:
        // the pole value is columns 61-66, then ', note: "test", exclude: ' (25 characters), so '[' is column 92, and
        // "regime change, " (15 characters) puts the bad exclusion at column 108, not at the start of the list.
        var yaml = Yaml(Entry("en", "regime", "forces", "regime", exclude: "[regime change, sanctions regimes]"));
        SingleError(yaml, 21, 108, "exclusion \"sanctions regimes\" does not contain the entry's pattern \"regime\"");
    }

    [Fact]
    public void EachExclusionErrorIsAtItsOwnItem()
    {
        // A block list: each error on the line of its item (column 9, after "      - "), none at the 'exclude' key.
        var yaml = Yaml(
            "  - lang: en\n    pattern: regime\n    dimension: forces\n    pole: regime\n    note: test\n    exclude:\n" +
            "      - regime change\n      - Regime\n      - \"regime. change\"\n      - the ruling party");
        var errors = Errors(yaml);
        Assert.Equal([(28, 9), (29, 9), (30, 9)], errors.Select(e => (e.Location.Line, e.Location.Column)));
        Assert.StartsWith("exclusion \"Regime\" is the entry's pattern", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("exclusion \"regime. change\": ", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("exclusion \"the ruling party\" does not contain the entry's pattern \"regime\"", errors[2].Message);
    }

    [Fact]
    public void ExclusionMustContainTheWholePhraseInOrder()
    {
        var yaml = Yaml(Entry("en", "regime forces", "forces", "regime", exclude: "[forces regime]"));
        var error = Assert.Single(Errors(yaml));
        Assert.Equal("exclusion \"forces regime\" does not contain the entry's pattern \"regime forces\"", error.Message);
    }

    [Fact]
    public void ExclusionThatIsThePatternItselfWouldExcludeEveryMatch()
    {
        // Before, the entry loaded and silently never matched. Arabic: «التركى» normalizes to the pattern «التركي».
        var english = Assert.Single(Errors(Yaml(Entry("en", "regime", "forces", "regime", exclude: "[Regime]"))));
        Assert.Equal("exclusion \"Regime\" is the entry's pattern \"regime\" itself: it would exclude every match (an exclusion names a longer phrase that contains the pattern)", english.Message);

        var arabic = Assert.Single(Errors(Yaml(Entry("ar", "النظام التركي", "forces", "regime", exclude: "[النظام التركى]"))));
        Assert.StartsWith("exclusion \"النظام التركى\" is the entry's pattern \"النظام التركي\" itself", arabic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArabicExclusionIsComparedAfterNormalization()
    {
        // "النظام التركى" (alef maksura) normalizes to "النظام التركي" and contains "النظام"; "نظام التركي" does not.
        var ok = ParseEntries(Entry("ar", "النظام", "forces", "regime", exclude: "[النظام التركى]"));
        Assert.Equal(["النظام التركى"], Assert.Single(ok.Entries).Exclusions);

        var error = Assert.Single(Errors(Yaml(Entry("ar", "النظام", "forces", "regime", exclude: "[نظام التركي]"))));
        Assert.Equal("exclusion \"نظام التركي\" does not contain the entry's pattern \"النظام\"", error.Message);
    }

    [Fact]
    public void SeveralErrorsAreReportedTogetherInFileOrder()
    {
        var yaml = Yaml(
            Entry("en", "rebels", "opposition", "rebel"),             // 21: fine
            Entry("en", "re*bel", "opposition", "rebel", weight: "2"), // 22: misplaced '*' (col 26), weight (col 59 + 6 + 10 + 5)
            Entry("en", "gunmen", "oppo", "terror"),                   // 23: unknown dimension (col 41 + 6)
            Entry("en", "Rebels", "opposition", "rebel"))              // 24: duplicate of line 21 (col 26)
            + "titel: x\n";                                            // 25: unknown top-level field
        var errors = Errors(yaml);
        var expected = new[]
        {
            Err(22, 26, "misplaced '*' in \"re*bel\": '*' may only end a word"),
            Err(22, 80, "weight 2 is out of range: it must be in (0, 1]"),
            Err(23, 47, "unknown dimension 'oppo' (known: forces, opposition)"),
            Err(24, 26, "duplicate entry: pattern \"rebels\" (en) is already in dimension 'opposition' at line 21"),
            Err(25, 1, $"unknown field 'titel' in the lexicon (expected one of: {TopKeys})"),
        };
        Assert.Equal(expected, errors);

        var e = Assert.Throws<LexiconException>(() => Parse(yaml));
        Assert.Equal("test.yaml:22:26: misplaced '*' in \"re*bel\": '*' may only end a word (and 4 more)", e.Message);
        Assert.Equal("test.yaml:22:80: weight 2 is out of range: it must be in (0, 1]", e.Errors[1].ToString());
    }
}
