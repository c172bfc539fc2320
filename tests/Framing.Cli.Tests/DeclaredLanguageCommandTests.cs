using System.Globalization;
using Framing.Corpus;
using Framing.Reports;

namespace Framing.Cli.Tests;

/// <summary>
/// A lexicon for a language Framing has no built-in profile for, used from the command line only: the file's
/// <c>analysis</c> section names the built-in analysis (latin, arabic-script, arabic). Lexicons and sentences invented.
/// </summary>
public sealed class DeclaredLanguageCommandTests
{
    private static string Lexicon(string languages, string analysis, params string[] entries) =>
        "id: invented-langs\n" +                                                   // 1
        "version: 0.1.0\n" +                                                       // 2
        "title: Invented lexicon\n" +                                              // 3
        "description: Invented entries for tests.\n" +                             // 4
        "license: CC0-1.0\n" +                                                     // 5
        "authors: [Tester]\n" +                                                    // 6
        $"languages: {languages}\n" +                                              // 7
        analysis +
        "dimensions:\n" +
        "  - id: people\n" +
        "    description: How people who flee are named.\n" +
        "    poles:\n" +
        "      a: { id: migrants, label: Migrants, description: Migration frame. }\n" +
        "      b: { id: refugees, label: Refugees, description: Protection frame. }\n" +
        "entries:\n" +
        string.Concat(entries.Select(e => e + "\n"));

    private static string Entry(string lang, string pattern, string pole) =>
        $"  - {{ lang: {lang}, pattern: \"{pattern}\", dimension: people, pole: {pole}, note: \"invented\" }}";

    private static readonly string French = Lexicon(
        "[fr]",
        "analysis:\n  fr: latin\n",
        Entry("fr", "réfugiés", "refugees"),
        Entry("fr", "migrants", "migrants"));

    private static string Persian(string analysis) => Lexicon(
        "[fa]",
        $"analysis:\n  fa: {analysis}\n",
        Entry("fa", "پناهجويان", "refugees"),   // Arabic yeh: the Persian ی of the texts folds to it
        Entry("fa", "مهاجران", "migrants"));

    private const string FrenchCorpus =
        "{\"id\": \"1\", \"outlet\": \"nord\", \"text\": \"Les REFUGIES et les réfugiés attendent à la frontière.\"}\n" +
        "{\"id\": \"2\", \"outlet\": \"nord\", \"text\": \"Des migrants sont arrivés hier.\"}\n" +
        "{\"id\": \"3\", \"outlet\": \"sud\", \"text\": \"Les refugies, disent-ils, sont des migrants.\"}\n";

