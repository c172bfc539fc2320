using System.Text;
using System.Text.Json.Nodes;
using Framing.Cli.Tests.Distribute;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>framing merge</c> prints and saves the same bytes whatever the order of its states: shards in the order of
/// their index (rejections too), whole-corpus states in the order of their corpora, from files or standard input.
/// </summary>
public sealed class MergeOrderTests
{
    /// <summary>An invented corpus of 30 records in three outlets: bad records at lines 2, 6, 10, 14 (malformed),
    /// 21 and 25, which are in shards 2, 3, 1, 2, 3 and 1 of three.</summary>
    private static string Corpus(string idPrefix = "d")
    {
        var sentences = new[]
        {
            "The militia shelled the border villages.", "Insurgents ambushed the army convoy.", "Troops liberated the old market.",
            "قصفت الميليشيا القرى الحدودية.", "حررت القوات السوق القديم.", "Fighters seized the bridge at dawn.",
        };
        var b = new StringBuilder();
        for (var i = 0; i < 30; i++)
        {
            if (i == 13)
            {
                b.Append("{\"id\": \"broken\n");
                continue;
            }

            if (i is 1 or 5 or 9 or 20 or 24)
            {
                b.Append("{\"id\":\"").Append(idPrefix).Append("bad").Append(i).Append("\",\"outlet\":\"x\",\"text\":\"\"}\n");
                continue;
            }

            b.Append("{\"id\":\"").Append(idPrefix).Append(i).Append("\",\"outlet\":\"o").Append(i % 3).Append("\",\"text\":\"")
                .Append(sentences[i % 6]).Append(' ').Append(sentences[(i * 5) % 6]).Append("\"}\n");
        }

        return b.ToString();
    }

    /// <summary>Merges the states in the order given; returns what it printed and the merged state's bytes.</summary>
    private static (string Out, string State) Merge(TempFolder temp, string? stdin, string format, params string[] states)
    {
        var saved = Path.Combine(temp.Path, "merged.json");
        var result = CliRunner.RunWithInput(stdin, ["merge", .. states, "--format", format, "--save-state", saved, "-q"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var state = File.ReadAllText(saved);
        File.Delete(saved);
        return (result.Out, state);
    }

    /// <summary>The same output and the same merged state, compared apart so that a failure shows which differs.</summary>
    private static void AssertSame((string Out, string State) expected, (string Out, string State) actual)
    {
        Assert.Equal(expected.Out, actual.Out);
        Assert.Equal(expected.State, actual.State);
    }

    private static List<(string File, int Line)> Rejections(string state) =>
        [.. JsonNode.Parse(state)!["rejections"]!.AsArray().Select(r => ((string)r!["file"]!, (int)r["line"]!))];

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("table")]
    public void ShardsMergeToTheSameBytesInAnyOrder(string format)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var files = new string[3];
        var lines = new string[3];
        for (var i = 1; i <= 3; i++)
        {
            files[i - 1] = Path.Combine(temp.Path, $"p{i}.json");
            Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", $"{i}/3", "--save-state", files[i - 1], "--skip-invalid", "-q", "--bootstrap", "40").ExitCode);
            var line = CliRunner.Run("score", corpus, "--shard", $"{i}/3", "--save-state", "-", "--skip-invalid", "-q", "--bootstrap", "40");
            Assert.Equal(0, line.ExitCode);
            lines[i - 1] = line.Out;
        }

        var inOrder = Merge(temp, null, format, files[0], files[1], files[2]);
        AssertSame(inOrder, Merge(temp, null, format, files[2], files[0], files[1]));
        AssertSame(inOrder, Merge(temp, null, format, files[1], files[2], files[0]));
        AssertSame(inOrder, Merge(temp, lines[2] + lines[0] + lines[1], format, "-"));
        AssertSame(inOrder, Merge(temp, lines[1] + lines[2], format, "-", files[0]));

        // Shard by shard, each shard's in its corpus order.
        Assert.Equal([10, 25, 2, 14, 6, 21], Rejections(inOrder.State).Select(r => r.Line));
    }

