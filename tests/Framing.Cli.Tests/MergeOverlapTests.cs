using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>framing merge</c> notices whole-corpus states that share documents, from the sample each state keeps of its
/// documents: a corpus and a part of it, a shard merged twice deep in a merge tree. Exit code 2 with one line naming two
/// of the states and how many documents they share (an estimate for large states), unless <c>--allow-overlap</c>
/// (then a warning, shown with <c>-q</c>). Shards of one split, corpora numbered alike with other texts, and states
/// saved before the sample (with a note) merge as before.
/// </summary>
public sealed partial class MergeOverlapTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>JSON Lines records <paramref name="first"/>.. of texts of their own, in outlets o0..o2, with ids
    /// <c>{idPrefix}{n}</c>, or none (their id is then their place, file:line).</summary>
    private static string Records(int first, int count, string? idPrefix = null, string topic = "the regime shelled the rebels")
    {
        var b = new StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            b.Append('{');
            if (idPrefix is not null)
            {
                b.Append(CultureInfo.InvariantCulture, $"\"id\":\"{idPrefix}{i}\",");
            }

            b.Append(CultureInfo.InvariantCulture, $"\"outlet\":\"o{i % 3}\",\"text\":\"Report {i}: {topic} near town {i % 17}.\"}}\n");
        }

        return b.ToString();
    }

    private string State(string name, string corpus, params string[] options)
    {
        var path = Path.Combine(_temp.Path, name);
        var result = CliRunner.Run(["score", corpus, "--save-state", path, "-q", .. options]);
        Assert.True(result.ExitCode == 0, result.Error);
        return path;
    }

    private string Merged(string name, params string[] states)
    {
        var path = Path.Combine(_temp.Path, name);
        var result = CliRunner.Run(["merge", .. states, "--save-state", path, "-q", "--allow-partial", "--format", "csv"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return path;
    }

    private static string Refused(CliRunner.Result result, string start)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: " + start, line, StringComparison.Ordinal);
        Assert.EndsWith(": merged, they would be counted more than once; give each document to one state (or use --allow-overlap to merge anyway)", line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
        return line;
    }

    private static (string First, string Second) Ordinal(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    [Fact]
    public void ACorpusAndAPartOfItAreRefusedNamingBoth()
    {
        // No id field: the records' ids are their places, which the copies do not keep; they are known by their texts.
        var all = Records(0, 40);
        var whole = State("whole.json", _temp.Write("whole.jsonl", all));
        var head = State("head.json", _temp.Write("head.jsonl", Records(0, 20)));
        var tail = State("tail.json", _temp.Write("tail.jsonl", Records(25, 15)));
        var (a, b) = Ordinal(head, whole);
        Refused(CliRunner.Run("merge", whole, head), $"{a} and {b} share 20 documents (same group, id and text)");
        Refused(CliRunner.Run("merge", head, whole, "-q"), $"{a} and {b} share 20 documents (same group, id and text)");
        var (c, d) = Ordinal(tail, whole);
        Refused(CliRunner.Run("merge", tail, whole), $"{c} and {d} share 15 documents");

        // The head and the rest of the corpus are disjoint: they merge into exactly the whole corpus's scores.
        var rest = State("rest.json", _temp.Write("rest.jsonl", Records(20, 20)));
        var merged = CliRunner.Run("merge", head, rest, "--format", "csv", "-q");
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Empty(merged.Error);
        Assert.Equal(CliRunner.Run("score", Path.Combine(_temp.Path, "whole.jsonl"), "--format", "csv", "-q").Out, merged.Out);
    }

    [Fact]
    public void LargeStatesAreComparedByTheirSamplesWithAnEstimate()
    {
        // 1,200 documents and the first 600: more than a sample holds, so the number shared is estimated.
        var whole = State("big.json", _temp.Write("big.jsonl", Records(0, 1200, "n")));
        var half = State("half.json", _temp.Write("half.jsonl", Records(0, 600, "n")));
        var (a, b) = Ordinal(half, whole);
        var line = Refused(CliRunner.Run("merge", whole, half), $"{a} and {b} share about ");
        Assert.Contains(" documents (same group, id and text, an estimate from samples of 256 documents a state)", line, StringComparison.Ordinal);
        var estimate = long.Parse(Number().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(estimate, 400, 900); // 600 shared

        // A few shared documents among many may pass unnoticed (the sample of 256 holds none of them); a corpus that
        // shares none passes.
        var other = State("other.json", _temp.Write("other.jsonl", Records(1200, 900, "n")));
        Assert.Equal(0, CliRunner.Run("merge", whole, other, "-q").ExitCode);
    }

    [Fact]
    public void SmallStatesThatShareOneDocumentAreRefusedWithTheExactCountThoughTogetherTheyHoldMoreThanASample()
    {
        // 200 documents, and corpora of 199 documents of their own and one of the first (copied): each state holds
        // fewer than 256 documents, so its sample lists them all, though the two together hold 399. The union's 256
        // smallest identities alone miss the shared one in about a third of such pairs.
        var a = Records(0, 200, "n");
        var first = State("a.json", _temp.Write("a.jsonl", a));
        var lines = a.Split('\n');
        var others = new List<string>();
        for (var k = 0; k < 8; k++)
        {
            var b = State($"b{k}.json", _temp.Write($"b{k}.jsonl", Records(1000 * (k + 1), 199, "n") + lines[k * 20] + "\n"));
            others.Add(b);
            var (x, y) = Ordinal(first, b);
            var result = CliRunner.Run("merge", first, b, "-q");
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                $"framing: error: {x} and {y} share 1 document (same group, id and text): merged, it would be counted more than once; give each document to one state (or use --allow-overlap to merge anyway)",
                Assert.Single(result.ErrorLines));
        }

        // With a large state that shares nothing, what the small ones share is still exact.
        var big = State("big.json", _temp.Write("big.jsonl", Records(20_000, 1200, "n")));
        var (p, q) = Ordinal(first, others[3]);
        Assert.StartsWith($"framing: error: {p} and {q} share 1 document (same group, id and text): merged, it would be", Assert.Single(CliRunner.Run("merge", big, others[3], first, "-q").ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void SixSmallStatesOfWhichTwoAreOneCorpusShareExactlyItsDocuments()
    {
        // Five corpora of 70 documents and a copy of one in another file (the records' ids are their places, which
        // the copy does not keep): 420 documents in all, more than a sample, but 70 in each state.
        var parts = Enumerable.Range(0, 5).Select(k => State($"p{k}.json", _temp.Write($"p{k}.jsonl", Records(100 * k, 70)))).ToList();
        var copy = State("copy.json", _temp.Write("copy.jsonl", Records(200, 70)));
        var (a, b) = Ordinal(parts[2], copy);
        var line = Refused(CliRunner.Run(["merge", .. parts, copy]), $"{a} and {b} share 70 documents (same group, id and text): merged");
        Assert.DoesNotContain("about", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ShardsOfOneSplitAreNeverComparedEvenWithRepeatedTexts()
    {
        // Every text three times in its outlet and no ids: the copies are one identity, spread over the shards.
        var corpus = _temp.Write("repeated.jsonl", Records(0, 30) + Records(0, 30) + Records(0, 30));
        var shards = Enumerable.Range(1, 3).Select(i => State($"s{i}.json", corpus, "--shard", $"{i}/3", "--parallel", i == 2 ? "2" : "1")).ToArray();
        var merged = CliRunner.Run(["merge", .. shards.Reverse(), "--format", "csv", "-q"]);
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Empty(merged.Error);
        Assert.Equal(CliRunner.Run("score", corpus, "--format", "csv", "-q").Out, merged.Out);
    }

    [Fact]
    public void CorporaNumberedAlikeWithOtherTextsShareNothing()
    {
        var first = State("first.json", _temp.Write("first.jsonl", Records(0, 30, string.Empty)));
        var second = State("second.json", _temp.Write("second.jsonl", Records(0, 30, string.Empty, "the army liberated the town")));
        Assert.All(new[] { "first.jsonl", "second.jsonl" }, f => Assert.StartsWith("{\"id\":\"0\",", File.ReadAllText(Path.Combine(_temp.Path, f)), StringComparison.Ordinal));
        var merged = CliRunner.Run("merge", first, second, "-q");
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Empty(merged.Error);
    }

    [Fact]
    public void AShardRepeatedDeepInAMergeTreeIsCaughtWhateverTheOrder()
    {
        var corpus = _temp.Write("c.jsonl", Records(0, 40, "c"));
        var shards = Enumerable.Range(1, 4).Select(i => State($"c{i}.json", corpus, "--shard", $"{i}/4")).ToArray();
        var other = State("d.json", _temp.Write("d.jsonl", Records(100, 20, "d")));
        var third = State("e.json", _temp.Write("e.jsonl", Records(200, 20, "e")));

        // Level 1: shards 1+2 and 2+3 (shard 2 twice); level 2: each with another corpus; level 3: the two.
        var left = Merged("left.json", Merged("m12.json", shards[0], shards[1]), other);
        var right = Merged("right.json", Merged("m23.json", shards[1], shards[2]), third);
        var (a, b) = Ordinal(left, right);
        var line = Refused(CliRunner.Run("merge", left, right), $"{a} and {b} share 10 documents");
        Assert.Equal(line, Refused(CliRunner.Run("merge", right, left, "-q"), line["framing: error: ".Length..]));

        // Without the repeated shard, the same tree merges into the scores of the three corpora.
        var disjoint = Merged("right2.json", Merged("m34.json", shards[2], shards[3]), third);
        var top = CliRunner.Run("merge", left, disjoint, "--format", "csv", "-q");
        Assert.True(top.ExitCode == 0, top.Error);
        Assert.Contains("\n", top.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlapsAllowedAreMergedWithAWarningShownEvenWithQuiet()
    {
        var whole = State("whole.json", _temp.Write("whole.jsonl", Records(0, 40, "w")));
        var head = State("head.json", _temp.Write("head.jsonl", Records(0, 1, "w")));
        var (a, b) = Ordinal(head, whole);
        string[] args = ["merge", whole, head, "--allow-overlap", "-q", "--format", "csv"];
        var merged = CliRunner.Run([.. args, "--save-state", Path.Combine(_temp.Path, "m1.json")]);
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal($"framing: warning: {a} and {b} share 1 document (same group, id and text) (--allow-overlap): the scores count it more than once", Assert.Single(merged.ErrorLines));
        Assert.Equal(41, (long)JsonNode.Parse(File.ReadAllText(Path.Combine(_temp.Path, "m1.json")))!["documents_scored"]!);

        // The same bytes, and the same warning, for the other order.
        var reversed = CliRunner.Run(["merge", head, whole, "--allow-overlap", "-q", "--format", "csv", "--save-state", Path.Combine(_temp.Path, "m2.json")]);
        Assert.Equal(merged.Out, reversed.Out);
        Assert.Equal(merged.Error, reversed.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_temp.Path, "m1.json")), File.ReadAllBytes(Path.Combine(_temp.Path, "m2.json")));
    }

    [Fact]
    public void TheSampleIsTheSameForAnyDegreeOfParallelism()
    {
        var corpus = _temp.Write("p.jsonl", Records(0, 700, "p"));
        var one = State("p1.json", corpus, "--parallel", "1");
        var two = State("p2.json", corpus, "--parallel", "2");
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
        var sample = Convert.FromBase64String((string)JsonNode.Parse(File.ReadAllText(one))!["document_sample"]!);
        Assert.Equal(256 * 8, sample.Length);
    }

    [Fact]
    public void StatesSavedWithoutASampleMergeAsBeforeWithANote()
    {
        // Without a bootstrap: a state of version 2 or 3 with one is refused (its weights were keyed otherwise).
        var whole = State("whole.json", _temp.Write("whole.jsonl", Records(0, 40, "w")), "--bootstrap", "0");
        var head = State("head.json", _temp.Write("head.jsonl", Records(0, 20, "w")), "--bootstrap", "0");
        var root = JsonNode.Parse(File.ReadAllText(head))!.AsObject();
        root["version"] = 2;
        root.Remove("document_sample");
        var old = _temp.Write("old.json", root.ToJsonString());

        var merged = CliRunner.Run("merge", whole, old, "--format", "csv", "--save-state", Path.Combine(_temp.Path, "m.json"));
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(
            $"framing: note: {old} holds no sample of its documents (saved by an older framing, state format 2, or merged from such a state): documents it shares with other states cannot be noticed (score it again to check)",
            merged.ErrorLines[0]);
        Assert.StartsWith("framing: merged 2 states: 60 documents", merged.ErrorLines[1], StringComparison.Ordinal);
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(_temp.Path, "m.json")))!["document_sample"]);
        Assert.Empty(CliRunner.Run("merge", whole, old, "-q").Error);

        // The merged state holds no sample either: merged again, it is noted, not compared.
        var again = CliRunner.Run("merge", Path.Combine(_temp.Path, "m.json"), head);
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith($"framing: note: {Path.Combine(_temp.Path, "m.json")} holds no sample", again.ErrorLines[0], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"share about (\d+) documents")]
    private static partial Regex Number();
}
