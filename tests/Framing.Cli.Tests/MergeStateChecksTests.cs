using System.Text.Json.Nodes;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>framing merge</c> merges each state once and refuses damaged states: exit code 2 with one line that names the
/// file, the place and the field, never a double count, a negative figure or a message of .NET's.
/// </summary>
public sealed class MergeStateChecksTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl");

    /// <summary>The state of the whole sample corpus (24 documents in 4 groups), saved as <paramref name="name"/>.</summary>
    private static string WholeState(TempFolder temp, string name = "w.json", string? corpus = null)
    {
        var path = Path.Combine(temp.Path, name);
        var result = CliRunner.Run("score", corpus ?? Sample, "--save-state", path, "-q");
        Assert.True(result.ExitCode == 0, result.Error);
        return path;
    }

    private static void AssertOneInputError(CliRunner.Result result, string start, string text)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: " + start, line, StringComparison.Ordinal);
        Assert.Contains(text, line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void TheSameWholeCorpusStateTwiceIsRefused()
    {
        using var temp = new TempFolder();
        var state = WholeState(temp);
        AssertOneInputError(CliRunner.Run("merge", state, state), state, ": given twice; each state must be merged once");
        var spelledOtherwise = Path.Combine(temp.Path, ".", "w.json");
        AssertOneInputError(CliRunner.Run("merge", state, spelledOtherwise), spelledOtherwise, $": the same file as {state}; each state must be merged once");
        var copy = Path.Combine(temp.Path, "copy.json");
        File.Copy(state, copy);
        AssertOneInputError(CliRunner.Run("merge", state, copy), copy, $": the same state as {state} (corpus \"{Sample}\", 24 documents, every figure equal); each state must be merged once");
    }

    [Fact]
    public void TheSameStateTwiceOnStandardInputIsRefused()
    {
        var line = CliRunner.Run("score", Sample, "--save-state", "-", "-q").Out;
        AssertOneInputError(CliRunner.RunWithInput(line + line, "merge", "-"), "-:2: the same state as -:1", "each state must be merged once");
    }

    [Fact]
    public void StatesOfDifferentDocumentsOnStandardInputAreNotTheSameStateEvenWithEqualFigures()
    {
        // Two splits of a Hadoop job, each one short article without a match in the same outlet: equal figures, corpus
        // "-" for both, but different documents, which the states' samples tell apart. They were refused as the same
        // state.
        var town = CliRunner.RunWithInput("{\"outlet\":\"a\",\"text\":\"rebels attacked the town\"}\n", "score", "-", "--save-state", "-", "-q").Out;
        var city = CliRunner.RunWithInput("{\"outlet\":\"a\",\"text\":\"rebels attacked the city\"}\n", "score", "-", "--save-state", "-", "-q").Out;
        var merged = CliRunner.RunWithInput(town + city, "merge", "-", "--format", "csv", "-q");
        Assert.True(merged.ExitCode == 0, merged.Error);
        var whole = CliRunner.RunWithInput("{\"id\":\"-:1\",\"outlet\":\"a\",\"text\":\"rebels attacked the town\"}\n{\"id\":\"-:1\",\"outlet\":\"a\",\"text\":\"rebels attacked the city\"}\n", "score", "-", "--format", "csv", "-q");
        Assert.Equal(whole.Out, merged.Out);

        // The same split given twice still is.
        AssertOneInputError(CliRunner.RunWithInput(town + town, "merge", "-"), "-:2: the same state as -:1", "each state must be merged once");
    }

    [Fact]
    public void StatesOfDifferentCorporaAreNotTheSameStateEvenWithTheSameFigures()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample);
        var first = temp.Write("2023.jsonl", string.Join('\n', lines.Take(10)) + "\n");
        var rest = temp.Write("2024.jsonl", string.Join('\n', lines.Skip(10)) + "\n");
        var copy = temp.Write("copy-of-2023.jsonl", string.Join('\n', lines.Take(10)) + "\n");
        var a = WholeState(temp, "a.json", first);
        var b = WholeState(temp, "b.json", rest);
        var c = WholeState(temp, "c.json", copy);
        var merged = CliRunner.Run("merge", a, b, "--format", "csv");
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Equal(CliRunner.Run("score", Sample, "--format", "csv", "-q").Out, merged.Out);

        // A copy of a corpus is another corpus, not the same state; but it holds the same documents, which the samples
        // of the states tell (MergeOverlapTests): refused, or merged with a warning when that is allowed.
        AssertOneInputError(CliRunner.Run("merge", a, c, "-q"), $"{a} and {c} share 10 documents", "--allow-overlap");
        var twoCorpora = CliRunner.Run("merge", a, c, "-q", "--allow-overlap");
        Assert.True(twoCorpora.ExitCode == 0, twoCorpora.Error);
        Assert.StartsWith($"framing: warning: {a} and {c} share 10 documents", Assert.Single(twoCorpora.ErrorLines), StringComparison.Ordinal);

        // The same corpus scored twice is one state given twice.
        var again = WholeState(temp, "again.json", first);
        AssertOneInputError(CliRunner.Run("merge", a, b, again), again, $": the same state as {a}");
    }

    [Fact]
    public void StatesWithoutDocumentsMayRepeatButNotTheSameFile()
    {
        var empty = CliRunner.RunWithInput(string.Empty, "score", "-", "--allow-empty", "--save-state", "-", "-q").Out;
        var merged = CliRunner.RunWithInput(empty + empty, "merge", "-", "--allow-empty");
        Assert.Equal(0, merged.ExitCode);
        Assert.Contains("merged 2 states: 0 documents", merged.Error, StringComparison.Ordinal);

        // Without --allow-empty, no document at all fails the merge as it fails one run over the whole corpus.
        AssertOneInputError(CliRunner.RunWithInput(empty + empty, "merge", "-"), "no documents in - (standard input)", "use --allow-empty");
        using var temp = new TempFolder();
        var file = temp.Write("empty.json", empty);
        AssertOneInputError(CliRunner.Run("merge", file, file), file, ": given twice");
    }

    public static TheoryData<string, string> Damages => new()
    {
        { "negative documents", "\"groups[0].documents\" must be a non-negative whole number, not -2" },
        { "negative count", "\"groups[1].counts[3]\" must be a non-negative whole number, not -1" },
        { "negative rejected", "\"documents_rejected\" must be a non-negative whole number, not -3" },
        { "group twice", "\"groups[4].group\" is \"al-minbar\" again (as groups[0]); a state lists each group once" },
        { "scored disagrees", "\"documents_scored\" is 30, but the groups hold 24 documents" },
        { "fraction", "\"groups[2].documents\" must be a non-negative whole number, not 3.5" },
        { "huge", "\"groups[2].documents\" must be a non-negative whole number, not 1e30" },
        { "missing tokens", "\"groups[2].tokens\" is missing" },
        { "null group", "\"groups[2].group\" must be a string, not null" },
        { "negative dimensions", "\"dimensions\" must be a whole number from 0 to 2147483647, not -1" },

        // These three were merged, into rows whose group was empty or unreadable: no corpus reader accepts such a group.
        { "empty group", "\"groups[2].group\" is empty, which every corpus reader refuses as a group: no run can have written it" },
        { "blank group", "\"groups[2].group\" is blank (\" \"), which every corpus reader refuses as a group" },
        { "invisible group", "\"groups[2].group\" holds only invisible characters (\"\\u200B\"), which every corpus reader refuses as a group" },
    };

    private static void Damage(string name, JsonObject root)
    {
        var groups = root["groups"]!.AsArray();
        switch (name)
        {
            case "negative documents": groups[0]!["documents"] = -2; break;
            case "negative count": groups[1]!["counts"]![3] = -1; break;
            case "negative rejected": root["documents_rejected"] = -3; break;
            case "group twice": groups.Add(groups[0]!.DeepClone()); break;
            case "scored disagrees": root["documents_scored"] = 30; break;
            case "fraction": groups[2]!["documents"] = 3.5; break;
            case "huge": groups[2]!["documents"] = JsonNode.Parse("1e30"); break;
            case "missing tokens": groups[2]!.AsObject().Remove("tokens"); break;
            case "null group": groups[2]!["group"] = null; break;
            case "empty group": groups[2]!["group"] = string.Empty; break;
            case "blank group": groups[2]!["group"] = " "; break;
            case "invisible group": groups[2]!["group"] = "\u200B"; break;
            case "negative dimensions": root["dimensions"] = -1; break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "unknown damage");
        }
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void ADamagedStateIsOneLineNamingTheFileAndTheField(string damage, string problem)
    {
        using var temp = new TempFolder();
        var state = WholeState(temp);
        var root = JsonNode.Parse(File.ReadAllText(state))!.AsObject();
        Damage(damage, root);
        var damaged = temp.Write("damaged.json", root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var result = CliRunner.Run("merge", damaged);
        AssertOneInputError(result, damaged + ":", ": not a valid framing state file: " + problem);
        Assert.Matches($@"^framing: error: {System.Text.RegularExpressions.Regex.Escape(damaged)}:\d+:\d+: ", result.Error);
        var piped = CliRunner.RunWithInput(root.ToJsonString() + "\n", "merge", "-");
        AssertOneInputError(piped, "-:1:", problem);
    }

    [Fact]
    public void AStateWhoseDimensionsDisagreeWithItsLexiconIsRefused()
    {
        var empty = CliRunner.RunWithInput(string.Empty, "score", "-", "--allow-empty", "--save-state", "-", "-q").Out;
        var root = JsonNode.Parse(empty)!.AsObject();
        root["dimensions"] = 5;
        using var temp = new TempFolder();
        var state = temp.Write("five.json", root.ToJsonString());
        AssertOneInputError(CliRunner.Run("merge", state), state, ": not a valid framing state file: \"dimensions\" is 5, but its lexicon starter has 3");
    }

    [Theory]
    [InlineData("tokens")]
    [InlineData("count")]
    public void StatesWhoseSumsExceedA64BitCountAreRefused(string figure)
    {
        // Each state is valid alone (a figure up to 2^63 - 1 is read), but the two sum past it: a negative figure
        // was merged and printed (tokens -9223372036854775808, negative rates and coverage) with exit 0.
        using var temp = new TempFolder();
        var root = JsonNode.Parse(File.ReadAllText(WholeState(temp)))!.AsObject();
        var group = root["groups"]![0]!;
        if (figure == "tokens")
        {
            group["tokens"] = 1L << 62;
        }
        else
        {
            group["counts"]![1] = 1L << 62;
        }

        root["corpus"] = "first.jsonl";
        var first = temp.Write("first.json", root.ToJsonString());
        root["corpus"] = "second.jsonl";
        var second = temp.Write("second.json", root.ToJsonString());
        Assert.Equal(0, CliRunner.Run("merge", first, "-q").ExitCode);
        AssertOneInputError(
            CliRunner.Run("merge", first, second, "--allow-overlap", "-q"),
            second + ": not a valid framing state file: added to the states before it, a figure exceeds a 64-bit count",
            "(the figures are not those of a real corpus)");
    }

    [Theory]
    [InlineData("voices")] // count_a adds a pole's editorial, quoted and attributed counts
    [InlineData("dimensions")] // a composite adds up its dimensions
    [InlineData("weights")]
    [InlineData("replicates")] // an interval adds up replicate sums over voices and dimensions
    public void StatesWhosePooledSumsExceedA64BitCountAreRefused(string figures)
    {
        // Each figure of each state fits, and so does each figure's sum over the states, but a figure the rows pool
        // from them does not: merged, count_a was printed negative with exit 0.
        using var temp = new TempFolder();
        var root = JsonNode.Parse(File.ReadAllText(WholeState(temp)))!.AsObject();
        const long Big = 6_000_000_000_000_000_000;
        var (first, second) = figures switch
        {
            "voices" => (0, 1), // dimension 0, pole A: editorial, then quoted
            "dimensions" => (0, 9), // pole A, editorial: dimension 0, then dimension 1
            _ => (0, 1),
        };
        root["corpus"] = "first.jsonl";
        var firstState = temp.Write("first.json", Edited(root, figures, first, Big).ToJsonString());
        root["corpus"] = "second.jsonl";
        var secondState = temp.Write("second.json", Edited(root, figures, second, Big).ToJsonString());
        Assert.Equal(0, CliRunner.Run("merge", firstState, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("merge", secondState, "-q").ExitCode);
        AssertOneInputError(
            CliRunner.Run("merge", firstState, secondState, "--allow-overlap", "-q"),
            secondState + ": not a valid framing state file: added to the states before it, a figure exceeds a 64-bit count",
            "(the figures are not those of a real corpus)");
    }

    [Theory]
    [InlineData("voices", 0, 1)]
    [InlineData("dimensions", 0, 9)]
    [InlineData("replicates", 0, 1)]
    public void AStateWhosePooledSumsExceedA64BitCountIsRefused(string figures, int one, int other)
    {
        // Two figures of one state, each valid alone, whose pooled sum is past a 64-bit count.
        using var temp = new TempFolder();
        var root = JsonNode.Parse(File.ReadAllText(WholeState(temp)))!.AsObject();
        const long Big = 6_000_000_000_000_000_000;
        root = Edited(Edited(root, figures, one, Big), figures, other, Big);
        var state = temp.Write("both.json", root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var result = CliRunner.Run("merge", state, "-q");
        AssertOneInputError(result, state + ":", ": not a valid framing state file: the figures of \"groups[0]\" add up past a 64-bit count");
    }

    [Fact]
    public void ALexiconPathOfTheStateNotFoundFromHereSaysWhereItCameFrom()
    {
        // A state records the path given to --lexicon, relative to where it was scored; from another folder, merge
        // said only "my.yaml: no such file".
        using var temp = new TempFolder();
        var root = JsonNode.Parse(File.ReadAllText(WholeState(temp)))!.AsObject();
        root["lexicon"]!["source"] = "no-such-folder-here/my.yaml";
        var state = temp.Write("relative.json", root.ToJsonString());
        AssertOneInputError(
            CliRunner.Run("merge", state, "-q"),
            state + " was scored with lexicon no-such-folder-here/my.yaml, not found from here",
            "; give it with --lexicon");
        Assert.Equal(0, CliRunner.Run("merge", state, "-q", "--lexicon", "starter").ExitCode);
    }

    /// <summary>A copy of <paramref name="root"/> with figure <paramref name="index"/> of the first group's counts and
    /// weights (only its weights for "weights"; its replicate sums, in their layout, for "replicates") set to <paramref name="value"/>.</summary>
    private static JsonObject Edited(JsonObject root, string figures, int index, long value)
    {
        var copy = root.DeepClone().AsObject();
        var group = copy["groups"]![0]!;
        if (figures == "replicates")
        {
            var bytes = Convert.FromBase64String(group["replicates"]!.GetValue<string>());
            var replicates = copy["bootstrap"]!["replicates"]!.GetValue<int>();
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(index * replicates * 8), value);
            group["replicates"] = Convert.ToBase64String(bytes);
        }
        else
        {
            if (figures != "weights")
            {
                group["counts"]![index] = value;
            }

            group["weights"]![index] = value;
        }

        return copy;
    }

    [Fact]
    public void PrettyPrintedStatesOnStandardInputAreSaidToNeedOneLineEach()
    {
        // A state file (pretty-printed) piped to 'merge -' said "-:1:2: not a framing state file: Expected depth to be
        // zero at the end of the JSON payload", which does not say that standard input takes one state per line.
        using var temp = new TempFolder();
        var state = File.ReadAllText(WholeState(temp));
        var result = CliRunner.RunWithInput(state, "merge", "-", "-q");

        AssertOneInputError(result, "-:1: not a framing state file: the line ends inside its JSON value", "one state per line, compact JSON as 'framing score --save-state -' writes it");
        Assert.DoesNotContain("Expected depth", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoStateOnStandardInputWithAllowEmptySaysWhyItIsStillAnError()
    {
        // Before, "no state to merge (standard input was empty)" with --allow-empty too, without saying why. A task of
        // 'score - --save-state - --allow-empty' writes a state for an empty split (README, Hadoop Streaming), so no
        // state at all is a job that read no input; and the lexicon and settings of a result are the states'.
        AssertOneInputError(CliRunner.RunWithInput(string.Empty, "merge", "-", "-q"), "no state to merge (standard input was empty)", "empty)");
        var result = CliRunner.RunWithInput(string.Empty, "merge", "-", "--allow-empty", "--lexicon", "starter", "-f", "csv");
        AssertOneInputError(result, "no state to merge (standard input was empty): --allow-empty accepts states that scored no document, not no state", "writes a state for an empty split too");

        // The empty split itself merges to the empty result.
        var empty = CliRunner.RunWithInput(string.Empty, "score", "-", "--save-state", "-", "--allow-empty", "-q");
        Assert.True(empty.ExitCode == 0, empty.Error);
        var merged = CliRunner.RunWithInput(empty.Out, "merge", "-", "--allow-empty", "-f", "csv", "-q");
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Single(merged.OutLines);
    }
}