    [Fact]
    public void TheMergedStateNamesTheLexiconOfTheFirstShard()
    {
        // The same lexicon, loaded from two paths on two machines: the merged state names the source of shard 1.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var yaml = File.ReadAllText(Path.Combine(DistributeSlurmTests.RepositoryRoot(), "lexicons", "starter.yaml"));
        var lexicon1 = temp.Write("node1/lexicon.yaml", yaml);
        var lexicon2 = temp.Write("node2/lexicon.yaml", yaml);
        var s1 = Path.Combine(temp.Path, "s1.json");
        var s2 = Path.Combine(temp.Path, "s2.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "1/2", "--lexicon", lexicon1, "--save-state", s1, "--skip-invalid", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "2/2", "--lexicon", lexicon2, "--save-state", s2, "--skip-invalid", "-q").ExitCode);
        var inOrder = Merge(temp, null, "csv", s1, s2);
        AssertSame(inOrder, Merge(temp, null, "csv", s2, s1));
        Assert.Equal(lexicon1, (string)JsonNode.Parse(inOrder.State)!["lexicon"]!["source"]!);
    }

    [Fact]
    public void ABuiltInLexiconIdIsTakenInAnyCaseAndSavedAsTheId()
    {
        // Before: --lexicon STARTER was "unknown lexicon 'STARTER'", while every choice is taken in any case. The state
        // names the id as the library knows it, so that merge finds the lexicon again.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var state = Path.Combine(temp.Path, "s.json");
        var scored = CliRunner.Run("score", corpus, "--lexicon", "STARTER", "--save-state", state, "--skip-invalid", "-q");
        Assert.True(scored.ExitCode == 0, scored.Error);
        Assert.Equal("starter", (string)JsonNode.Parse(File.ReadAllText(state))!["lexicon"]!["source"]!);
        var merged = CliRunner.Run("merge", state, "-f", "csv", "-q");
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Equal(CliRunner.Run("score", corpus, "--skip-invalid", "-q", "-f", "csv").Out, merged.Out);
        Assert.Equal(0, CliRunner.Run("lexicons", "show", "Syria-Conflict", "-f", "csv").ExitCode);
    }

    [Fact]
    public void MissingShardsAreReportedFromTheLowestShard()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var s1 = Path.Combine(temp.Path, "s1.json");
        var s3 = Path.Combine(temp.Path, "s3.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "1/3", "--save-state", s1, "--skip-invalid", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "3/3", "--save-state", s3, "--skip-invalid", "-q").ExitCode);
        foreach (var order in new[] { new[] { s1, s3 }, [s3, s1] })
        {
            var missing = CliRunner.Run(["merge", .. order]);
            Assert.Equal(2, missing.ExitCode);
            Assert.Equal($"framing: error: {s1}: shard 2/3 is missing (use --allow-partial to merge anyway)", Assert.Single(missing.ErrorLines));
        }
    }

    [Fact]
    public void TheRejectionsKeptAreTheFirstThousandOfTheShardsInOrder()
    {
        // 3,000 records, all bad (empty text) but every tenth: shard 1/2 rejects 1,200 and shard 2/2 1,500, each keeping
        // its first 1,000. Merged in either order, the state keeps shard 1's 1,000 and none of shard 2's, and counts all.
        using var temp = new TempFolder();
        var b = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            b.Append("{\"id\":\"r").Append(i).Append("\",\"outlet\":\"o").Append(i % 3).Append("\",\"text\":\"")
                .Append(i % 10 == 0 ? "Troops liberated the old market." : string.Empty).Append("\"}\n");
        }

        var corpus = temp.Write("many.jsonl", b.ToString());
        var s1 = Path.Combine(temp.Path, "s1.json");
        var s2 = Path.Combine(temp.Path, "s2.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "1/2", "--save-state", s1, "--skip-invalid", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "2/2", "--save-state", s2, "--skip-invalid", "-q").ExitCode);
        var inOrder = Merge(temp, null, "csv", s1, s2);
        AssertSame(inOrder, Merge(temp, null, "csv", s2, s1));
        Assert.Equal(2700, (long)JsonNode.Parse(inOrder.State)!["documents_rejected"]!);
        var lines = Rejections(inOrder.State).Select(r => r.Line).ToList();
        Assert.Equal(1000, lines.Count);
        Assert.Equal(lines.Order(), lines);
        Assert.All(lines, line => Assert.Equal(1, line % 2)); // shard 1: the records at even positions, on odd lines
    }

    [Fact]
    public void WholeCorpusStatesMergeInTheOrderOfTheirCorpora()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.jsonl", Corpus("a"));
        var b = temp.Write("b.jsonl", Corpus("b"));
        var stateA = Path.Combine(temp.Path, "sa.json");
        var stateB = Path.Combine(temp.Path, "sb.json");
        Assert.Equal(0, CliRunner.Run("score", a, "--save-state", stateA, "--skip-invalid", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", b, "--save-state", stateB, "--skip-invalid", "-q").ExitCode);

        var ab = Merge(temp, null, "json", stateA, stateB);
        AssertSame(ab, Merge(temp, null, "json", stateB, stateA));
        Assert.Equal($"{a} + {b}", (string)JsonNode.Parse(ab.State)!["corpus"]!);
        Assert.Contains(StateJsonQuote($"{a} + {b}"), ab.Out, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Repeat(a, 6), .. Enumerable.Repeat(b, 6)], Rejections(ab.State).Select(r => r.File));

        // Parts of a stream (Hadoop Streaming, Spark): one corpus name, "-", whatever order the framework hands them in.
        var lineA = CliRunner.RunWithInput(File.ReadAllText(a), "score", "-", "--save-state", "-", "--skip-invalid", "-q").Out;
        var lineB = CliRunner.RunWithInput(File.ReadAllText(b), "score", "-", "--save-state", "-", "--skip-invalid", "-q").Out;
        AssertSame(Merge(temp, lineA + lineB, "csv", "-"), Merge(temp, lineB + lineA, "csv", "-"));
    }

    /// <summary>A JSON string as the JSON output writes it (the temporary folder's path has no character to escape).</summary>
    private static string StateJsonQuote(string text) => "\"" + text + "\"";
}
