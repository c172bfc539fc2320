using System.Text;
using Framing.Cli.Tests.Distribute;

namespace Framing.Cli.Tests;

/// <summary>
/// Golden output: every corpus command in every text format, over the built-in sample corpus and the larger invented
/// <see cref="GoldenCorpus"/>, must print byte for byte what the files under <c>Golden/</c> hold (exit code, standard
/// output, standard error; the temporary folder's path is written <c>&lt;tmp&gt;</c>). They were produced by the code
/// before the library verbs were introduced, so that the refactoring provably changes no output.
/// After a deliberate change of output, regenerate them with
/// <c>FRAMING_UPDATE_GOLDEN=1 dotnet test tests/Framing.Cli.Tests -c Release --filter GoldenOutputTests</c>
/// and review the diff before committing.
/// </summary>
public sealed class GoldenOutputTests(GoldenOutputTests.Fixture fixture) : IClassFixture<GoldenOutputTests.Fixture>
{
    private const string UpdateVariable = "FRAMING_UPDATE_GOLDEN";

    private static readonly string[] TableFormats = ["table", "csv", "json", "markdown"];
    private static readonly string[] CheckFormats = ["text", "json", "sarif", "github"];
    private static readonly string[] DataFormats = ["csv", "json"];

    /// <summary>Every case: corpus, case name, format.</summary>
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var corpus in new[] { "sample", "invented" })
        {
            foreach (var name in CaseNames(corpus))
            {
                var formats = name.StartsWith("check", StringComparison.Ordinal) ? CheckFormats : IsExtra(name) ? DataFormats : TableFormats;
                foreach (var format in formats)
                {
                    data.Add(corpus, name, format);
                }
            }
        }

        return data;
    }

    private static bool IsExtra(string name) => name.Contains('-', StringComparison.Ordinal) && name is not ("score-per-document" or "scale-wordscores");

    private static string[] CaseNames(string corpus)
    {
        string[] common = ["score", "score-per-document", "compare", "keyness", "coverage", "kwic", "check", "merge", "validate", "scale-wordscores"];
        return corpus == "sample"
            ? common
            : [.. common, "score-voice-quoted", "compare-vs-rest-editorial", "keyness-fisher", "kwic-quoted-pole", "validate-entries", "validate-cv", "scale-per-document"];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void OutputEqualsTheGoldenFile(string corpus, string name, string format)
    {
        var args = fixture.Arguments(corpus, name);
        var result = CliRunner.Run([.. args, "--format", format]);
        var actual = new StringBuilder()
            .Append("$ framing ").AppendJoin(' ', args.Select(fixture.Normalize)).Append(" --format ").Append(format).Append('\n')
            .Append("exit ").Append(result.ExitCode).Append('\n')
            .Append("--- stdout\n").Append(fixture.Normalize(result.Out))
            .Append("--- stderr\n").Append(fixture.Normalize(result.Error))
            .ToString();
        var path = Path.Combine(DistributeSlurmTests.RepositoryRoot(), "tests", "Framing.Cli.Tests", "Golden", corpus, $"{name}.{format}.txt");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with {UpdateVariable}=1 to create it");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (expected != actual)
        {
            Assert.Fail($"{path} differs from the output at line {FirstDifference(expected, actual)} (set {UpdateVariable}=1 to regenerate after a deliberate change)");
        }
    }

    [Fact]
    public void TheInventedCorpusIsLargeAndMixed()
    {
        var lines = GoldenCorpus.JsonLines().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(GoldenCorpus.Outlets.Length * GoldenCorpus.DocumentsPerOutlet, lines.Length);
        Assert.Contains(lines, l => !l.Contains("\"language\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains('«'));
        Assert.Equal(GoldenCorpus.JsonLines(), GoldenCorpus.JsonLines());
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                return $"{i + 1}:\n  expected: {e[i]}\n  actual:   {a[i]}";
            }
        }

        return $"{Math.Min(e.Length, a.Length) + 1} (one output is longer: {e.Length} against {a.Length} lines)";
    }

    /// <summary>The files the cases read: both corpora, leanings, reference positions and shard states.</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly TempFolder _temp = new();
        private readonly Dictionary<string, string[]> _states = [];
        private readonly Lock _lock = new();

        public Fixture()
        {
            SampleFile = _temp.Write("sample.jsonl", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl")));
            InventedFile = _temp.Write("invented.jsonl", GoldenCorpus.JsonLines());
            _temp.Write("known-sample.csv", "outlet,leaning\nal-mirsad,government\nnorthern-courier,government\nal-minbar,opposition\nharbor-tribune,opposition\n");
            _temp.Write("known-invented.csv", "outlet,leaning\n" + string.Concat(GoldenCorpus.Outlets.Select(o => $"{o.Outlet},{o.Leaning}\n")));
            _temp.Write("refs-sample.csv", "outlet,position\nal-mirsad,1\nal-minbar,-1\n");
            _temp.Write("refs-invented.csv", "outlet,position\nnorth-post,1\nal-sahil,0.8\nriver-daily,-1\nal-fajr-alhurr,-0.6\n");
            _temp.Write("refs-documents.csv", "id,position\nnorth-post-001,1\nnorth-post-002,1\nriver-daily-001,-1\nriver-daily-002,-1\n");
        }

        public string SampleFile { get; }

        public string InventedFile { get; }

        public string Normalize(string text) => text.Replace(_temp.Path, "<tmp>", StringComparison.Ordinal);

        public string[] Arguments(string corpus, string name)
        {
            var sample = corpus == "sample";
            var file = sample ? SampleFile : InventedFile;
            string[] corpusArg = sample ? [] : [file];
            string[] quick = sample ? [] : ["--bootstrap", "300"];
            string Path(string relative) => System.IO.Path.Combine(_temp.Path, relative);
            return name switch
            {
                "score" => ["score", .. corpusArg, .. quick],
                "score-per-document" => ["score", .. corpusArg, "--per-document"],
                "score-voice-quoted" => ["score", .. corpusArg, "--voice", "quoted", .. quick],
                "compare" => ["compare", .. corpusArg, .. (sample ? Array.Empty<string>() : ["--pairs", "all", "--bootstrap", "200", "--permutations", "200"])],
                "compare-vs-rest-editorial" => ["compare", .. corpusArg, "--pairs", "vs-rest", "--voice", "editorial", "--adjust", "BH", "--bootstrap", "200", "--permutations", "200"],
                "keyness" => ["keyness", .. corpusArg, .. (sample ? new[] { "--target", "al-minbar" } : ["--target", "north-post", "--ngrams", "1..2", "--measure", "chi2"])],
                "keyness-fisher" => ["keyness", .. corpusArg, "--target", "al-sahil", "--reference", "al-fajr-alhurr", "--measure", "fisher", "--min-count", "2"],
                "coverage" => ["coverage", .. corpusArg, .. (sample ? Array.Empty<string>() : ["--total", "--top", "10"])],
                "kwic" => ["kwic", .. corpusArg, .. (sample ? Array.Empty<string>() : ["--dimension", "government-forces", "--window", "3"])],
                "kwic-quoted-pole" => ["kwic", .. corpusArg, "--pole", "terrorism", "--voice", "quoted", "--window", "2"],
                "check" =>
                [
                    "check", file, "--editorial-pole", "armed-opposition/terrorism", "--max-document-score", "armed-opposition=0.5",
                    "--group-range", "government-forces=-0.5..0.5", "--source-root", _temp.Path,
                ],
                "merge" => ["merge", .. States(corpus, sample ? [] : [file, "--bootstrap", "300"])],
                "validate" => ["validate", file, "--known", Path($"known-{corpus}.csv"), "--side-a", "government", "--side-b", "opposition", .. quick],
                "validate-entries" => ["validate", file, "--known", Path($"known-{corpus}.csv"), "--side-a", "government", "--side-b", "opposition", "--entries", .. quick],
                "validate-cv" => ["validate", file, "--known-field", "leaning", "--side-a", "government", "--side-b", "opposition", "--cv", "outlets", .. quick],
                "scale-wordscores" => ["scale", "wordscores", .. corpusArg, "--reference", Path($"refs-{corpus}.csv"), .. (sample ? Array.Empty<string>() : ["--rescaling", "all"])],
                "scale-per-document" => ["scale", "wordscores", .. corpusArg, "--reference", Path("refs-documents.csv"), "--per-document"],
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown case"),
            };
        }

        /// <summary>The states of three shards of the corpus, saved once by <c>framing score --shard I/3 --save-state</c>.</summary>
        private string[] States(string corpus, string[] scoreArgs)
        {
            lock (_lock)
            {
                if (!_states.TryGetValue(corpus, out var states))
                {
                    states = new string[3];
                    for (var i = 1; i <= 3; i++)
                    {
                        states[i - 1] = System.IO.Path.Combine(_temp.Path, $"{corpus}-state-{i}.json");
                        var result = CliRunner.Run(["score", .. scoreArgs, "--shard", $"{i}/3", "--save-state", states[i - 1], "-q"]);
                        Assert.True(result.ExitCode == 0, result.Error);
                    }

                    _states[corpus] = states;
                }

                return states;
            }
        }

        public void Dispose() => _temp.Dispose();
    }
}
