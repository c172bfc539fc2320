using System.Text;
using System.Text.RegularExpressions;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Statistics.Agreement;
using Framing.Statistics.Comparisons;
using Framing.Verbs;

namespace Framing.Statistics.Tests;

/// <summary>
/// The snippets of README's "The C# API" (its "### Verbs" blocks) are the code between the <c>// README</c> markers of
/// this file, character for character, so that every snippet is compiled and run here. After editing a snippet, edit
/// it in both places.
/// </summary>
public sealed partial class ReadmeApiTests
{
    /// <summary>Invented articles: two outlets, eight each, for the snippets to work on.</summary>
    private static readonly (string Id, string Outlet, string Text)[] Articles =
    [
        .. Enumerable.Range(1, 8).Select(i => ($"n{i}", "north-post", $"Units of the Syrian Arab Army liberated district {i} after clashes with terrorists. Army units restored security.")),
        .. Enumerable.Range(1, 8).Select(i => ($"r{i}", "river-daily", $"Regime forces stormed district {i} as rebels withdrew. {(i % 2 == 0 ? "Assad's forces overran the market." : "Residents fled.")}")),
    ];

    [Fact]
    public void ScoringAndComparingInMemory()
    {
        var articles = Articles.Select(a => (a.Id, a.Outlet, a.Text)).ToList();
        // README: score
        var lexicon = Lexicon.Load("starter");
        var documents = articles.Select(a => Document.Create(a.Id, a.Text, ("outlet", a.Outlet)));
        var scores = FramingVerbs.ScoreGroups(documents, lexicon);   // 2,000 bootstrap replicates, 95% intervals
        foreach (var row in scores.Rows)
            Console.WriteLine($"{row.Group} {row.Dimension}: {row.Score:0.###} [{row.Interval?.Lower:0.###}, {row.Interval?.Upper:0.###}]");
        // README: end

        var government = scores.Rows.Single(r => r.Group == "north-post" && r.Dimension == "government-forces");
        Assert.Equal(1.0, government.Score);
        Assert.Equal(16, scores.Tally.ScoredDocuments);
        var opposition = scores.Rows.Single(r => r.Group == "river-daily" && r.Dimension == "armed-opposition");
        Assert.Equal(-1.0, opposition.Score);
        Assert.NotNull(opposition.Interval);
        Assert.True(opposition.Interval.HasInterval, opposition.Interval.Note);

        // README: compare
        var pair = new ComparisonOptions { Pairs = ComparisonPairs.One, Pair = ("north-post", "river-daily") };
        var comparison = FramingVerbs.Compare(documents, lexicon, pair);
        foreach (var row in comparison.Rows.Where(r => r.Kind != ComparisonKind.Omnibus))
            Console.WriteLine($"{row.Dimension}: {row.Difference:0.###} [{row.DifferenceLower:0.###}, {row.DifferenceUpper:0.###}], p = {row.PPermutationAdjusted:0.####}");
        // README: end

        var forces = comparison.Rows.First(r => r.Dimension == "government-forces" && r.Kind != ComparisonKind.Omnibus);
        Assert.Equal(2.0, forces.Difference);
        Assert.True(forces.PPermutationAdjusted < 0.01, $"p = {forces.PPermutationAdjusted}");
    }

    [Fact]
    public void KeynessAndKwicOfAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "framing-readme-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, string.Concat(Articles.Select(a => $"{{\"id\":\"{a.Id}\",\"outlet\":\"{a.Outlet}\",\"text\":\"{a.Text}\"}}\n")), new UTF8Encoding(false));
        try
        {
            var lexicon = Lexicon.Load("starter");
            // README: keyness
            var run = new CorpusRun(CorpusReaderFactory.Open(path));   // grouped by the "outlet" field
            var keyness = FramingVerbs.Keyness(run, new KeynessRequest("north-post") { MaximumN = 2, Lexicon = lexicon });
            var marker = new LexiconTermMarker(lexicon.Compile());   // the lexicon column of framing keyness
            foreach (var term in keyness.Table.Rows.Take(10))
                Console.WriteLine($"{term.Term}: {term.Statistic:0.##} ({term.TargetCount} against {term.ReferenceCount}) {marker.Label(term.Term)}");
            // README: end

            Assert.Equal(8, keyness.TargetDocuments);
            Assert.Contains(keyness.Table.Rows, r => r.Term == "terrorists" && r.TargetCount == 8 && r.ReferenceCount == 0);
            Assert.Equal("armed-opposition/terrorism", marker.Label("terrorists"));
            Assert.Equal("partial: armed-opposition/terrorism", marker.Label("with terrorists"));
            Assert.Equal(string.Empty, marker.Label("district"));
            Assert.True(keyness.Table.Rows[0].TargetCount > keyness.Table.Rows[0].ReferenceCount);

            // README: kwic
            var matches = FramingVerbs.Kwic(new CorpusRun(CorpusReaderFactory.Open(path)), lexicon, new KwicOptions { Pole = "regime", Window = 3 });
            foreach (var line in matches)
                Console.WriteLine($"{line.DocumentId} {line.Group}: {line.Left} [{line.Match.Surface}] {line.Right}");
            // README: end

            var lines = FramingVerbs.Kwic(new CorpusRun(CorpusReaderFactory.Open(path)), lexicon, new KwicOptions { Pole = "regime", Window = 3 }).ToList();
            Assert.Equal(8 + 4, lines.Count);
            Assert.All(lines, l => Assert.Equal("river-daily", l.Group));
            Assert.Equal(("", "Regime forces", "stormed district 1"), (lines[0].Left, lines[0].Match.Surface, lines[0].Right));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AgreementWithAHumanCoder()
    {
        // README: agreement
        string?[] byLexicon = ["regime", "regime", "government", null, "government", "regime"];   // the pole found in each coded sentence
        string?[] byCoder = ["regime", "government", "government", "regime", "government", "regime"];
        var kappa = CohenKappa.Compute(byLexicon, byCoder);   // a sentence either side left uncoded (null) is left out
        Console.WriteLine($"kappa {kappa.Kappa:0.###} on {kappa.Items} sentences (agreement {kappa.ObservedAgreement:0.##})");
        // README: end

        // R: irr::kappa2(data.frame(c("r","r","g","g","r"), c("r","g","g","g","r")))$value -> 0.6153846 (p_o 0.8, p_e 0.48)
        Assert.Equal(5, kappa.Items);
        Assert.Equal(0.8, kappa.ObservedAgreement, 12);
        Assert.Equal(0.48, kappa.ExpectedAgreement, 12);
        Assert.Equal(0.32 / 0.52, kappa.Kappa, 12);
    }

    [Fact]
    public void DiagnosticsOfACorpusAndALexicon()
    {
        var stem = Path.Combine(Path.GetTempPath(), "framing-readme-" + Guid.NewGuid().ToString("N"));
        var path = stem + ".jsonl";
        var broken = stem + ".yaml";
        File.WriteAllText(path, string.Concat(Articles.Select(a => $"{{\"id\":\"{a.Id}\",\"outlet\":\"{a.Outlet}\",\"text\":\"{a.Text}\"}}\n")) + "{\"id\":\"x\",\"outlet\":\"north-post\"}\n", new UTF8Encoding(false));
        File.WriteAllText(broken, "id: broken\nversion: [\n", new UTF8Encoding(false));
        var logged = new List<List<Diagnostic>>();
        try
        {
            foreach (var lexiconPath in new[] { "starter", broken })
            {
                // README: diagnostics
                var problems = new List<Diagnostic>();   // one type for a bad record, a bad lexicon, a skipped import
                var lenient = new CorpusRun(CorpusReaderFactory.Open(path), new CorpusRunOptions { BadRecords = BadRecords.SkipEach(problems.Add) });
                try { FramingVerbs.ScoreGroups(lenient, Lexicon.Load(lexiconPath)); }
                catch (LexiconException e) { problems.AddRange(e.Errors); }
                foreach (var problem in problems)
                    Console.Error.WriteLine($"{problem.Severity} at {problem.Location}: {problem.Message}");
                // README: end
                logged.Add(problems);
            }
        }
        finally
        {
            File.Delete(path);
            File.Delete(broken);
        }

        var record = Assert.Single(logged[0]);
        Assert.Equal((DiagnosticSeverity.Error, path, 17, "missing field \"text\""), (record.Severity, record.Location.File, record.Location.Line, record.Message));
        Assert.NotEmpty(logged[1]);
        Assert.All(logged[1], d => Assert.Equal((DiagnosticSeverity.Error, broken), (d.Severity, d.Location.File)));
        Assert.All(logged[1], d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString()));
    }

    [Fact]
    public void TheReadmeShowsExactlyThisCode()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Framing.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Framing.sln not found");
        }

        var readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("\n### Verbs\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '### Verbs' section");
        var end = readme.IndexOf("\n#", start + 10, StringComparison.Ordinal);
        var blocks = Block().Matches(readme[start..end]).Select(m => m.Groups[1].Value).ToList();

        var source = File.ReadAllText(Path.Combine(root, "tests", "Framing.Statistics.Tests", "ReadmeApiTests.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var snippets = Snippet().Matches(source)
            .Select(m => string.Concat(m.Groups[1].Value.Split('\n').Select(l => (l.Length >= m.Groups["indent"].Length ? l[m.Groups["indent"].Length..] : l.TrimStart()) + "\n")).TrimEnd('\n') + "\n")
            .ToList();
        Assert.Equal(6, snippets.Count);
        Assert.Equal(snippets, blocks);
        Assert.True(snippets[0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 10);
        Assert.True(snippets[1].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 10);
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"\n(?<indent> *)// README: (?!end)\w+\n(.*?)\n *// README: end", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
