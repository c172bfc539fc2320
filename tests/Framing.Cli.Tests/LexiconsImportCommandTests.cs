using System.Text;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Cli.Tests;

public sealed class LexiconsImportCommandTests : IDisposable
{
    private const string Quanteda = """
        armed:
          terror:
          - terrorist*
          - إرهابي*
          - '*ism'
          opposition:
          - rebel*
          - ثوار
        christmas:
        - santa
        """;

    private const string Liwc = "\uFEFF%\r\n1\tterror\r\n2\topposition\r\n3\tfunct\r\n%\r\nterrorist*\t1\r\narmed gangs\t1\t3\r\nrebel*\t2\r\nthe\t3\r\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "framing-cli-import-" + Guid.NewGuid().ToString("N"));

    public LexiconsImportCommandTests()
    {
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void ImportsAQuantedaDictionaryToStandardOutputAndReportsOnStandardError()
    {
        var dict = Write("dict.yml", Quanteda);

        var (exit, stdout, stderr) = Run("lexicons", "import", dict, "--map", "armed.terror=armed-opposition/terrorism", "-m", "armed.opposition=armed-opposition/opposition@0.5", "--id", "my-dict", "--language", "ar,en", "--license", "CC-BY-4.0", "--author", "A. Author", "--author", "B. Author");

        Assert.Equal(0, exit);
        var lexicon = Lexicon.Parse(stdout, "stdout.yaml");
        Assert.Equal("my-dict", lexicon.Id);
        Assert.Equal("CC-BY-4.0", lexicon.Metadata.License);
        Assert.Equal(["A. Author", "B. Author"], lexicon.Metadata.Authors);
        Assert.Equal(4, lexicon.Entries.Count);
        var compiled = lexicon.Compile();
        var armed = compiled.DimensionIndex["armed-opposition"];
        var result = compiled.CreateScorer().Score("d", "قال الإرهابيون إن الثوار انسحبوا");
        Assert.Equal((1L, 1L), (result.Counts.Count(armed, PoleSide.A), result.Counts.Count(armed, PoleSide.B)));

        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"framing: imported 4 entries into 1 dimension of 'my-dict' from {dict} (2 of 3 categories mapped)", lines[0]);
        Assert.Equal("framing: warning: skipped 1 unmapped category: christmas", lines[1]);
        Assert.Equal("framing: warning: left out 0 duplicate patterns (the first wins) and 1 unusable pattern", lines[2]); // the '*ism' below
        Assert.Equal($"framing: warning: {dict}:5:5: pattern of category 'armed.terror' skipped: '*' inside or at the start of a word in \"*ism\" is not supported: Framing patterns support only '*' at the end of a word (a prefix)", lines[3]);
        Assert.Equal(4, lines.Length);

        // --quiet hides the summary only: what was skipped or left out is a warning, and warnings are always written.
        var (quietExit, _, quietError) = Run("lexicons", "import", dict, "--map", "armed.terror=armed-opposition/terrorism", "-m", "armed.opposition=armed-opposition/opposition@0.5", "--id", "my-dict", "--language", "ar,en", "-q");
        Assert.Equal(0, quietExit);
        Assert.Equal(lines[1..], quietError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ImportsALiwcDictionaryWithAMappingFileToAnOutputFileThatValidates()
    {
        var dic = Write("LIWC test.dic", Liwc);
        var map = Write("map.yaml", """
            categories:
              terror: { dimension: armed-opposition, pole: terrorism }
              opposition: armed-opposition/opposition@0.8
            dimensions:
              armed-opposition: { a: opposition, b: terrorism }
            """);
        var output = Path.Combine(_dir, "out.yaml");

        var (exit, stdout, stderr) = Run("lexicons", "import", dic, "--mapping", map, "--id", "liwc-test", "--language", "en", "-o", output);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("framing: imported 3 entries into 1 dimension of 'liwc-test'", stderr, StringComparison.Ordinal);
        Assert.Contains("; wrote " + output, stderr, StringComparison.Ordinal);
        Assert.Contains("framing: warning: skipped 1 unmapped category: funct", stderr, StringComparison.Ordinal);
        var lexicon = Lexicon.LoadFile(output);
        Assert.Equal("opposition", lexicon.Dimensions[0].PoleA.Id);
        Assert.Equal(PoleSide.A, Assert.Single(lexicon.Entries, e => e.Pattern == "rebel*").Side);
        Assert.Equal("imported from LIWC test.dic category terror", Assert.Single(lexicon.Entries, e => e.Pattern == "armed gangs").Note);

        var (validateExit, validateOut, _) = Run("lexicons", "validate", output);
        Assert.Equal(0, validateExit);
        Assert.Contains(": ok (liwc-test 0.1.0: 1 dimension, 0 composites, 3 entries)", validateOut, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDictionaryListsEveryErrorWithFileAndLineAndExitCode2()
    {
        // Only the first was shown, "(and 1 more)", with no way to list the rest but to fix and run again.
        var dic = Write("bad.dic", "%\n1\tterror\n%\nword\t1\t7\nother\t8\nnoids\n");

        var (exit, stdout, stderr) = Run("lexicons", "import", dic, "--map", "terror=d/p", "--id", "x", "--language", "en");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(
            $"framing: error: {dic}:4:8: unknown category id 7 for \"word\": the header does not define it\n"
            + $"framing: error: {dic}:5:7: unknown category id 8 for \"other\": the header does not define it\n"
            + $"framing: error: {dic}:6:1: \"noids\" has no category id (expected 'word<TAB>id<TAB>id...')\n",
            stderr);
    }

    [Fact]
    public void BadQuantedaYamlIsAnErrorWithItsPlace()
    {
        var dict = Write("bad.yml", "a: [x\n");

        var (exit, _, stderr) = Run("lexicons", "import", dict, "--map", "a=d/p", "--id", "x", "--language", "en");

        Assert.Equal(2, exit);
        Assert.StartsWith($"framing: error: {dict}:", stderr, StringComparison.Ordinal);
        Assert.Contains("invalid YAML", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void WeightsWrittenWithAnExponentAreImported()
    {
        // A script writes 5e-1 as readily as 0.5: --map and a mapping file take every invariant floating form.
        var dict = Write("dict.yml", Quanteda);
        var mapping = Write("map.yml", "categories:\n  armed.terror: { dimension: armed-opposition, pole: terrorism, weight: 5e-1 }\n  armed.opposition: armed-opposition/opposition@2.5E-1\n");

        foreach (var how in new[] { new[] { "--map", "armed.terror=armed-opposition/terrorism@5e-1", "--map", "armed.opposition=armed-opposition/opposition@2.5E-1" }, ["--mapping", mapping] })
        {
            var (exit, stdout, stderr) = Run(["lexicons", "import", dict, .. how, "--id", "my-dict", "--language", "ar,en"]);

            Assert.True(exit == 0, stderr);
            var lexicon = Lexicon.Parse(stdout, "stdout.yaml");
            Assert.Equal([500, 500, 250, 250], lexicon.Entries.Select(e => e.WeightMilli));
            Assert.Contains("weight: 0.5,", stdout, StringComparison.Ordinal);
            Assert.Contains("weight: 0.25,", stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--map", "terror=armed/terrorism@2", "framing: error: --map:1:8: invalid mapping \"terror=armed/terrorism@2\": weight 2 is out of range: it must be in (0, 1]")]
    [InlineData("--map", "terror", "framing: error: --map:1:1: invalid mapping \"terror\": expected CATEGORY=DIMENSION/POLE or CATEGORY=DIMENSION/POLE@WEIGHT")]
    [InlineData("--map", "terror=armed/Terror", "framing: error: --map:1:8: invalid mapping \"terror=armed/Terror\": pole id 'Terror' must use lower-case letters, digits and '-' (or be 'neutral')")]
    public void BadMappingsAreErrors(string option, string value, string expectedStart)
    {
        var dic = Write("ok.dic", Liwc);

        var (exit, _, stderr) = Run("lexicons", "import", dic, option, value, "--id", "x", "--language", "en");

        Assert.Equal(2, exit);
        Assert.StartsWith(expectedStart, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void NothingMappedIsAnInputError()
    {
        var dic = Write("ok.dic", Liwc);

        var (exit, _, stderr) = Run("lexicons", "import", dic, "--map", "nosuch=d/p", "--id", "x", "--language", "en");

        Assert.Equal(2, exit);
        Assert.Equal("framing: error: --map:1:1: category 'nosuch' is not in ok.dic (categories: terror, opposition, funct)\n", stderr);
    }

    [Fact]
    public void ThePatternsWithoutLettersImportedForBothLanguagesAreCountedInTheSummary()
    {
        var dict = Write("digits.yml", "c:\n  - \"2011\"\n  - \"١٩٤٨\"\n");

        var (exit, stdout, stderr) = Run("lexicons", "import", dict, "--map", "c=d/p", "--id", "digits", "--language", "ar,en");

        Assert.Equal(0, exit);
        Assert.Equal([("ar", "2011"), ("en", "2011"), ("ar", "١٩٤٨")], Lexicon.Parse(stdout, "digits.yaml").Entries.Select(e => (e.Language, e.Pattern)));
        Assert.StartsWith($"framing: imported 3 entries into 1 dimension of 'digits' from {dict} (1 of 1 categories mapped); 1 pattern without letters (such as numbers) imported for both ar and en\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImportedEntryThatCanNeverCountIsAWarningOnStandardError()
    {
        var dict = Write("shadow.yml", "opp:\n  - rebel*\n  - fight*\nterr:\n  - rebellion*\n  - fighters\n");

        var (exit, _, stderr) = Run("lexicons", "import", dict, "--map", "opp=d/opp", "--map", "terr=d/terr", "--id", "sh", "--language", "en");

        Assert.Equal(0, exit);
        Assert.Equal(
            [
                $"framing: imported 4 entries into 1 dimension of 'sh' from {dict} (2 of 2 categories mapped)",
                $"framing: warning: {dict}:5:5: pattern \"rebellion*\" of category 'terr' never counts: every word it matches is also matched by \"rebel*\" of category 'opp' (line 2), which wins the tie (it comes first in the lexicon); remove it, or list it before that entry in the lexicon with a weight at least as high for it to count",
            ],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void EveryWarningIsListedHoweverMany()
    {
        // After 20 warnings the rest were "... and 7 more warnings", with no way to see them, while --help promises
        // every pattern left out. Invented dictionary: 25 words in both categories (25 merged) and 2 unusable words.
        var words = string.Concat(Enumerable.Range(1, 25).Select(i => $"word{i}\t1\t2\n"));
        var dic = Write("t.dic", "%\n1\tpos\n2\tneg\n%\n" + words + "h?ppy\t1\nthe*y\t2\n");

        var (exit, _, stderr) = Run("lexicons", "import", dic, "--map", "pos=d/pos", "--map", "neg=d/neg", "--id", "t", "--language", "en", "-q");

        Assert.Equal(0, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("framing: warning: left out 25 duplicate patterns (the first wins) and 2 unusable patterns", lines[0]);
        Assert.Equal(28, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("framing: warning: ", l, StringComparison.Ordinal));
        Assert.StartsWith($"framing: warning: {dic}:31:1: word skipped: ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("more warnings", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternInTheOtherScriptThanItsLanguageIsAWarningOnStandardError()
    {
        // lexicons validate of the result warned; the import said nothing.
        var dict = Write("en.yml", "threat: [داعش, ISIS]\n");

        var (exit, _, stderr) = Run("lexicons", "import", dict, "--map", "threat=d/t", "--id", "s", "--language", "en", "-q");

        Assert.Equal(0, exit);
        Assert.Contains(
            $"framing: warning: {dict}:1:10: pattern \"داعش\" of category 'threat' is in Arabic script under 'lang: en', a language read as Latin script: it matches only documents given as en, without Arabic folding or clitics; give it an Arabic-script language (ar)\n",
            stderr,
            StringComparison.Ordinal);
    }

    [Fact]
    public void AMappedCategoryTheDictionaryDoesNotHaveIsAnInputErrorThatSuggestsTheLikelyOne()
    {
        // 'negmo' for 'negemo' exited 0 with a warning, and pole 'negative' had no entries.
        var dic = Write("emo.dic", "%\n1\tposemo\n2\tnegemo\n%\nhappy\t1\nsad\t2\n");
        var map = Write("map.yaml", "categories:\n  posemo: affect/positive\n  negmo: affect/negative\n");

        var (exit, stdout, stderr) = Run("lexicons", "import", dic, "--map", "posemo=affect/positive", "--map", "negmo=affect/negative", "--id", "emo", "--language", "en");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("framing: error: --map:2:1: category 'negmo' is not in emo.dic (did you mean 'negemo'?)\n", stderr);

        var (fileExit, _, fileError) = Run("lexicons", "import", dic, "--mapping", map, "--id", "emo", "--language", "en");
        Assert.Equal(2, fileExit);
        Assert.Equal($"framing: error: {map}:3:3: category 'negmo' is not in emo.dic (did you mean 'negemo'?)\n", fileError);
    }

    [Fact]
    public void AMappingFileWithAProblemIsAnErrorWithItsPlace()
    {
        var dic = Write("ok.dic", Liwc);
        var map = Write("map.yaml", "categories:\n  terror: { dimension: d, pole: p, weight: 3 }\n");

        var (exit, _, stderr) = Run("lexicons", "import", dic, "--mapping", map, "--id", "x", "--language", "en");

        Assert.Equal(2, exit);
        Assert.Equal($"framing: error: {map}:2:44: category 'terror': weight 3 is out of range: it must be in (0, 1]\n", stderr);
    }

    [Theory]
    [InlineData(new[] { "--map", "a=d/p", "--language", "en" }, "needs --id")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x" }, "needs --language")]
    [InlineData(new[] { "--id", "x", "--language", "en" }, "--map CATEGORY=DIMENSION/POLE")]
    [InlineData(new[] { "--map", "a=d/p", "--mapping", "m.yaml", "--id", "x", "--language", "en" }, "not both")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "Bad", "--language", "en" }, "lexicon id 'Bad'")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "fr" }, "unsupported language 'fr' (supported: ar, en): declare how to analyze it (latin, arabic-script, arabic; on the command line, --analysis fr=latin)")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "EN" }, "language 'EN' is not a language code: use 2 or 3 lower-case letters (ISO 639); write 'en'")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "fr", "--analysis", "fr=latn" }, "unknown analysis 'latn' for language 'fr' (expected latin, arabic-script, arabic)")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "fr", "--analysis", "de=latin" }, "the analysis of 'de' names a language the patterns are not in (fr)")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "en", "--analysis", "en=latin" }, "language 'en' has its own built-in analysis")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "fr", "--analysis", "fr" }, "invalid value 'fr' for --analysis: expected LANG=ANALYSIS")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "fr", "--analysis", "fr=latin", "--analysis", "fr=arabic" }, "language 'fr' is given two analyses (latin, arabic): give each language one")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "en", "--from", "wordstat" }, "invalid value 'wordstat' for --from")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "fa,ar", "--analysis", "fa=arabic-script" }, "languages fa, ar: both are written in Arabic script (fa: arabic-script), so patterns cannot be told apart by script: import each language separately")]
    [InlineData(new[] { "--map", "a=d/p", "--id", "x", "--language", "ar,ar" }, "language 'ar' is given twice in ar, ar: give each language once")]
    public void UsageMistakesExitWith2(string[] options, string message)
    {
        var dic = Write("ok.dic", Liwc);

        var (exit, stdout, stderr) = Run(["lexicons", "import", dic, .. options]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("framing: error: ", stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ADictionaryOfALanguageWithoutAProfileImportsWithItsAnalysis()
    {
        // Invented French dictionary. Before, --language fr was refused and no lexicon of another language could be
        // imported; now --analysis fr=latin is written to the lexicon, which validates and scores French text.
        var dictionary = Write("termes.yml", "terrorisme:\n  - terroristes\n  - djihadistes\nrebelles:\n  - rebelles\n  - insurgés\n");
        var (exit, stdout, stderr) = Run("lexicons", "import", dictionary, "--map", "terrorisme=armes/terreur", "--map", "rebelles=armes/rebelles", "--id", "termes", "--language", "fr", "--analysis", "fr=latin");

        Assert.True(exit == 0, stderr);
        Assert.Contains("languages: [fr]\nanalysis:\n  fr: latin\n", stdout, StringComparison.Ordinal);
        var lexicon = Lexicon.Parse(stdout, "termes.yaml");
        Assert.Equal([new LanguageAnalysis("fr", "latin")], lexicon.Metadata.Analysis);
        Assert.Equal(4, lexicon.Entries.Count);
        var scores = Framing.Verbs.FramingVerbs.ScoreGroups([Framing.Corpus.Document.Create("1", "Les TERRORISTES et les insurges.", ("outlet", "x"))], lexicon, new Framing.Verbs.GroupScoreOptions { Bootstrap = null });
        Assert.Equal((1L, 1L), (scores.Rows[0].Row.CountA, scores.Rows[0].Row.CountB));
    }

    [Fact]
    public void TheFormatComesFromTheExtensionOrFrom()
    {
        var txt = Write("dictionary.txt", Liwc);

        var (exit, _, stderr) = Run("lexicons", "import", txt, "--map", "terror=d/p", "--id", "x", "--language", "en");
        Assert.Equal(2, exit);
        Assert.Contains("add --from quanteda or --from liwc", stderr, StringComparison.Ordinal);

        var (exitWithFrom, stdout, _) = Run("lexicons", "import", txt, "--from", "liwc", "--map", "terror=d/p", "--id", "x", "--language", "en");
        Assert.Equal(0, exitWithFrom);
        Assert.Equal(2, Lexicon.Parse(stdout, "x.yaml").Entries.Count);
    }

    [Fact]
    public void AnUnwritableOutputIsAnInputError()
    {
        var dic = Write("ok.dic", Liwc);
        var output = Path.Combine(_dir, "no-such-folder", "out.yaml");

        var (exit, stdout, stderr) = Run("lexicons", "import", dic, "--map", "terror=d/p", "--id", "x", "--language", "en", "-o", output);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"framing: error: {output}: cannot write output: ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void AMissingDictionaryIsAnInputError()
    {
        var (exit, _, stderr) = Run("lexicons", "import", Path.Combine(_dir, "none.dic"), "--map", "a=d/p", "--id", "x", "--language", "en");

        Assert.Equal(2, exit);
        Assert.EndsWith(": error: " + Path.Combine(_dir, "none.dic") + ": no such file\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpShowsTheCommandWithExamples()
    {
        var (exit, stdout, _) = Run("lexicons", "import", "--help");
        Assert.Equal(0, exit);
        Assert.StartsWith("framing lexicons import - ", stdout, StringComparison.Ordinal);
        Assert.Contains("--map C=D/P[@W]", stdout, StringComparison.Ordinal);
        Assert.Contains("Examples:", stdout, StringComparison.Ordinal);

        var (lexiconsExit, lexiconsHelp, _) = Run("lexicons", "--help");
        Assert.Equal(0, lexiconsExit);
        Assert.Contains("  import     turn a quanteda (YAML) or LIWC (.dic) dictionary into a lexicon file", lexiconsHelp, StringComparison.Ordinal);

        var (_, generalHelp, _) = Run("--help");
        Assert.Contains("lexicons import", generalHelp, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, () => new MemoryStream(), new Dictionary<string, string?>(StringComparer.Ordinal), errorIsTerminal: false);
        var exit = FramingApp.Run(args, context);
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
