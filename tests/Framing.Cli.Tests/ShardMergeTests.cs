using System.Text;

namespace Framing.Cli.Tests;

public sealed class ShardMergeTests
{
    /// <summary>A corpus of 90 records with three outlets, two bad records and Arabic and English text.</summary>
    private static string Corpus()
    {
        var sentences = new[]
        {
            "The regime shelled rebel positions.", "Terrorists attacked the Syrian Arab Army.", "Government forces liberated the town.",
            "قوات النظام قصفت مواقع الثوار.", "الجيش العربي السوري لاحق الإرهابيين.", "Rebels seized the checkpoint.",
        };
        var b = new StringBuilder();
        for (var i = 0; i < 90; i++)
        {
            if (i is 17 or 60)
            {
                b.Append("{\"id\":\"bad").Append(i).Append("\",\"outlet\":\"x\",\"text\":\"\"}\n");
                continue;
            }

            b.Append("{\"id\":\"d").Append(i).Append("\",\"outlet\":\"o").Append(i % 3).Append("\",\"text\":\"")
                .Append(sentences[i % 6]).Append(' ').Append(sentences[(i * 5) % 6]).Append("\"}\n");
        }

        return b.ToString();
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void MergedShardsEqualOneRunOverTheWholeCorpus(string format)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var whole = CliRunner.Run("score", corpus, "--format", format, "--skip-invalid", "-q", "--bootstrap", "300");
        Assert.Equal(0, whole.ExitCode);
        var states = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            var state = Path.Combine(temp.Path, $"s{i}.json");
            var part = CliRunner.Run("score", corpus, "--shard", $"{i}/4", "--save-state", state, "--skip-invalid", "-q", "--bootstrap", "300");
            Assert.Equal(0, part.ExitCode);
            states.Add(state);
        }

