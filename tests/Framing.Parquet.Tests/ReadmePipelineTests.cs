using System.Text.RegularExpressions;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Verbs;

namespace Framing.Parquet.Tests;

/// <summary>
/// README's "The pipeline, part by part" snippet is <see cref="Pipeline"/>'s body between the <c>// README</c> markers,
/// character for character (README's block adds only its <c>using</c> lines), so that it compiles against the current
/// API. It lives here because it plugs the Framing.Parquet format into the corpus reader factory. After editing the
/// snippet, edit it in both places.
/// </summary>
public sealed partial class ReadmePipelineTests
{
    [Fact]
    public void TheReadmeShowsExactlyThisCode()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Framing.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Framing.sln not found");
        }

        var readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var block = Block().Match(readme);
        Assert.True(block.Success, "README.md has no csharp block under '### The pipeline, part by part'");
        var lines = block.Groups[1].Value.Split('\n');
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(usings);
        Assert.Equal(string.Empty, lines[usings.Count]);
        var code = string.Join('\n', lines.Skip(usings.Count + 1));

        var source = File.ReadAllText(Path.Combine(root, "tests", "Framing.Parquet.Tests", "ReadmePipelineTests.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var snippet = Snippet().Match(source);
        Assert.True(snippet.Success);
        var indent = snippet.Groups["indent"].Length;
        var body = string.Concat(snippet.Groups[1].Value.Split('\n').Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));

        Assert.Equal(body, code);
        foreach (var line in usings)
        {
            Assert.Contains(line, source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheSnippetRunsUpToTheCorpusFileItNames()
    {
        Assert.False(File.Exists("corpus.jsonl"), "the test expects no corpus.jsonl in its working directory");

        var error = Assert.Throws<CorpusException>(() => Pipeline(null!));

        Assert.Contains("corpus.jsonl", error.Message, StringComparison.Ordinal);
    }

    /// <summary>README's snippet; <paramref name="otherTally"/> is the tally of another part of the corpus.</summary>
    internal static void Pipeline(CorpusTally otherTally)
    {
        // README: pipeline
        var lexicon = Lexicon.Load("starter");                 // built-in id, or a path to a .yaml file
        var compiled = lexicon.Compile();                      // immutable, thread-safe

        // One document
        var scorer = compiled.CreateScorer(new ScoringOptions { CollectMatches = true });   // one per thread
        var result = scorer.Score("doc-1", "Regime forces shelled the rebels.");
        foreach (var match in result.Matches)      // matches that count; negated, off-target and out-of-scope ones are in result.UncountedMatches
            Console.WriteLine($"{match.Dimension.Id} {match.Pole?.Id} '{match.Surface}' at {match.Start} ({match.Voice}, target {match.Target?.Id})");

        // A corpus, grouped by outlet
        var reader = CorpusReaderFactory.Open("corpus.jsonl");
        var tally = new CorpusRun(reader, new CorpusRunOptions { GroupField = "outlet" }).Score(compiled);
        foreach (var row in FramingVerbs.ScoreGroups(tally, lexicon).Rows)
            Console.WriteLine($"{row.Group} {row.Dimension} {row.Score}");

        // Other formats plug into the factory: Parquet from the Framing.Parquet package
        var factory = new CorpusReaderFactory(new Framing.Parquet.ParquetCorpusFormat());
        var parquet = factory.Create("corpus.parquet");      // detected by extension; or factory.Create(path, "parquet")

        // Tallies of parts of a corpus merge exactly into the tally of the whole
        tally.Merge(otherTally);
        // README: end
    }

    [GeneratedRegex("\n### The pipeline, part by part\n\n```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"\n(?<indent> *)// README: pipeline\n(.*?)\n *// README: end", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
