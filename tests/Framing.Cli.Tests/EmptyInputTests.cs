namespace Framing.Cli.Tests;

/// <summary>A corpus without documents fails loudly (exit 2, "no documents in PATH") unless --allow-empty says it is expected.</summary>
public sealed class EmptyInputTests
{
    public static TheoryData<string> Commands => new()
    {
        "score",
        "score --per-document --format csv",
        "compare",
        "keyness --target a",
        "coverage",
        "kwic",
        "check --editorial-pole armed-opposition",
        "validate --known-field outlet --side-a pro --side-b anti", // a folder's documents have no field but their group
        "scale wordscores --reference {reference}",
    };

    public static TheoryData<string, string> EmptyCorpora()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in Commands)
        {
            foreach (var corpus in new[] { "empty.jsonl", "blank-lines.jsonl", "header-only.csv", "header-only.tsv", "no-txt-folder", "-" })
            {
                data.Add(command, corpus);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmptyCorpora))]
    public void AnEmptyCorpusIsAnInputError(string command, string corpus)
    {
        using var temp = new TempFolder();
        var path = Create(temp, corpus);

        var result = Run(command, path);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: no documents in " + path, line, StringComparison.Ordinal);
        Assert.EndsWith("(use --allow-empty when an empty corpus is expected)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("passed", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("score --per-document --format json")]
    [InlineData("coverage --format csv")]
    [InlineData("kwic --format csv")]
    [InlineData("check --editorial-pole armed-opposition")]
    public void AllowEmptyAcceptsIt(string command)
    {
        using var temp = new TempFolder();
        var path = Create(temp, "empty.jsonl");

        var result = Run(command, path, "--allow-empty");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("framing: error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInputWithNothingIsNamedAsSuch()
    {
        var result = CliRunner.RunWithInput(string.Empty, "score", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: no documents in - (standard input) (use --allow-empty when an empty corpus is expected)", result.Error.TrimEnd('\n'));
    }

    [Fact]
    public void CheckFailsWhenOneOfItsInputsIsEmpty()
    {
        using var temp = new TempFolder();
        var good = temp.Write("good.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"The rebels advanced.\"}\n");
        var empty = temp.Write("empty.jsonl", string.Empty);

        var result = CliRunner.Run("check", good, empty, "--editorial-pole", "government-forces");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: no documents in " + empty, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRecordRejectedIsNoDocumentsAndSaysSo()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"\"}\nnot json\n");

        var result = CliRunner.Run("score", path, "--skip-invalid");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(3, result.ErrorLines.Length); // two warnings, then the error
        Assert.Equal($"framing: error: no documents in {path}: all 2 records were rejected (use --allow-empty when an empty corpus is expected)", result.ErrorLines[^1]);

        // One record: said in the singular (before: "all 1 records were rejected").
        var one = temp.Write("one.jsonl", "not json\n");
        var single = CliRunner.Run("score", one, "--skip-invalid");
        Assert.Equal(2, single.ExitCode);
        Assert.Equal($"framing: error: no documents in {one}: its only record was rejected (use --allow-empty when an empty corpus is expected)", single.ErrorLines[^1]);
    }

    [Fact]
    public void AFolderOfOtherCorpusFilesNamesThemAndTheFormatOption()
    {
        using var temp = new TempFolder();
        temp.Write("export/corpus.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"rebels\"}\n");
        temp.Write("export/more/b.csv", "id,outlet,text\n2,b,regime\n");
        temp.Write("export/notes.md", "not a corpus");
        var folder = Path.Combine(temp.Path, "export");

        var result = CliRunner.Run("score", folder);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"framing: error: no documents in {folder}: a folder corpus is its .txt files, and it has none, but it holds corpus.jsonl, more/b.csv; ", line, StringComparison.Ordinal);
        Assert.Contains("--corpus-format", line, StringComparison.Ordinal);
        Assert.Contains(Path.Join(folder, "corpus.jsonl"), line, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.md", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyShardOfANonEmptyCorpusIsFineButAnEmptyCorpusIsNot()
    {
        using var temp = new TempFolder();
        var one = temp.Write("one.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"The rebels advanced.\"}\n");
        var empty = temp.Write("empty.jsonl", string.Empty);

        var shard = CliRunner.Run("score", one, "--shard", "2/2", "--format", "csv");
        Assert.True(shard.ExitCode == 0, shard.Error);
        Assert.Contains("scored 0 documents", shard.Error, StringComparison.Ordinal);

        var none = CliRunner.Run("score", empty, "--shard", "1/2");
        Assert.Equal(2, none.ExitCode);
        Assert.StartsWith("framing: error: no documents in " + empty, none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DistributeRefusesAnEmptyCorpusBeforeSubmittingAndPassesAllowEmptyToTheShards()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("empty.jsonl", string.Empty);
        var output = Path.Combine(temp.Path, "run");

        var refused = CliRunner.Run("distribute", "slurm", empty, "--shards", "2", "--out", output, "--dry-run");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("framing: error: no documents in " + empty, refused.Error, StringComparison.Ordinal);

        var allowed = CliRunner.Run("distribute", "slurm", empty, "--shards", "2", "--out", output, "--dry-run", "--allow-empty");
        Assert.True(allowed.ExitCode == 0, allowed.Error);
        Assert.Contains(" --allow-empty --shard ", allowed.Out, StringComparison.Ordinal);
    }

    private static string Create(TempFolder temp, string corpus) => corpus switch
    {
        "empty.jsonl" => temp.Write(corpus, string.Empty),
        "blank-lines.jsonl" => temp.Write(corpus, "\n  \n\t\n"),
        "header-only.csv" => temp.Write(corpus, "id,outlet,text\n"),
        "header-only.tsv" => temp.Write(corpus, "id\toutlet\ttext\n"),
        "no-txt-folder" => Path.GetDirectoryName(temp.Write("no-txt-folder/readme.md", "nothing to score"))!,
        _ => "-",
    };

    private static CliRunner.Result Run(string command, string corpus, params string[] more)
    {
        using var temp = new TempFolder();
        var reference = temp.Write("reference.csv", "outlet,position\na,-1\nb,1\n");
        var words = command.Replace("{reference}", reference, StringComparison.Ordinal).Split(' ');
        var name = words[0] == "scale" ? 2 : 1;
        return CliRunner.RunWithInput(string.Empty, [.. words[..name], corpus, .. words[name..], .. more]);
    }
}