        states.Reverse(); // merge order does not matter
        var merged = CliRunner.Run(["merge", .. states, "--format", format]);
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Equal(whole.Out, merged.Out);
        Assert.Contains("merged 4 states: 88 documents in 3 groups; rejected 2", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordsWithoutIdsGetTheSameIntervalsWhateverFolderTheCorpusIsNamedFrom()
    {
        // Shards of a corpus named by its full path (as 'framing distribute slurm' names it) merge into the bytes of a
        // run that named it otherwise: the ids of records without one, which seed their bootstrap weights, were the
        // path as typed, so the intervals differed.
        using var temp = new TempFolder();
        var noIds = string.Concat(Corpus().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => "{" + line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..] + "\n"));
        Assert.DoesNotContain("\"id\"", noIds, StringComparison.Ordinal);
        var corpus = temp.Write("c.jsonl", noIds);
        var spelledOtherwise = Path.Combine(temp.Path, ".", ".", "c.jsonl");
        var whole = CliRunner.Run("score", spelledOtherwise, "--format", "csv", "--skip-invalid", "-q", "--bootstrap", "300");
        Assert.Equal(0, whole.ExitCode);
        Assert.Contains(Csv.Parse(whole.Out), row => row["ci_low"].Length > 0 && row["ci_low"] != row["ci_high"]); // the runs have intervals to differ in
        var states = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var state = Path.Combine(temp.Path, $"s{i}.json");
            Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", $"{i}/3", "--save-state", state, "--skip-invalid", "-q", "--bootstrap", "300").ExitCode);
            states.Add(state);
        }

        var merged = CliRunner.Run(["merge", .. states, "--format", "csv"]);
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void ShardsPartitionTheRecords()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var ids = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var rows = Csv.Parse(CliRunner.Run("score", corpus, "--shard", $"{i}/3", "--per-document", "--format", "csv", "--skip-invalid", "-q").Out);
            ids.AddRange(rows.Select(r => r["id"]).Distinct());
        }

        Assert.Equal(88, ids.Count);
        Assert.Equal(88, ids.Distinct().Count());
    }

    [Fact]
    public void MergeRefusesMissingOrDuplicateShards()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var s1 = Path.Combine(temp.Path, "s1.json");
        var s2 = Path.Combine(temp.Path, "s2.json");
        CliRunner.Run("score", corpus, "--shard", "1/3", "--save-state", s1, "--skip-invalid", "-q");
        CliRunner.Run("score", corpus, "--shard", "2/3", "--save-state", s2, "--skip-invalid", "-q");
        var missing = CliRunner.Run("merge", s1, s2);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("shard 3/3 is missing", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);
        // Allowed, a partial merge says which shards its scores lack, even with -q (a warning, not the summary).
        var partial = CliRunner.Run("merge", s1, s2, "--allow-partial", "-q", "--format", "csv");
        Assert.Equal(0, partial.ExitCode);
        Assert.Equal("framing: warning: shard 3/3 is missing (--allow-partial): the scores cover only the shards given", Assert.Single(partial.ErrorLines));
        // A partial merge that then stops with an error prints the error alone: it printed the warning that shards
        // are missing before the error that the lexicon differs.
        var failed = CliRunner.Run("merge", s1, s2, "--allow-partial", "--lexicon", "syria-conflict", "-q", "--format", "csv");
        Assert.Equal(2, failed.ExitCode);
        Assert.StartsWith($"framing: error: {s1}: scored with lexicon starter", Assert.Single(failed.ErrorLines), StringComparison.Ordinal);
        var s3 = Path.Combine(temp.Path, "s3.json");
        CliRunner.Run("score", corpus, "--shard", "3/3", "--save-state", s3, "--skip-invalid", "-q");
        var complete = CliRunner.Run("merge", s1, s2, s3, "--allow-partial", "-q", "--format", "csv");
        Assert.Equal(0, complete.ExitCode);
        Assert.Empty(complete.ErrorLines);
        var twice = CliRunner.Run("merge", s1, s1, s2, "--allow-partial");
        Assert.Equal(2, twice.ExitCode);
        // The same file twice said "s1.json: shard 1/3 is also in s1.json".
        Assert.Equal($"framing: error: {s1}: given twice (shard 1/3); each shard must be merged once", Assert.Single(twice.ErrorLines));
        var copy = Path.Combine(temp.Path, "copy.json");
        File.Copy(s1, copy);
        Assert.Equal($"framing: error: {copy}: shard 1/3 is also in {s1}; each shard must be merged once", Assert.Single(CliRunner.Run("merge", s1, copy, s2).ErrorLines));

        // The same shard of a second corpus: the message names both corpora and the way to merge them (it said that
        // the shard "is also in" the first corpus's state).
        var other = temp.Write("other.jsonl", Corpus());
        var o1 = Path.Combine(temp.Path, "o1.json");
        CliRunner.Run("score", other, "--shard", "1/3", "--save-state", o1, "--skip-invalid", "-q");
        var two = CliRunner.Run("merge", s1, s2, s3, o1);
        Assert.Equal(2, two.ExitCode);
        Assert.Equal(
            $"framing: error: {o1}: shard 1/3 of \"{other}\", and {s1} is shard 1/3 of \"{corpus}\": the shards of one split are merged in one run, each once; to merge two sharded corpora, merge each corpus's shards first (framing merge <its shards> --save-state FILE), then merge the merged states",
            Assert.Single(two.ErrorLines));
    }

    /// <summary>
    /// Shards of one split that name different corpora (the same split of two corpora) merge, since a corpus may sit at
    /// another path on each node, but with a warning naming the corpora, even with -q.
    /// </summary>
    [Fact]
    public void ShardsOfCorporaOfDifferentNamesAreWarnedAbout()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.jsonl", Corpus());
        var b = temp.Write("b.jsonl", Corpus());
        var s1 = Path.Combine(temp.Path, "s1.json");
        var s2 = Path.Combine(temp.Path, "s2.json");
        Assert.Equal(0, CliRunner.Run("score", a, "--shard", "1/2", "--save-state", s1, "--skip-invalid", "-q", "-o", Path.Combine(temp.Path, "o1.csv")).ExitCode);
        Assert.Equal(0, CliRunner.Run("score", b, "--shard", "2/2", "--save-state", s2, "--skip-invalid", "-q", "-o", Path.Combine(temp.Path, "o2.csv")).ExitCode);
        var merged = CliRunner.Run("merge", s2, s1, "-q", "--format", "csv");
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal($"framing: warning: the shards come from corpora of different names ({a}, {b}): they were merged as shards of one corpus; check that they are", Assert.Single(merged.ErrorLines));
    }

    [Fact]
    public void AWholeCorpusStateAndShardsAreRefusedNamingBoth()
    {
        // The whole corpus and a shard of it overlap: one line, exit 2, naming both files, in either order.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var whole = Path.Combine(temp.Path, "whole.json");
        var s1 = Path.Combine(temp.Path, "s1.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--save-state", whole, "--skip-invalid", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "1/3", "--save-state", s1, "--skip-invalid", "-q").ExitCode);
        var wholeLast = CliRunner.Run("merge", s1, whole, "--allow-partial");
        Assert.Equal(2, wholeLast.ExitCode);
        Assert.Equal($"framing: error: {whole}: a state that is not a shard (a whole corpus, or shards merged into one state) cannot be merged with shards ({s1} is shard 1/3): it may hold their documents; merge every shard of a split in one run", Assert.Single(wholeLast.ErrorLines));
        var shardLast = CliRunner.Run("merge", whole, s1, "--allow-partial");
        Assert.Equal(2, shardLast.ExitCode);
        Assert.Equal($"framing: error: {s1}: shard 1/3 cannot be merged with a state that is not a shard ({whole}: a whole corpus, or shards merged into one state): it may hold the shard's documents; merge every shard of a split in one run", Assert.Single(shardLast.ErrorLines));
    }

    [Fact]
    public void ShardsMergedIntoOneStateAreNotMergedWithTheRestOfTheirSplit()
    {
        // A state merged from shards 1 and 2 (--allow-partial) is not a shard; with shard 3 it was refused because
        // "documents would be counted twice", which they would not be. It is still refused (the state does not say
        // which shards it holds), and the message says what to do.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var states = Enumerable.Range(1, 3).Select(i => Path.Combine(temp.Path, $"s{i}.json")).ToArray();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", $"{i + 1}/3", "--save-state", states[i], "--skip-invalid", "-q").ExitCode);
        }

        var twelve = Path.Combine(temp.Path, "s12.json");
        Assert.Equal(0, CliRunner.Run("merge", states[0], states[1], "--allow-partial", "--save-state", twelve, "-q", "-o", Path.Combine(temp.Path, "o.csv")).ExitCode);

        var result = CliRunner.Run("merge", twelve, states[2]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.DoesNotContain("counted twice", line, StringComparison.Ordinal);
        Assert.EndsWith("merge every shard of a split in one run", line, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("merge", states[0], states[1], states[2], "-q", "-o", Path.Combine(temp.Path, "all.csv")).ExitCode);
    }

    [Fact]
    public void MissingShardsOfAHugeSplitAreOneShortLine()
    {
        // A shard 1/10000000 is valid (most shards of a small corpus are empty); the merge names the missing shards as
        // runs, instead of listing ten million in one line (or running out of memory), or a hundred (a 900-character line).
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var s1 = Path.Combine(temp.Path, "s1.json");
        var s3 = Path.Combine(temp.Path, "s3.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "1/10000000", "--save-state", s1, "--skip-invalid", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "3/10000000", "--save-state", s3, "--skip-invalid", "-q").ExitCode);
        var missing = CliRunner.Run("merge", s1, s3);
        Assert.Equal(2, missing.ExitCode);
        var line = Assert.Single(missing.ErrorLines);
        Assert.Equal($"framing: error: {s1}: shards 2, 4-10000000 of 10000000 are missing (use --allow-partial to merge anyway)", line);
        Assert.Equal(0, CliRunner.Run("merge", s1, s3, "--allow-partial", "-q").ExitCode);
    }

    [Fact]
    public void MergeRefusesStatesFromDifferentLexiconsOrSettings()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var a = Path.Combine(temp.Path, "a.json");
        var b = Path.Combine(temp.Path, "b.json");
        var c = Path.Combine(temp.Path, "c.json");
        CliRunner.Run("score", corpus, "--shard", "1/2", "--save-state", a, "--skip-invalid", "-q");
        CliRunner.Run("score", corpus, "--shard", "2/2", "--save-state", b, "--skip-invalid", "-q", "--lexicon", "syria-conflict");
        CliRunner.Run("score", corpus, "--shard", "2/2", "--save-state", c, "--skip-invalid", "-q", "--seed", "7");
        var lexicons = CliRunner.Run("merge", a, b);
        Assert.Equal(2, lexicons.ExitCode);
        Assert.Contains("same lexicon", Assert.Single(lexicons.ErrorLines), StringComparison.Ordinal);
        var seeds = CliRunner.Run("merge", a, c);
        Assert.Equal(2, seeds.ExitCode);
        Assert.Contains("--seed", Assert.Single(seeds.ErrorLines), StringComparison.Ordinal);
        var wrongLexicon = CliRunner.Run("merge", a, Path.Combine(temp.Path, "nope.json"));
        Assert.Equal(2, wrongLexicon.ExitCode);
        Assert.Contains("no such file", wrongLexicon.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--language", "ar", "'ar', but {0} with --language 'auto'")]
    [InlineData("--language-field", "lang", "'lang', but {0} with --language-field 'language'")]
    [InlineData("--text-field", "body", "'body', but {0} with --text-field 'text'")]
    [InlineData("--id-field", "ident", "'ident', but {0} with --id-field 'id'")]
    public void MergeRefusesShardsReadOrAnalyzedWithOtherOptions(string option, string value, string expected)
    {
        // Shards scored with another --language (or text, id or language field) merged silently into scores that no
        // run over the whole corpus gives.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var a = Path.Combine(temp.Path, "a.json");
        var b = Path.Combine(temp.Path, "b.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--shard", "1/2", "--save-state", a, "--skip-invalid", "-q").ExitCode);
        var other = CliRunner.Run("score", corpus, "--shard", "2/2", "--save-state", b, "--skip-invalid", "-q", "--allow-empty", option, value);
        Assert.True(other.ExitCode == 0, other.Error);
        var result = CliRunner.Run("merge", a, b, "--allow-empty");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"framing: error: {b}: scored with {option} {string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, a)}; shards of one corpus must be scored with the same {option}",
            Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);

        // Either order, naming the state read second.
        var reversed = CliRunner.Run("merge", b, a, "--allow-empty");
        Assert.Equal(2, reversed.ExitCode);
        Assert.StartsWith($"framing: error: {a}: scored with {option} ", Assert.Single(reversed.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void ShardsThatDoNotRecordHowTheyWereReadStillMerge()
    {
        // States saved before the reading options were recorded say nothing of them: they merge as before, and the
        // merged state records what every state that says agrees on only when all say it.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus());
        var a = Path.Combine(temp.Path, "a.json");
        var b = Path.Combine(temp.Path, "b.json");
        CliRunner.Run("score", corpus, "--shard", "1/2", "--save-state", a, "--skip-invalid", "-q");
        CliRunner.Run("score", corpus, "--shard", "2/2", "--save-state", b, "--skip-invalid", "-q", "--language", "ar");
        var old = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(b))!.AsObject();
        foreach (var field in new[] { "text_field", "id_field", "language_field", "language" })
        {
            Assert.True(old.Remove(field), field);
        }

        File.WriteAllText(b, old.ToJsonString());
        var merged = Path.Combine(temp.Path, "m.json");
        var result = CliRunner.Run("merge", a, b, "--save-state", merged, "-q");
        Assert.True(result.ExitCode == 0, result.Error);
        var state = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(merged))!;
        Assert.Null(state["language"]);
        Assert.Null(state["text_field"]);

        var whole = Path.Combine(temp.Path, "a2.json");
        CliRunner.Run("score", corpus, "--shard", "2/2", "--save-state", whole, "--skip-invalid", "-q");
        Assert.Equal(0, CliRunner.Run("merge", a, whole, "--save-state", merged, "-q").ExitCode);
        state = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(merged))!;
        Assert.Equal("auto", state["language"]!.GetValue<string>());
        Assert.Equal("text", state["text_field"]!.GetValue<string>());
        Assert.Equal("id", state["id_field"]!.GetValue<string>());
        Assert.Equal("language", state["language_field"]!.GetValue<string>());
    }

    [Fact]
    public void NotAStateFileIsOneClearLine()
    {
        using var temp = new TempFolder();
        var bogus = temp.Write("x.json", "{\"hello\": 1}");
        var broken = temp.Write("y.json", "{\"format\": ");
        var r1 = CliRunner.Run("merge", bogus);
        Assert.Equal(2, r1.ExitCode);
        Assert.Contains("not a framing state file", Assert.Single(r1.ErrorLines), StringComparison.Ordinal);
        var r2 = CliRunner.Run("merge", broken);
        Assert.Equal(2, r2.ExitCode);
        Assert.StartsWith("framing: error: " + broken, Assert.Single(r2.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    public void BadShardIsAUsageError(string shard)
    {
        var result = CliRunner.Run("score", "--shard", shard);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}

public sealed class StreamingStateTests
{
    [Fact]
    public void StatesThroughStandardStreamsMergeExactly()
    {
        // As under Hadoop Streaming or Spark's pipe: each part of the corpus is scored from stdin with its state on
        // stdout (one JSON line), and the lines are merged from stdin.
        var sample = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl"));
        var first = CliRunner.RunWithInput(string.Join('\n', sample.Take(10)) + "\n", "score", "-", "--save-state", "-", "-q");
        var second = CliRunner.RunWithInput(string.Join('\n', sample.Skip(10)) + "\n", "score", "-", "--save-state", "-", "-q");
        Assert.Equal(0, first.ExitCode);
        Assert.Single(first.OutLines);
        var merged = CliRunner.RunWithInput(first.Out + second.Out, "merge", "-", "--format", "csv", "-q");
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Equal(CliRunner.Run("score", "--format", "csv", "-q").Out, merged.Out);
        var empty = CliRunner.RunWithInput(string.Empty, "merge", "-");
        Assert.Equal(2, empty.ExitCode);
        var bad = CliRunner.RunWithInput(first.Out + "{\"format\":\"nope\"}\n", "merge", "-");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("-:2", Assert.Single(bad.ErrorLines), StringComparison.Ordinal);
    }
}
