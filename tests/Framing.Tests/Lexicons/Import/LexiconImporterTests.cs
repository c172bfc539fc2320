using Framing.Lexicons;
using Framing.Lexicons.Import;
using Framing.Scoring;
using YamlDotNet.RepresentationModel;

namespace Framing.Tests.Lexicons.Import;

public sealed class LexiconImporterTests
{
    private static readonly ImportMetadata ArabicAndEnglish = new("imported-test", ["ar", "en"]);

    private static LexiconImportResult ImportQuanteda(params string[] rules) =>
        new LexiconImporter().Import(
            QuantedaDictionaryReader.Read(QuantedaDictionaryReaderTests.Nested, "/data/dict.yml"),
            CategoryMapping.FromRules(rules, "--map"),
            ArabicAndEnglish);

    [Fact]
    public void QuantedaDictionaryRoundTripsToALexiconThatScoresArabicAndEnglish()
    {
        var result = ImportQuanteda("armed.terror=armed-opposition/terrorism", "armed.opposition=armed-opposition/opposition@0.5", "regime=government-forces/regime");

        var lexicon = Lexicon.Parse(result.Yaml, "imported-test.yaml");
        Assert.Equal("imported-test", lexicon.Id);
        Assert.Equal(["ar", "en"], lexicon.Metadata.Languages);
        Assert.Equal(["armed-opposition", "government-forces"], lexicon.Dimensions.Select(d => d.Id));
        Assert.Equal(("terrorism", "opposition"), (lexicon.Dimensions[0].PoleA.Id, lexicon.Dimensions[0].PoleB.Id));
        Assert.Equal(9, lexicon.Entries.Count);
        Assert.Equal(result.EntryCount, lexicon.Entries.Count);

        var compiled = lexicon.Compile();
        var scorer = compiled.CreateScorer();
        var armed = compiled.DimensionIndex["armed-opposition"];
        var en = scorer.Score("en", "The terrorists and armed gangs attacked the town; rebels answered.");
        Assert.Equal(2, en.Counts.Count(armed, PoleSide.A));
        Assert.Equal(1, en.Counts.Count(armed, PoleSide.B));
        Assert.Equal(500, en.Counts.WeightMilli(armed, PoleSide.B));

        var ar = scorer.Score("ar", "هاجم الإرهابيون والعصابات المسلحة مواقع الثوار في المدينة.");
        Assert.Equal("ar", ar.Language);
        Assert.Equal(2, ar.Counts.Count(armed, PoleSide.A));
        Assert.Equal(1, ar.Counts.Count(armed, PoleSide.B));

        var regime = compiled.DimensionIndex["government-forces"];
        Assert.Equal(2, scorer.Score("r", "The regime said regime forces advanced.").Counts.Count(regime, PoleSide.A));
    }

    [Fact]
    public void EntriesGetTheirLanguageByScriptAndANoteNamingTheFileAndCategory()
    {
        var lexicon = ImportQuanteda("armed.terror=armed-opposition/terrorism").Lexicon;

        Assert.Equal(["en", "ar", "en", "ar"], lexicon.Entries.Select(e => e.Language));
        Assert.Equal(["terrorist*", "إرهابي*", "armed gangs", "عصابات مسلحة"], lexicon.Entries.Select(e => e.Pattern));
        Assert.All(lexicon.Entries, e => Assert.Equal("imported from dict.yml category armed.terror", e.Note));
        Assert.All(lexicon.Entries, e => Assert.Equal(1000, e.WeightMilli));
    }