    private static Dictionary<string, string> Row(string[] lines, string group)
    {
        var header = lines[0].Split(',');
        var row = lines.Skip(1).Select(l => l.Split(',')).Single(f => f[0] == group);
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    private static (long A, long B) Counts(CliRunner.Result result, string group)
    {
        var row = Row(result.OutLines, group);
        return (long.Parse(row["count_a"], CultureInfo.InvariantCulture), long.Parse(row["count_b"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AFrenchLexiconScoresAFrenchCorpusEndToEnd()
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        var corpus = folder.Write("fr.jsonl", FrenchCorpus);

        var validate = CliRunner.Run("lexicons", "validate", lexicon);
        var score = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0");
        var kwic = CliRunner.Run("kwic", corpus, "--lexicon", lexicon, "--format", "csv");

        Assert.Equal(0, validate.ExitCode);
        Assert.Equal(0, score.ExitCode);
        // No language field: the Latin script picks the lexicon's one Latin-script language, fr; accents and case fold.
        Assert.Equal((1L, 2L), Counts(score, "nord"));
        Assert.Equal((1L, 1L), Counts(score, "sud"));
        Assert.Equal(0, kwic.ExitCode);
        Assert.Equal(5, kwic.OutLines.Length - 1);
        Assert.Contains(kwic.OutLines, l => l.Contains("REFUGIES", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("coverage")]
    [InlineData("keyness", "--target", "nord", "--min-count", "1")]
    [InlineData("validate", "--known-field", "leaning", "--side-a", "pro", "--side-b", "anti")]
    public void OtherCommandsTakeTheDeclaredLanguage(params string[] command)
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        var corpus = folder.Write("fr.jsonl", FrenchCorpus
            .Replace("\"outlet\": \"nord\"", "\"language\": \"fr\", \"leaning\": \"pro\", \"outlet\": \"nord\"", StringComparison.Ordinal)
            .Replace("\"outlet\": \"sud\"", "\"language\": \"fr\", \"leaning\": \"anti\", \"outlet\": \"sud\"", StringComparison.Ordinal));

        var result = CliRunner.Run([command[0], corpus, "--lexicon", lexicon, .. command[1..]]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("names a language the run does not analyze", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LanguageOptionAcceptsTheDeclaredCode()
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        var corpus = folder.Write("fr.jsonl", FrenchCorpus);

        var forced = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--language", "fr", "--format", "csv", "--bootstrap", "0");
        var region = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--language", "FR-ca", "--format", "csv", "--bootstrap", "0");
        var unknown = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--language", "de", "--format", "csv", "--bootstrap", "0");
        var starter = CliRunner.Run("score", corpus, "--language", "fr", "--format", "csv", "--bootstrap", "0");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal((1L, 2L), Counts(forced, "nord"));
        Assert.Equal(forced.Out, region.Out);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("framing: error: invalid value 'de' for --language: expected auto, ar, en, fr (or ara, arabic, eng, english); another language needs a lexicon that declares it in 'languages' and 'analysis' (see lexicons/README.md)", Assert.Single(unknown.ErrorLines));
        Assert.Equal(2, starter.ExitCode);
        Assert.Contains("invalid value 'fr' for --language: expected auto, ar, en (or", starter.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DistributeChecksTheLanguageBeforeSubmitting()
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        var corpus = folder.Write("fr.jsonl", FrenchCorpus);
        string[] args = ["distribute", "slurm", corpus, "--shards", "2", "--out", Path.Combine(folder.Path, "run"), "--lexicon", lexicon, "--dry-run", "--language"];

        var declared = CliRunner.Run([.. args, "fr"]);
        var undeclared = CliRunner.Run([.. args, "de"]);

        Assert.Equal(0, declared.ExitCode);
        Assert.Contains("--language fr", declared.Out, StringComparison.Ordinal);
        Assert.Equal(2, undeclared.ExitCode);
        Assert.StartsWith("framing: error: invalid value 'de' for --language: expected auto, ar, en, fr", Assert.Single(undeclared.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageFieldNamingABuiltInLanguageTheLexiconLacksIsScoredNotABadRecord()
    {
        // lexicons/README said a field naming a language the lexicon does not have is a bad record: true of de, not of
        // the built-in en, which is analyzed and scored (nothing of the French lexicon can match it).
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        var corpus = folder.Write(
            "mixed.jsonl",
            "{\"id\": \"1\", \"outlet\": \"nord\", \"language\": \"en\", \"text\": \"Migrants arrive.\"}\n" +
            "{\"id\": \"2\", \"outlet\": \"nord\", \"language\": \"de\", \"text\": \"Migranten kommen an.\"}\n");

        var result = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0", "--skip-invalid");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1", Row(result.OutLines, "nord")["documents"]);
        Assert.Equal((0L, 0L), Counts(result, "nord"));
        Assert.Contains("names a language the run does not analyze: \"de\"", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\"en\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageFieldWithARegionNamesTheDeclaredLanguage()
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        var corpus = folder.Write(
            "fr.jsonl",
            "{\"id\": \"1\", \"outlet\": \"nord\", \"language\": \"fr-CA\", \"text\": \"Des réfugiés arrivent.\"}\n" +
            "{\"id\": \"2\", \"outlet\": \"nord\", \"language\": \"de\", \"text\": \"Flüchtlinge kommen an.\"}\n");

        var result = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0", "--skip-invalid");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal((0L, 1L), Counts(result, "nord"));
        Assert.Contains("names a language the run does not analyze: \"de\" (known: ar, en, fr;", result.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void APersianLexiconWithArabicScriptAnalysisFoldsPersianLetters()
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fa.yaml", Persian("arabic-script"));
        var corpus = folder.Write(
            "fa.jsonl",
            "{\"id\": \"1\", \"outlet\": \"shargh\", \"text\": \"پناهجویان به شهر رسیدند و مهاجران ماندند.\"}\n" +
            "{\"id\": \"2\", \"outlet\": \"shargh\", \"text\": \"وپناهجویان رفتند.\"}\n");

        var score = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0");
        var show = CliRunner.Run("lexicons", "show", lexicon);

        Assert.Equal(0, score.ExitCode);
        // ی folds to ي; the attached و of the second text is not stripped (arabic-script has no clitic stripping).
        Assert.Equal((1L, 1L), Counts(score, "shargh"));
        Assert.Contains("analysis: fa arabic-script; documents without a language: Latin script as en (no patterns: no matches), Arabic script as fa", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void PersianTextsWithoutALanguageAreReadAsPersianNextToArabic()
    {
        using var folder = new TempFolder();
        // ar and fa in one lexicon: the same word, والدين (parents), is a refugees entry in Persian and a migrants entry
        // in Arabic, so which analysis read a text shows in the counts.
        var lexicon = folder.Write("ar-fa.yaml", Lexicon(
            "[ar, fa]",
            "analysis:\n  fa: arabic-script\n",
            Entry("fa", "والدين", "refugees"),
            Entry("ar", "والدين", "migrants")));
        var corpus = folder.Write(
            "ar-fa.jsonl",
            // Persian (ی, ک, پ): read as fa, whose analysis keeps و + ال attached.
            "{\"id\": \"1\", \"outlet\": \"tehran\", \"text\": \"والدین کودکان پیش از ظهر به شهر آمدند.\"}\n" +
            // Arabic: read as ar.
            "{\"id\": \"2\", \"outlet\": \"beirut\", \"text\": \"وصل الوالدين إلى المدينة قبل الظهر.\"}\n");

        var score = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0");
        var show = CliRunner.Run("lexicons", "show", lexicon);

        Assert.Equal(0, score.ExitCode);
        Assert.Equal((0L, 1L), Counts(score, "tehran"));
        Assert.Equal((1L, 0L), Counts(score, "beirut"));
        Assert.Contains("Arabic script as ar (with Persian, Urdu or other non-Arabic letters as fa)", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void KeynessReadsArabicScriptTextsWithoutALanguageAsTheDeclaredLanguage()
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fa.yaml", Persian("arabic-script"));
        var corpus = folder.Write(
            "fa.jsonl",
            "{\"id\": \"1\", \"outlet\": \"shargh\", \"text\": \"والدین کودکان آمدند. والدین ماندند.\"}\n" +
            "{\"id\": \"2\", \"outlet\": \"etemad\", \"text\": \"مهاجران رفتند.\"}\n");

        var result = CliRunner.Run("keyness", corpus, "--lexicon", lexicon, "--target", "shargh", "--min-count", "1", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var terms = result.OutLines.Skip(1).Select(l => l.Split(',')[0]).ToArray();
        // والدین (parents) begins with the letters of و + ال: the Arabic profile would cut it to دين.
        Assert.Contains("والدين", terms);
        Assert.DoesNotContain("دين", terms);
    }

    [Fact]
    public void ChangingTheAnalysisIsNotServedFromTheOldImage()
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fa.yaml", Persian("arabic-script"));
        var corpus = folder.Write("fa.jsonl", "{\"id\": \"1\", \"outlet\": \"shargh\", \"text\": \"وپناهجویان رفتند.\"}\n");
        var cached = new Dictionary<string, string?> { ["FRAMING_CACHE_DIR"] = Path.Combine(folder.Path, "cache") };
        string[] args = ["score", corpus, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0"];

        var first = CliRunner.RunWithEnvironment(cached, args);
        var fromImage = CliRunner.RunWithEnvironment(cached, args);
        folder.Write("fa.yaml", Persian("arabic"));
        var changed = CliRunner.RunWithEnvironment(cached, args);
        var showChanged = CliRunner.RunWithEnvironment(cached, "lexicons", "show", lexicon, "--format", "json");

        Assert.Equal((0L, 0L), Counts(first, "shargh"));
        Assert.Equal(first.Out, fromImage.Out);
        // arabic strips the attached و: the changed file's analysis is in effect, not the image of the old one.
        Assert.Equal((0L, 1L), Counts(changed, "shargh"));
        Assert.Contains("\"fa: arabic\"", showChanged.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUndeclaredLanguageAndABadAnalysisNameTheirLine()
    {
        using var folder = new TempFolder();
        var undeclared = folder.Write("undeclared.yaml", Lexicon("[fr]", string.Empty, Entry("fr", "réfugiés", "refugees")));
        var misspelt = folder.Write("misspelt.yaml", Lexicon("[fr]", "analysis:\n  fr: latn\n", Entry("fr", "réfugiés", "refugees")));

        var first = CliRunner.Run("lexicons", "validate", undeclared);
        var second = CliRunner.Run("score", "--lexicon", misspelt);

        Assert.Equal(1, first.ExitCode);
        Assert.Equal($"{undeclared}:7:13: unsupported language 'fr' (supported: ar, en): declare how to analyze it, as in 'analysis: {{fr: latin}}' (latin, arabic-script, arabic)", Assert.Single(first.OutLines));
        Assert.Equal(2, second.ExitCode);
        Assert.Equal($"framing: error: {misspelt}:9:7: unknown analysis 'latn' for language 'fr' (expected latin, arabic-script, arabic)", Assert.Single(second.ErrorLines));
    }

    [Fact]
    public void BuiltInStopwordsLeaveNothingOutOfADeclaredLanguage()
    {
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        var corpus = folder.Write("fr.jsonl", "{\"id\": \"1\", \"outlet\": \"nord\", \"text\": \"Il a une maison on dit.\"}\n");

        var result = CliRunner.Run("coverage", corpus, "--lexicon", lexicon, "--format", "csv", "--ngrams", "1", "--min-length", "1");

        Assert.Equal(0, result.ExitCode);
        // "a" and "on" are English stopwords, and French words: kept.
        Assert.Contains(result.OutLines, l => l.Split(',').Contains("a"));
        Assert.Contains(result.OutLines, l => l.Split(',').Contains("on"));
        Assert.Contains("framing: note: the built-in stopwords are Arabic and English only: none are left out of texts in fr", result.Error, StringComparison.Ordinal);
    }
    [Fact]
    public void TheReportsDistinctiveTermsReadEachDocumentInTheLexiconsLanguage()
    {
        // Before, the report's terms table used the built-in languages and left English stopwords out of every
        // document: French "on" (a pronoun) was never a distinctive term, and a Persian text without a language field
        // was cut with the Arabic clitic stripper (والدین to دين).
        var french = Framing.Lexicons.Lexicon.Parse(French, "fr.yaml");
        var frenchDocuments = Enumerable.Range(0, 12).Select(i => Document.Create(
            $"f{i}",
            i % 2 == 0 ? $"On dit que les réfugiés du camp {i} attendent, on dit qu'ils partiront." : $"Les migrants du camp {i} sont arrivés hier soir.",
            ("outlet", i % 2 == 0 ? "nord" : "sud")));
        var nord = Terms(french, frenchDocuments, "nord");
        Assert.Contains("on", nord);

        var persian = Framing.Lexicons.Lexicon.Parse(Persian("arabic-script"), "fa.yaml");
        var persianDocuments = Enumerable.Range(0, 12).Select(i => Document.Create(
            $"p{i}",
            i % 2 == 0 ? "والدین پناهجویان در مرز منتظرند" : "مهاجران دیروز به شهر رسیدند",
            ("outlet", i % 2 == 0 ? "west" : "east")));
        var west = Terms(persian, persianDocuments, "west");
        Assert.Contains("والدين", west);
        Assert.DoesNotContain("دين", west);
    }

    private static List<string> Terms(Framing.Lexicons.Lexicon lexicon, IEnumerable<Document> documents, string group)
    {
        var model = new ReportBuilder(lexicon, ReportOptions.Default with { Replicates = 0, Permutations = 20, TopTerms = 20 })
            .Build(documents.Select(CorpusItem.Accepted), d => d.GetField("outlet") ?? string.Empty, "invented", "0.0.0");
        return [.. model.DistinctiveTerms.Single(t => t.Group == group).Terms.Select(t => t.Term)];
    }
    [Fact]
    public void CalibrateTakesTheLanguagesItsLexiconDeclares()
    {
        // Before, calibrate opened its corpus with the built-in languages only: a document whose language field said
        // fr was a bad record and --language fr a usage error, though the lexicon declares fr. Invented corpus: three
        // outlets a side, the pole-a label on side a, the pole-b label on side b.
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        var lines = Enumerable.Range(0, 36).Select(i =>
            $"{{\"id\": \"{i}\", \"outlet\": \"o{i % 6}\", \"language\": \"fr-FR\", \"text\": \"{(i % 6 < 3 ? "Des migrants sont arrivés." : "Les réfugiés attendent.")}\"}}\n");
        var corpus = folder.Write("fr.jsonl", string.Concat(lines));
        var known = folder.Write("known.csv", "outlet,leaning\no0,a\no1,a\no2,a\no3,b\no4,b\no5,b\n");
        string[] calibrate = ["calibrate", corpus, "--lexicon", lexicon, "--known", known, "--side-a", "a", "--side-b", "b", "-q", "-f", "csv"];

        var byField = CliRunner.Run([.. calibrate, "-o", Path.Combine(folder.Path, "a.yaml")]);
        var byOption = CliRunner.Run([.. calibrate, "-o", Path.Combine(folder.Path, "b.yaml"), "--language", "fr"]);

        Assert.True(byField.ExitCode == 0, byField.Error);
        Assert.True(byOption.ExitCode == 0, byOption.Error);
        Assert.Contains("analysis:", File.ReadAllText(Path.Combine(folder.Path, "a.yaml")), StringComparison.Ordinal);
        Assert.Equal(byField.Out, byOption.Out);
    }

    /// <summary>An invented corpus for <c>learn</c>: six outlets, three a side (o0–o2 known as a, o3–o5 as b), six
    /// documents each; <paramref name="text"/> gives document i's text and <paramref name="field"/> its extra JSON
    /// fields.</summary>
    private static string LearningCorpus(Func<int, string> text, string field = "") =>
        string.Concat(Enumerable.Range(0, 36).Select(i => $"{{\"id\": \"{i}\", \"outlet\": \"o{i % 6}\", {field}\"text\": \"{text(i)}\"}}\n"));

    private const string LearningKnown = "outlet,leaning\no0,a\no1,a\no2,a\no3,b\no4,b\no5,b\n";

    private static Dictionary<string, Dictionary<string, string>> LearnedTerms(CliRunner.Result result)
    {
        var header = result.OutLines[0].Split(',');
        return result.OutLines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToDictionary(r => r["term"], StringComparer.Ordinal);
    }

    [Fact]
    public void LearnTakesTheLanguagesItsLexiconDeclares()
    {
        // Before, learn opened its corpus with the built-in languages only: a document whose language field said fr was
        // a bad record (exit 2) and --language fr a usage error, though its lexicon declares fr: latin. Side a writes
        // réfugiés with and without accents and l'armée with either apostrophe; the latin analysis makes each one term.
        using var folder = new TempFolder();
        var lexicon = folder.Write("fr.yaml", French);
        string[] sideA = ["Les réfugiés attendent, dit l'armée.", "Les REFUGIES attendent, dit l’armée.", "Des refugies attendent, selon L'ARMÉE."];
        var text = (int i) => i % 6 < 3 ? sideA[i / 6 % 3] : "Des migrants sont arrivés hier soir.";
        var byField = folder.Write("field.jsonl", LearningCorpus(text, "\"language\": \"fr-FR\", "));
        var plain = folder.Write("plain.jsonl", LearningCorpus(text));
        var known = folder.Write("known.csv", LearningKnown);
        string[] options = ["--lexicon", lexicon, "--known", known, "--side-a", "a", "--side-b", "b", "--min-df", "1", "--max-df", "1", "--l1", "0", "--ngrams", "1", "--bootstrap", "0", "-q", "-f", "csv"];

        var fromField = CliRunner.Run(["learn", byField, .. options]);
        var fromOption = CliRunner.Run(["learn", plain, .. options, "--language", "fr"]);

        Assert.True(fromField.ExitCode == 0, fromField.Error);
        Assert.True(fromOption.ExitCode == 0, fromOption.Error);
        Assert.Equal(fromField.Out, fromOption.Out);
        var terms = LearnedTerms(fromField);
        Assert.Equal("18", terms["refugies"]["documents_a"]);
        Assert.Equal("in-lexicon", terms["refugies"]["mark"]);
        Assert.Equal("18", terms["larmee"]["documents_a"]);
        Assert.DoesNotContain(terms.Keys, t => t.Contains('é', StringComparison.Ordinal) || t.Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void LearnMakesTheNgramsOfADeclaredLanguageWithItsAnalysis()
    {
        // Before, learn's n-grams were made with the built-in languages: a Persian text (fa: arabic-script, no language
        // field: the script gives fa) was read with the English profile, so its Persian ی was not folded to ي (والدین,
        // not the lexicon's والدين). arabic-script strips no clitic: والدين stays whole, not دين.
        using var folder = new TempFolder();
        var lexicon = folder.Write("fa.yaml", Persian("arabic-script"));
        var corpus = folder.Write("fa.jsonl", LearningCorpus(i => i % 6 < 3 ? "والدین پناهجویان در مرز منتظرند" : "مهاجران دیروز به شهر رسیدند"));
        var known = folder.Write("known.csv", LearningKnown);

        var suggest = Path.Combine(folder.Path, "candidates.yaml");

        var result = CliRunner.Run("learn", corpus, "--lexicon", lexicon, "--known", known, "--side-a", "a", "--side-b", "b", "--min-df", "1", "--max-df", "1", "--l1", "0", "--ngrams", "1", "--bootstrap", "0", "-q", "-f", "csv", "--suggest", suggest);

        Assert.True(result.ExitCode == 0, result.Error);
        var terms = LearnedTerms(result);
        Assert.Equal("18", terms["والدين"]["documents_a"]);
        Assert.Equal("in-lexicon", terms["پناهجويان"]["mark"]);
        Assert.DoesNotContain("دين", terms.Keys);
        Assert.DoesNotContain(terms.Keys, t => t.Contains('ی', StringComparison.Ordinal));
        // The candidates are fa, with their lines of context found by reading the documents as fa.
        var candidates = File.ReadAllText(suggest);
        Assert.Contains("  - lang: fa\n    pattern: \"والدين\"", candidates, StringComparison.Ordinal);
        Assert.Contains("[والدین]", candidates, StringComparison.Ordinal);
        Assert.DoesNotContain("lang: ar", candidates, StringComparison.Ordinal);
    }

    private static CliRunner.Result ScaleWordscores(TempFolder folder, string corpus, string references, params string[] options) =>
        CliRunner.Run(["scale", "wordscores", folder.Write("corpus.jsonl", corpus), "--reference", folder.Write("refs.csv", references), "-q", "-f", "csv", .. options]);

    private static Dictionary<string, string> WordScores(string path) =>
        File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

    [Fact]
    public void ScaleWordscoresTakesALanguageDeclaredWithAnalysis()
    {
        // Before, scale wordscores, which takes no lexicon, had no way to declare a language: --analysis was an unknown
        // option and --language fr a usage error that told to use a lexicon. Invented French texts: the latin analysis
        // makes réfugiés and REFUGIES one word, as l'armée and l’armée.
        using var folder = new TempFolder();
        const string Text =
            "{\"id\": \"1\", \"outlet\": \"gauche\", LANG\"text\": \"Les réfugiés attendent, dit l'armée.\"}\n" +
            "{\"id\": \"2\", \"outlet\": \"droite\", LANG\"text\": \"Les migrants attendent, dit Paris.\"}\n" +
            "{\"id\": \"3\", \"outlet\": \"centre\", LANG\"text\": \"Des REFUGIES attendent, dit l’armée.\"}\n";
        const string Positions = "outlet,position\ngauche,-1\ndroite,1\n";
        var scores = Path.Combine(folder.Path, "scores.csv");

        var byField = ScaleWordscores(folder, Text.Replace("LANG", "\"language\": \"fr\", ", StringComparison.Ordinal), Positions, "--analysis", "fr=latin", "--word-scores", scores);
        var wordScores = WordScores(scores);
        var byOption = ScaleWordscores(folder, Text.Replace("LANG", string.Empty, StringComparison.Ordinal), Positions, "--analysis", "fr=latin", "--language", "fr-CA");
        var undeclared = ScaleWordscores(folder, Text.Replace("LANG", string.Empty, StringComparison.Ordinal), Positions, "--language", "fr");

        Assert.True(byField.ExitCode == 0, byField.Error);
        Assert.Equal("-1", wordScores["refugies"]);
        Assert.Equal("-1", wordScores["larmee"]);
        Assert.Equal("0", wordScores["attendent"]);
        Assert.Equal("1", wordScores["migrants"]);
        Assert.DoesNotContain(wordScores.Keys, w => w.Contains('é', StringComparison.Ordinal));
        var centre = Csv.Parse(byField.Out).Single(r => r["group"] == "centre");
        // des refugies attendent dit larmee: four words with a word score (refugies -1, attendent 0, dit 0, larmee -1).
        Assert.Equal(("5", "4", "-0.5"), (centre["words"], centre["scored_words"], centre["score"]));
        Assert.True(byOption.ExitCode == 0, byOption.Error);
        Assert.Equal(byField.Out, byOption.Out);
        Assert.Equal(2, undeclared.ExitCode);
        Assert.Equal("framing: error: invalid value 'fr' for --language: expected auto, ar, en (or ara, arabic, eng, english); another language needs --analysis LANG=ANALYSIS, as in --analysis fr=latin (see lexicons/README.md)", Assert.Single(undeclared.ErrorLines));
    }

    [Theory]
    [InlineData("arabic-script", "والدين")]
    [InlineData("arabic", "دين")]
    public void ScaleWordscoresMakesTheWordsOfADeclaredLanguageWithItsAnalysis(string analysis, string parents)
    {
        // Persian texts with a language field fa: the Arabic normalizer folds their ی to ي; only the arabic analysis
        // strips clitics (والدین, parents, begins with the letters of و + ال). Invented texts.
        using var folder = new TempFolder();
        var corpus =
            "{\"id\": \"1\", \"outlet\": \"shargh\", \"language\": \"fa\", \"text\": \"والدین کودکان آمدند.\"}\n" +
            "{\"id\": \"2\", \"outlet\": \"etemad\", \"language\": \"fa\", \"text\": \"مهاجران کودکان رفتند.\"}\n" +
            "{\"id\": \"3\", \"outlet\": \"hamshahri\", \"language\": \"fa\", \"text\": \"والدین ماندند.\"}\n";
        var scores = Path.Combine(folder.Path, "scores.csv");

        var result = ScaleWordscores(folder, corpus, "outlet,position\nshargh,-1\netemad,1\n", "--analysis", "fa=" + analysis, "--word-scores", scores);

        Assert.True(result.ExitCode == 0, result.Error);
        var words = WordScores(scores);
        Assert.Equal("-1", words[parents]);
        Assert.Equal(new[] { parents }, words.Keys.Where(w => w.EndsWith("دين", StringComparison.Ordinal)));
        Assert.DoesNotContain(words.Keys, w => w.Contains('ی', StringComparison.Ordinal));
        Assert.Equal("-1", Csv.Parse(result.Out).Single(r => r["group"] == "hamshahri")["score"]);
    }

    [Theory]
    [InlineData("fr", "invalid value 'fr' for --analysis: expected LANG=ANALYSIS, as in fr=latin (analyses: latin, arabic-script, arabic)")]
    [InlineData("fr=latn", "unknown analysis 'latn' for language 'fr' (expected latin, arabic-script, arabic)")]
    [InlineData("en=latin", "language 'en' has its own built-in analysis: do not declare one")]
    [InlineData("French=latin", "'French' in the analysis is not a language code: use 2 or 3 lower-case letters (ISO 639)")]
    [InlineData("fr=latin,fr=arabic", "language 'fr' is given two analyses (latin, arabic): give each language one")]
    public void ScaleWordscoresRefusesABadAnalysisInOneLine(string values, string message)
    {
        using var folder = new TempFolder();
        string[] analysis = [.. values.Split(',').SelectMany(v => new[] { "--analysis", v })];

        var result = ScaleWordscores(folder, "{\"id\": \"1\", \"outlet\": \"a\", \"text\": \"Des réfugiés.\"}\n", "outlet,position\na,-1\n", analysis);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: " + message, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void KeynessMarksTheTermsOfADeclaredArabicLanguageWithTheLexiconsEntries()
    {
        // A lexicon of an Arabic variety given its own code (ary: arabic) and no ar. Terms lose their article
        // (اللاجئين is counted as لاجئين), so the marker tries each term again with ال; before, it tried that as ar,
        // which the lexicon lacks, and the term was never marked, though 'framing score' counts the entry. Invented texts.
        using var folder = new TempFolder();
        var lexicon = folder.Write("ary.yaml", Lexicon("[ary]", "analysis:\n  ary: arabic\n", Entry("ary", "اللاجئين", "refugees")));
        var corpus = folder.Write(
            "ary.jsonl",
            "{\"id\": \"1\", \"outlet\": \"a\", \"text\": \"وصل اللاجئين اليوم. اللاجئين هنا.\"}\n" +
            "{\"id\": \"2\", \"outlet\": \"b\", \"text\": \"وصل المهاجرين اليوم.\"}\n");

        var result = CliRunner.Run("keyness", corpus, "--lexicon", lexicon, "--target", "a", "--min-count", "1", "--format", "csv", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        var refugees = Csv.Parse(result.Out).Single(r => r["term"] == "لاجئين");
        Assert.Equal("with ال: people/refugees", refugees["lexicon"]); // the entry matches only the form with the article
    }

    [Fact]
    public void TheLanguageOptionsHelpSaysHowScaleWordscoresDeclaresALanguage()
    {
        // Before, the help of --language and --language-field named only a lexicon's 'analysis', which scale wordscores
        // does not take.
        var help = CliRunner.Run("scale", "wordscores", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains(help.OutLines, l => l.TrimStart().StartsWith("--language LANG", StringComparison.Ordinal) && l.Contains("or by scale wordscores --analysis", StringComparison.Ordinal));
        Assert.Contains(help.OutLines, l => l.TrimStart().StartsWith("--language-field FIELD", StringComparison.Ordinal) && l.Contains("or by scale wordscores --analysis", StringComparison.Ordinal));
    }
}