    [Fact]
    public void APatternWithoutLettersIsImportedForBothLanguagesUnlessItsDigitsAreArabic()
    {
        // "2011" and "١٩٤٨" were both imported as en: the Arabic-Indic digits never matched an Arabic text, and 2011
        // matched only English ones.
        var dictionary = QuantedaDictionaryReader.Read("c:\n  - \"2011\"\n  - \"١٩٤٨\"\n  - \"1,000\"\n  - war\n", "digits.yml");

        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["c=d/p"]), ArabicAndEnglish);

        Assert.Equal([("ar", "2011"), ("en", "2011"), ("ar", "١٩٤٨"), ("ar", "1,000"), ("en", "1,000"), ("en", "war")], result.Lexicon.Entries.Select(e => (e.Language, e.Pattern)));
        Assert.Equal(2, result.EveryLanguagePatternCount);
        Assert.Equal(["ar", "en"], ArabicAndEnglish.LanguagesOf("2011"));
        Assert.Equal("ar", ArabicAndEnglish.LanguageOf("١٩٤٨"));

        var scorer = result.Lexicon.Compile().CreateScorer();
        var d = result.Lexicon.Compile().DimensionIndex["d"];
        Assert.Equal(3, scorer.Score("ar", "في عام 2011 وفي عام ١٩٤٨ وعام ٢٠١١.").Counts.Count(d, PoleSide.A));
        Assert.Equal(2, scorer.Score("en", "In 2011, the war.").Counts.Count(d, PoleSide.A));

        // A duplicate is merged in each language; a letterless pattern that cannot be used is warned of once.
        var twice = QuantedaDictionaryReader.Read("c:\n  - \"2011\"\n  - \"2011\"\n  - \"%%\"\n", "d2.yml");
        var merged = new LexiconImporter().Import(twice, CategoryMapping.FromRules(["c=d/p"]), ArabicAndEnglish);
        Assert.Equal((2, 2, 1), (merged.EntryCount, merged.DuplicateCount, merged.InvalidPatternCount));
        var lines = merged.Warnings.Where(w => w.Location.File == "d2.yml").Select(w => w.ToString()).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("d2.yml:3:5: pattern \"2011\" of category 'c' merged as ar: imported as d/p from category 'c' (line 2), which comes first", lines[0]);
        Assert.Equal("d2.yml:3:5: pattern \"2011\" of category 'c' merged as en: imported as d/p from category 'c' (line 2), which comes first", lines[1]);
        Assert.StartsWith("d2.yml:4:5: pattern \"%%\" of category 'c' skipped: ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void WritesOneFlowStyleEntryPerLine()
    {
        var result = ImportQuanteda("armed.opposition=armed-opposition/opposition@0.5");

        var lines = result.Yaml.Split('\n');
        var entryLines = lines.SkipWhile(l => l != "entries:").Skip(1).Where(l => l.Length > 0).ToArray();
        Assert.Equal(2, entryLines.Length);
        Assert.Equal("  - { lang: en, pattern: \"rebel*\", dimension: armed-opposition, pole: opposition, weight: 0.5, note: \"imported from dict.yml category armed.opposition\" }", entryLines[0]);
        Assert.DoesNotContain('\r', result.Yaml);
    }

    [Fact]
    public void ReportsSkippedCategoriesAndNamesThemInTheFile()
    {
        var result = ImportQuanteda("armed.terror=armed-opposition/terrorism");

        Assert.Equal(["armed.terror"], result.MappedCategories);
        Assert.Equal(["armed.opposition", "regime", "regime.forces", "empty"], result.SkippedCategories);
        Assert.Contains("# Unmapped categories, not imported: armed.opposition, regime, regime.forces, empty\n", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void AParentRuleCoversNestedCategories()
    {
        var result = ImportQuanteda("armed=armed-opposition/terrorism", "armed.opposition=armed-opposition/opposition");

        Assert.Equal(["armed.terror", "armed.opposition"], result.MappedCategories);
        Assert.Equal(6, result.EntryCount);
    }

    [Fact]
    public void AOnePoledDimensionGetsAReportedPlaceholderPole()
    {
        var result = ImportQuanteda("regime=government-forces/regime");

        var dimension = Assert.Single(result.Lexicon.Dimensions);
        Assert.Equal(("regime", "pole-b"), (dimension.PoleA.Id, dimension.PoleB.Id));
        Assert.Contains(result.Warnings, w => w.Location.File == "--map" && w.Message.Contains("pole b 'pole-b' is a placeholder", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsTheReadersWarningsAndReportsUnusedRules()
    {
        // 'armed' covers nothing: each of its categories has a rule of its own.
        var result = ImportQuanteda("armed.terror=armed-opposition/terrorism", "armed.opposition=armed-opposition/opposition", "armed=armed-opposition/neutral");

        Assert.Equal(4, result.Warnings.Count);
        Assert.Equal(["--map", "/data/dict.yml", "/data/dict.yml", "/data/dict.yml"], result.Warnings.Select(w => w.Location.File));
        Assert.Equal("--map:3:1: the mapping of category 'armed' is unused: each of its categories has a mapping of its own", result.Warnings[0].Location + ": " + result.Warnings[0].Message);
    }

    [Fact]
    public void ARuleNamingACategoryTheDictionaryDoesNotHaveIsAnErrorWithTheLikelyCategory()
    {
        // 'negmo' (a typo of negemo) was a warning and exit 0, leaving pole 'negative' without entries.
        var dictionary = LiwcDictionaryReader.Read("%\n1\tposemo\n2\tnegemo\n%\nhappy\t1\nsad\t2\n", "emo.dic");

        var e = Assert.Throws<ImportException>(() => new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["posemo=affect/positive", "negmo=affect/negative", "nosuch=affect/negative"], "--map"), new ImportMetadata("emo", "en")));

        Assert.Equal(
            [
                "--map:2:1: category 'negmo' is not in emo.dic (did you mean 'negemo'?)",
                "--map:3:1: category 'nosuch' is not in emo.dic (categories: posemo, negemo)",
            ],
            e.Errors.Select(d => d.Location + ": " + d.Message));

        // A parent of nested categories is a name the dictionary has.
        Assert.Equal(6, ImportQuanteda("armed=armed-opposition/terrorism").EntryCount);
    }

    [Fact]
    public void AMappedCategoryWithoutPatternsIsWarnedAboutAtItsKey()
    {
        // 'pos:' with nothing after it and 'mid: []' are categories without a pattern: their pole gets nothing, which
        // the user must hear about (before, the import said "2 of 2 categories mapped" and nothing else).
        var dictionary = QuantedaDictionaryReader.Read("neg: [bad]\npos:\nmid: []\n", "d.yml");
        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["pos=d/a", "neg=d/b", "mid=d/neutral"]), new ImportMetadata("t", "en"));

        var empty = result.Warnings.Where(w => w.Message.Contains("has no patterns", StringComparison.Ordinal)).ToList();
        Assert.Equal(["d.yml:2:1: category 'pos' has no patterns: nothing was imported from it into d/a", "d.yml:3:1: category 'mid' has no patterns: nothing was imported from it into d/neutral"], empty.Select(w => w.Location + ": " + w.Message));
        Assert.Equal(1, result.EntryCount);
    }

    /// <summary>
    /// A pattern word ending in 's is read without it (the possessive): it's as it, let's as let, so the entry matches
    /// every "it" or "let". Imported, with a warning at the pattern, whatever the remainder is (only a stopword was
    /// warned of, so let's silently matched "Let them in"); a word that only ends in s is not warned about.
    /// </summary>
    [Fact]
    public void EveryApostropheSReadAsAnotherWordIsWarnedAboutAtThePattern()
    {
        var dictionary = QuantedaDictionaryReader.Read("cat:\n  - \"it's\"\n  - \"assad's\"\n  - \"that’s why\"\n  - rebels\n  - \"let's\"\n", "d.yml");
        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["cat=d/p"]), new ImportMetadata("t", "en"));

        var read = result.Warnings.Where(w => w.Message.Contains("is read as", StringComparison.Ordinal)).Select(w => w.Location + ": " + w.Message).ToList();
        Assert.Equal(
            [
                "d.yml:2:5: pattern \"it's\" of category 'cat': \"it's\" is read as \"it\" (an apostrophe and s are dropped, as from a possessive), so the entry matches every \"it\"; if it is a contraction, reword the pattern or remove the entry",
                "d.yml:3:5: pattern \"assad's\" of category 'cat': \"assad's\" is read as \"assad\" (an apostrophe and s are dropped, as from a possessive), so the entry matches every \"assad\"; if it is a contraction, reword the pattern or remove the entry",
                "d.yml:4:5: pattern \"that’s why\" of category 'cat': \"that’s\" is read as \"that\" (an apostrophe and s are dropped, as from a possessive), so the entry matches every \"that\"; if it is a contraction, reword the pattern or remove the entry",
                "d.yml:6:5: pattern \"let's\" of category 'cat': \"let's\" is read as \"let\" (an apostrophe and s are dropped, as from a possessive), so the entry matches every \"let\"; if it is a contraction, reword the pattern or remove the entry",
            ],
            read);
        Assert.Equal(5, result.EntryCount);

        // A lexicon file warns only of a stopword read so: its possessives are written on purpose.
        var validated = Lexicon.Parse(result.Yaml, "t.yaml").Warnings.Where(w => w.Message.Contains("is read as", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, validated.Count);
    }

    [Fact]
    public void AWordThatAZeroWidthSpaceSplitsIsWarnedAboutAtThePattern()
    {
        // A dictionary scraped from a web page: "terr" U+200B "orists" was imported silently as the phrase "terr orists".
        var dictionary = QuantedaDictionaryReader.Read("cat:\n  - \"terr\u200Borists\"\n", "d.yml");
        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["cat=d/p"]), new ImportMetadata("t", "en"));

        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("U+200B", StringComparison.Ordinal));
        Assert.Equal("d.yml:2:5: pattern \"terr\\u200Borists\" of category 'cat': U+200B ZERO WIDTH SPACE shows as nothing but separates words as a space does, so it is read as \"terr orists\" (2 words) and never matches \"terrorists\"; delete the character, or write a space if separate words are meant", warning.ToString());
    }

    [Fact]
    public void AnImportedEntryThatCanNeverCountIsWarnedAboutAtItsPattern()
    {
        // "rebellion*" (terr) after "rebel*" (opp) never wins a token: the import said "imported 4 entries" with no
        // warning, and only 'lexicons validate' of the result told.
        var dictionary = QuantedaDictionaryReader.Read("opp:\n  - rebel*\n  - fight*\nterr:\n  - rebellion*\n  - fighters\n", "shadow.yml");

        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["opp=d/opp", "terr=d/terr"]), new ImportMetadata("sh", "en"));

        Assert.Equal(4, result.EntryCount);
        Assert.Equal(
            [
                "shadow.yml:5:5: pattern \"rebellion*\" of category 'terr' never counts: every word it matches is also matched by \"rebel*\" of category 'opp' (line 2), which wins the tie (it comes first in the lexicon); remove it, or list it before that entry in the lexicon with a weight at least as high for it to count",
            ],
            result.Warnings.Where(w => w.Message.Contains("never counts", StringComparison.Ordinal)).Select(w => w.ToString()));
        Assert.Single(result.Lexicon.Warnings); // the lexicon's own check agrees

        // A higher weight wins the tie too; the same pole and weight count alike and are not warned of.
        var weighted = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["opp=d/opp", "terr=d/terr@0.5"]), new ImportMetadata("sh", "en"));
        Assert.Contains(weighted.Warnings, w => w.Message.Contains("which wins the tie (it has the higher weight)", StringComparison.Ordinal));
        var samePole = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["opp=d/opp", "terr=d/opp"]), new ImportMetadata("sh", "en"));
        Assert.DoesNotContain(samePole.Warnings, w => w.Message.Contains("never counts", StringComparison.Ordinal));
    }

    [Fact]
    public void APatternInTheOtherScriptThanItsLanguageIsWarnedAboutAsValidateWarns()
    {
        // 'threat: [داعش, ISIS]' imported with --language en said nothing, while 'lexicons validate' of the result warned
        // that the Arabic pattern matches only documents given as en (lexicons/README.md promises the import lists what
        // validate finds). Invented dictionary.
        var dictionary = QuantedaDictionaryReader.Read("threat: [داعش, ISIS]\n", "d.yml");

        var english = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["threat=d/t"]), new ImportMetadata("s", "en"));
        var arabic = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["threat=d/t"]), new ImportMetadata("s", "ar"));
        var both = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["threat=d/t"]), new ImportMetadata("s", ["ar", "en"]));

        Assert.Equal(
            ["d.yml:1:10: pattern \"داعش\" of category 'threat' is in Arabic script under 'lang: en', a language read as Latin script: it matches only documents given as en, without Arabic folding or clitics; give it an Arabic-script language (ar)"],
            english.Warnings.Where(w => w.Message.Contains("script", StringComparison.Ordinal)).Select(w => w.ToString()));
        Assert.Equal(
            ["d.yml:1:16: pattern \"ISIS\" of category 'threat' has no Arabic-script letter under 'lang: ar', a language read as Arabic script: it matches only inside documents read as ar, never a Latin-script document; give it a Latin-script language (such as en)"],
            arabic.Warnings.Where(w => w.Message.Contains("script", StringComparison.Ordinal)).Select(w => w.ToString()));
        Assert.DoesNotContain(both.Warnings, w => w.Message.Contains("script", StringComparison.Ordinal)); // each by its script

        // The same check as the lexicon's own (lexicons validate).
        foreach (var result in new[] { english, arabic, both })
        {
            Assert.Equal(
                result.Warnings.Where(w => w.Message.Contains("script", StringComparison.Ordinal)).Select(w => w.Message.Replace(" of category 'threat'", string.Empty, StringComparison.Ordinal)),
                result.Lexicon.Warnings.Select(w => w.Message));
        }

        // A language declared latin is read as Latin script too.
        var french = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["threat=d/t"]), new ImportMetadata("s", "fr") { Analysis = [new LanguageAnalysis("fr", "latin")] });
        Assert.Contains(french.Warnings, w => w.Message.Contains("is in Arabic script under 'lang: fr'", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHeaderCommentCountsOneEntryInTheSingular()
    {
        var one = new LexiconImporter().Import(QuantedaDictionaryReader.Read("c: [word]\n", "d.yml"), CategoryMapping.FromRules(["c=d/p"]), new ImportMetadata("t", "en"));
        var two = new LexiconImporter().Import(QuantedaDictionaryReader.Read("c: [word, other]\n", "d.yml"), CategoryMapping.FromRules(["c=d/p"]), new ImportMetadata("t", "en"));

        Assert.StartsWith("# Imported by 'framing lexicons import' from d.yml (quanteda dictionary): 1 entry.\n", one.Yaml, StringComparison.Ordinal);
        Assert.StartsWith("# Imported by 'framing lexicons import' from d.yml (quanteda dictionary): 2 entries.\n", two.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ARuleNamesACategoryWrittenInAnotherUnicodeNormalizationForm()
    {
        // A rule typed decomposed ("Cafe" and U+0301) for the dictionary's composed "Café" was an error suggesting 'Café',
        // which looks the same. Names are compared in normalization form C, either way round.
        var composed = QuantedaDictionaryReader.Read("Caf\u00E9: [coffee]\nparent:\n  \u00E9t\u00E9: [summer]\n", "d.yml");
        var decomposed = QuantedaDictionaryReader.Read("Cafe\u0301: [coffee]\nparent:\n  e\u0301te\u0301: [summer]\n", "d.yml");

        foreach (var (dictionary, rules) in new[]
        {
            (composed, new[] { "Cafe\u0301=d/p", "parent.e\u0301te\u0301=d/q" }),
            (decomposed, new[] { "Caf\u00E9=d/p", "parent.\u00E9t\u00E9=d/q" }),
            (composed, new[] { "Cafe\u0301=d/p", "parent=d/q" }),
        })
        {
            var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(rules), new ImportMetadata("t", "en"));

            Assert.Equal(2, result.EntryCount);
            Assert.Empty(result.SkippedCategories);
        }

        // A category named by both forms is mapped twice.
        var e = Assert.Throws<ImportException>(() => CategoryMapping.FromRules(["Caf\u00E9=d/p", "Cafe\u0301=d/q"], "--map"));
        Assert.Contains("is mapped twice (first at --map:1:1)", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyNestedMappingIsACategoryWithoutPatterns()
    {
        // 'a: {}' was no category at all, so its rule was an error ("category 'a' is not in d.yml (did you mean 'b'?)"),
        // while 'a: []' imports with a warning.
        foreach (var empty in new[] { "{}", "[]" })
        {
            var dictionary = QuantedaDictionaryReader.Read($"a: {empty}\nb: [x]\n", "d.yml");

            var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["a=d/p", "b=d/q"]), new ImportMetadata("t", "en"));

            Assert.Equal(1, result.EntryCount);
            Assert.Equal(["a", "b"], result.MappedCategories);
            Assert.Contains(result.Warnings, w => w.ToString() == "d.yml:1:1: category 'a' has no patterns: nothing was imported from it into d/p");
        }
    }

    [Fact]
    public void APatternMergedThroughAnAliasIsWarnedAboutAtTheAlias()
    {
        // 'alias: *A' repeats the patterns of 'anch: &A [...]': the merged-duplicate warning was at the anchor's line,
        // the line it said comes first. Invented dictionary.
        var dictionary = QuantedaDictionaryReader.Read("anch: &A [delta, epsilon]\nalias: *A\n", "d.yml");

        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["anch=g/p", "alias=g/q"]), new ImportMetadata("t", "en"));

        Assert.Equal(
            [
                "d.yml:2:8: pattern \"delta\" of category 'alias' merged: imported as g/p from category 'anch' (line 1), which comes first",
                "d.yml:2:8: pattern \"epsilon\" of category 'alias' merged: imported as g/p from category 'anch' (line 1), which comes first",
            ],
            result.Warnings.Where(w => w.Message.Contains("merged", StringComparison.Ordinal)).Select(w => w.ToString()));
    }

    [Fact]
    public void MergesDuplicatePatternsWithinADimensionFirstWins()
    {
        var dictionary = LiwcDictionaryReader.Read(LiwcDictionaryReaderTests.Sample, "sample.dic");
        var mapping = CategoryMapping.FromRules(["terror=armed/terrorism", "opposition=armed/opposition", "neutral words=armed/neutral"]);

        var result = new LexiconImporter().Import(dictionary, mapping, new ImportMetadata("liwc-test", "en"));

        Assert.Equal(2, result.DuplicateCount);
        Assert.Equal(7, result.EntryCount);
        var rebel = Assert.Single(result.Lexicon.Entries, e => e.Pattern == "rebel*");
        Assert.Equal(PoleSide.B, rebel.Side);
        Assert.Equal(PoleSide.A, Assert.Single(result.Lexicon.Entries, e => e.Pattern == "militants").Side);
        var merged = Assert.Single(result.Warnings, w => w.Message.Contains("pattern \"militants\"", StringComparison.Ordinal));
        Assert.Equal(16, merged.Location.Line);
        Assert.Contains("merged: imported as armed/terrorism from category 'terror'", merged.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Lexicon.Dimensions[0].Neutral);
        Assert.Equal(2, result.Lexicon.Entries.Count(e => e.Side == PoleSide.Neutral));
    }

    [Fact]
    public void OfTwoLinesOfALiwcDictionaryTheEarlierWinsWhateverTheOrderOfItsHeader()
    {
        // Categories were taken in header order, so line 7's 'terror' beat line 5's 'rebel', and reordering the header
        // flipped the entry's pole. Invented dictionary.
        foreach (var header in new[] { "1\tterror\n2\trebel\n", "2\trebel\n1\tterror\n" })
        {
            var dictionary = LiwcDictionaryReader.Read("%\n" + header + "%\nrebels\t2\nterrorist*\t1\nrebels\t1\n", "d2.dic");
            var mapping = CategoryMapping.FromRules(["terror=armed-opposition/terrorism", "rebel=armed-opposition/opposition"]);

            var result = new LexiconImporter().Import(dictionary, mapping, new ImportMetadata("x", "en"));

            Assert.Equal(PoleSide.B, Assert.Single(result.Lexicon.Entries, e => e.Pattern == "rebels").Side);
            var merged = Assert.Single(result.Warnings, w => w.Message.Contains("merged", StringComparison.Ordinal));
            Assert.Equal(7, merged.Location.Line);
            Assert.Equal("pattern \"rebels\" of category 'terror' merged: imported as armed-opposition/opposition from category 'rebel' (line 5), which comes first", merged.Message);
        }
    }

    [Fact]
    public void PatternsThatDifferOnlyInCaseAreDuplicatesButTheSameWordInAnotherDimensionIsNot()
    {
        var dictionary = new ImportedDictionary("hand.txt", "hand-made", [
            new ImportedCategory("x", [new ImportedPattern("Rebels", new SourceLocation("hand.txt", 1, 1)), new ImportedPattern("rebels", new SourceLocation("hand.txt", 2, 1))], new SourceLocation("hand.txt", 1, 1)),
            new ImportedCategory("y", [new ImportedPattern("rebels", new SourceLocation("hand.txt", 3, 1))], new SourceLocation("hand.txt", 3, 1)),
        ]);

        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["x=d/p", "y=e/q"]), new ImportMetadata("hand", "en"));

        Assert.Equal(1, result.DuplicateCount);
        Assert.Equal([("d", "Rebels"), ("e", "rebels")], result.Lexicon.Entries.Select(e => (e.DimensionId, e.Pattern)));
    }

    [Fact]
    public void UnusablePatternsAreSkippedAndCounted()
    {
        var dictionary = LiwcDictionaryReader.Read("%\n1\temo\n%\n:)\t1\nhappy\t1\n", "emo.dic");

        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["emo=mood/positive"]), new ImportMetadata("emo", "en"));

        Assert.Equal(1, result.InvalidPatternCount);
        Assert.Equal("happy", Assert.Single(result.Lexicon.Entries).Pattern);
        var warning = Assert.Single(result.Warnings, w => w.Location.File == "emo.dic");
        Assert.Equal(4, warning.Location.Line);
        Assert.Contains("\":)\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatternsTheReaderLeftOutAreCountedAsUnusable()
    {
        // The quanteda sample's '?ebels', '*ism' and 'free*dom' are left out by the reader (wildcards Framing cannot
        // express); before, the count said 0 unusable patterns right above their three warnings.
        var quanteda = ImportQuanteda("armed.opposition=armed-opposition/opposition", "armed.terror=armed-opposition/terrorism");
        Assert.Equal(3, quanteda.InvalidPatternCount);
        Assert.Equal(3, quanteda.Warnings.Count(w => w.Message.Contains("skipped", StringComparison.Ordinal)));

        var liwc = LiwcDictionaryReader.Read("%\n1\temo\n%\nte?ror\t1\n*gang\t1\nhappy\t1\n:)\t1\n", "emo.dic");
        var result = new LexiconImporter().Import(liwc, CategoryMapping.FromRules(["emo=mood/positive"]), new ImportMetadata("emo", "en"));
        Assert.Equal(2, liwc.SkippedPatternCount);
        Assert.Equal(3, result.InvalidPatternCount); // two wildcards and ':)'
    }

    [Fact]
    public void AStarAfterAHyphenIsSkippedWithAWarningAtThePattern()
    {
        // "anti-*" was imported and read as anti*: it matched Antibiotics, antiques and the "anti" of "anti-war".
        var dictionary = QuantedaDictionaryReader.Read("c:\n  - \"anti-*\"\n  - \"anti-war\"\n", "hyphen.yml");

        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["c=stance/anti"]), new ImportMetadata("hyphen", "en"));

        Assert.Equal(["anti-war"], result.Lexicon.Entries.Select(e => e.Pattern));
        Assert.Equal(1, result.InvalidPatternCount);
        var warning = Assert.Single(result.Warnings, w => w.Location.File == "hyphen.yml");
        Assert.Equal(
            "hyphen.yml:2:5: pattern \"anti-*\" of category 'c' skipped: misplaced '*' in \"anti-*\": it follows \"-\", where text is split into words, so it would be the prefix \"anti*\"; a '*' must follow a letter or digit directly",
            warning.Location + ": " + warning.Message);
    }

    [Fact]
    public void NothingMappedIsAnErrorListingTheCategories()
    {
        var e = Assert.Throws<ImportException>(() => ImportQuanteda("other=d/p"));

        Assert.Equal("--map:1:1: category 'other' is not in dict.yml (categories: armed.terror, armed.opposition, regime, regime.forces, empty)", e.Message);
    }

    [Fact]
    public void ASymbolThatIsNotPartOfAWordIsWarnedAbout()
    {
        // quanteda keeps "#terror" as one token; Framing reads the word terror, so the entry matched every "terror" silently.
        var dictionary = QuantedaDictionaryReader.Read("terror: [\"#terror\", \"al-Nusra\", \"U.S.-backed\", \"rebel's\", \"@army*\"]\n", "d.yml");
        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["terror=d/pa"]), new ImportMetadata("lx", "en"));

        var symbols = result.Warnings.Where(w => w.Message.Contains("is not part of a word here", StringComparison.Ordinal)).Select(w => w.Message).ToList();
        Assert.Equal(2, symbols.Count);
        Assert.StartsWith("pattern \"#terror\" of category 'terror': '#' is not part of a word here", symbols[0], StringComparison.Ordinal);
        Assert.EndsWith("so the entry is \"terror\" and matches every \"terror\"", symbols[0], StringComparison.Ordinal);
        Assert.Contains("'@'", symbols[1], StringComparison.Ordinal);
        Assert.Contains("\"army*\"", symbols[1], StringComparison.Ordinal);
    }

    [Fact]
    public void NoUsablePatternIsAnErrorThatSaysWhyNotOnlyThat()
    {
        // The error said only "have no usable pattern"; the warnings that said why were never printed, as the import failed.
        var dictionary = QuantedaDictionaryReader.Read("terror: [\"*ism\", \"te?ror\"]\n", "d10.yml");
        var e = Assert.Throws<ImportException>(() => new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["terror=d/pa"]), new ImportMetadata("lx", "en")));

        var message = Assert.Single(e.Errors).Message;
        Assert.StartsWith("nothing to import: the mapped categories (terror) have no usable pattern; the first of ", message, StringComparison.Ordinal);
        Assert.Contains(" warnings about them: d10.yml:1:10: pattern of category 'terror' skipped: '*' inside or at the start of a word", message, StringComparison.Ordinal);

        // A warning about a category that is not mapped is not the reason.
        var two = QuantedaDictionaryReader.Read("other: [\"*ism\"]\nterror: [\"te?ror\"]\n", "d11.yml");
        var reason = Assert.Single(Assert.Throws<ImportException>(() => new LexiconImporter().Import(two, CategoryMapping.FromRules(["terror=d/pa"]), new ImportMetadata("lx", "en"))).Errors).Message;
        Assert.Contains("category 'terror'", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("category 'other'", reason, StringComparison.Ordinal);
        Assert.Contains("*ism", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad Id", "en", "lexicon id")]
    [InlineData("ok", "xx", "unsupported language 'xx'")]
    public void InvalidMetadataIsAnArgumentException(string id, string language, string message)
    {
        var dictionary = QuantedaDictionaryReader.Read("a: [x]\n", "d.yml");

        var e = Assert.Throws<ArgumentException>(() => new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["a=d/p"]), new ImportMetadata(id, language)));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoLatinLanguagesCannotBeToldApart()
    {
        var problems = new ImportMetadata("x", ["en", "fr"]) { Analysis = [new LanguageAnalysis("fr", "latin")] }.Validate();

        Assert.Contains(problems, p => p.Contains("one of them Arabic", StringComparison.Ordinal));
        Assert.Contains(new ImportMetadata("x", ["en", "ar", "fr"]) { Analysis = [new LanguageAnalysis("fr", "latin")] }.Validate(), p => p.Contains("one of them Arabic", StringComparison.Ordinal));
        Assert.Empty(new ImportMetadata("x", ["en", "ar"]).Validate());
    }

    [Fact]
    public void TwoArabicScriptLanguagesCannotBeToldApart()
    {
        // fa,ar with fa=arabic-script was accepted and split the patterns backwards: Persian ones became ar, English
        // ones fa. ar,ar said "one of them Arabic (ar)", though both are.
        var persian = new ImportMetadata("x", ["fa", "ar"]) { Analysis = [new LanguageAnalysis("fa", "arabic-script")] };
        Assert.Equal(["languages fa, ar: both are written in Arabic script (fa: arabic-script), so patterns cannot be told apart by script: import each language separately"], persian.Validate());
        var dialect = new ImportMetadata("x", ["ar", "apc"]) { Analysis = [new LanguageAnalysis("apc", "arabic")] };
        Assert.Contains("both are written in Arabic script (apc: arabic)", Assert.Single(dialect.Validate()), StringComparison.Ordinal);
        Assert.Equal(["language 'ar' is given twice in ar, ar: give each language once"], new ImportMetadata("x", ["ar", "ar"]).Validate());

        // A Latin-script language beside ar is still told apart by script.
        Assert.Empty(new ImportMetadata("x", ["fr", "ar"]) { Analysis = [new LanguageAnalysis("fr", "latin")] }.Validate());
        var dictionary = QuantedaDictionaryReader.Read("c: [\"تروریست\", terroristes]\n", "fa.yml");
        Assert.Throws<ArgumentException>(() => new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["c=d/p"]), persian));
    }

    [Fact]
    public void ALanguageGivenTwoAnalysesIsAProblemNotALexiconThatDoesNotLoad()
    {
        // Before, Validate accepted fr twice, and the import wrote an 'analysis' with a duplicate key: an
        // InvalidOperationException (the generated lexicon does not load).
        var metadata = new ImportMetadata("x", "fr") { Analysis = [new LanguageAnalysis("fr", "latin"), new LanguageAnalysis("fr", "arabic")] };

        Assert.Equal("language 'fr' is given two analyses (latin, arabic): give each language one", metadata.Validate()[0]);
        var dictionary = QuantedaDictionaryReader.Read("a: [x]\n", "d.yml");
        Assert.Throws<ArgumentException>(() => new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["a=d/p"]), metadata));
    }

    [Fact]
    public void MetadataWithQuotesBackslashesAndNewlinesSurvivesTheRoundTrip()
    {
        const string title = "A \"quoted\" title: with # hash, \\ backslash,\nnewline and 'single' quotes";
        var category = "it's \"x\": #1";
        var dictionary = new ImportedDictionary("dir/we\"ird: file.yml", "quanteda", [
            new ImportedCategory(category, [new ImportedPattern("word", new SourceLocation("f", 1, 1))], new SourceLocation("f", 1, 1)),
        ]);
        var metadata = new ImportMetadata("tricky", "en")
        {
            Title = title,
            Description = "Line one.\nLine two: \t tab.",
            License = "LicenseRef-Proprietary",
            Authors = ["Doe, J.", "O'Brien \"Bob\""],
            Citation = "Doe (2020): {braces} [brackets] & *stars*",
            Version = "2.0.0-rc.1",
        };

        var lexicon = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules([category + "=d/p"]), metadata).Lexicon;

        Assert.Equal(title, lexicon.Metadata.Title);
        Assert.Equal("Line one.\nLine two: \t tab.", lexicon.Metadata.Description);
        Assert.Equal(["Doe, J.", "O'Brien \"Bob\""], lexicon.Metadata.Authors);
        Assert.Equal("Doe (2020): {braces} [brackets] & *stars*", lexicon.Metadata.Citation);
        Assert.Equal("2.0.0-rc.1", lexicon.Metadata.Version);
        Assert.Equal("LicenseRef-Proprietary", lexicon.Metadata.License);
        Assert.Equal("imported from we\"ird: file.yml category it's \"x\": #1", Assert.Single(lexicon.Entries).Note);
    }

    [Theory]
    [InlineData("nul \u0000 byte", "nul \\u0000 byte")]
    [InlineData("line \u2028 separator: x", "line \\u2028 separator: x")]
    [InlineData("paragraph \u2029 next \u0085 line", "paragraph \\u2029 next \\u0085 line")]
    [InlineData("escape \u001B bom \uFEFF end", "escape \\u001B bom \\uFEFF end")]
    [InlineData("cr\rlf\n tab\t emoji 😀", "cr lf  tab\t emoji 😀")]
    public void NamesInTheHeaderCommentCannotEndIt(string name, string written)
    {
        // A file or category name goes into a comment line; a character YAML reads as a line break or refuses there
        // made the generated lexicon unloadable (an internal error of 'framing lexicons import').
        var pattern = new ImportedPattern("word", new SourceLocation("f", 1, 1));
        var dictionary = new ImportedDictionary("dir/" + name + ".dic", "LIWC", [
            new ImportedCategory("mapped", [pattern], new SourceLocation("f", 1, 1)),
            new ImportedCategory(name, [pattern], new SourceLocation("f", 2, 1)),
        ]);

        var result = new LexiconImporter().Import(dictionary, CategoryMapping.FromRules(["mapped=d/p"]), new ImportMetadata("x", "en"));

        Assert.Equal("x", result.Lexicon.Id);
        Assert.Equal([name], result.SkippedCategories);
        Assert.Contains("# Imported by 'framing lexicons import' from " + written + ".dic (LIWC dictionary)", result.Yaml, StringComparison.Ordinal);
        Assert.Contains("# Unmapped categories, not imported: " + written.TrimEnd() + "\n", result.Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("\"double\" and \\ back")]
    [InlineData("control \u0001 \u001F \u007F \u0085 end")]
    [InlineData("separators \u2028 \u2029 and bom \uFEFF")]
    [InlineData("tab\tcr\rlf\n")]
    [InlineData("emoji 😀 and عربي")]
    [InlineData(": - ? [ ] { } # & * ! | > ' % @ `")]
    public void QuotedScalarsReadBackExactly(string value)
    {
        var yaml = "key: " + YamlScalar.Quote(value) + "\n";

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(value, ((YamlScalarNode)root.Children[new YamlScalarNode("key")]).Value);
        Assert.DoesNotContain('\n', yaml.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("armed-opposition", "armed-opposition")]
    [InlineData("en", "en")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("1st", "\"1st\"")]
    [InlineData("Upper", "\"Upper\"")]
    public void IdentifiersArePlainUnlessYamlCouldMisreadThem(string id, string expected)
    {
        Assert.Equal(expected, YamlScalar.Id(id));
    }
}
