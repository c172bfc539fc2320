using System.Text;
using System.Text.Json.Nodes;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Scoring.State;

namespace Framing.Tests.Scoring;

/// <summary>
/// A damaged or hand-edited state file is refused with one line that names the file, the place (line and column),
/// the field by its JSON path and what is wrong, never merged and never with a message of .NET's.
/// </summary>
public sealed class StateFileValidationTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    private static readonly string[] Texts = ["The regime shelled the rebels.", "Terrorists fled the Syrian Arab Army.", "قوات النظام قصفت المعارضة.", "A quiet day."];

    /// <summary>60 records in outlets o0..o3: 58 documents scored, d5 and d42 rejected.</summary>
    private static string ValidState(bool indented = true)
    {
        var items = Enumerable.Range(0, 60).Select(i =>
        {
            var source = new DocumentSource("c.jsonl", i + 1);
            return i % 37 == 5
                ? CorpusItem.Rejected(new Diagnostic(source, "empty text"))
                : CorpusItem.Accepted(new Document("d" + i, new Dictionary<string, string> { ["outlet"] = "o" + (i % 4) }, Texts[i % 4] + " " + Texts[(i / 4) % 4], source));
        });
        var tally = new CorpusScorer(Starter.Compile(), null, new BootstrapSettings(20, 3)).Score(items, d => d.Fields["outlet"]);
        using var stream = new MemoryStream();
        TallyStateFile.Write(stream, TestStates.Of(Starter, tally), indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static TallyState Read(string json) => TallyStateFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "s.json");

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(ValidState())!.AsObject();
        edit(root);
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Group(JsonObject root, int index) => root["groups"]![index]!.AsObject();

    private static readonly Dictionary<string, Action<JsonObject>> Edits = new()
    {
        ["negative documents"] = r => Group(r, 0)["documents"] = -2,
        ["fraction"] = r => Group(r, 2)["documents"] = 3.5,
        ["huge"] = r => Group(r, 2)["documents"] = JsonNode.Parse("1e30"),
        ["negative count"] = r => Group(r, 1)["counts"]![3] = -1,
        ["negative weight"] = r => Group(r, 3)["weights"]![0] = -800,
        ["negative rejected"] = r => r["documents_rejected"] = -3,
        ["negative scored"] = r => r["documents_scored"] = -58,
        ["negative dimensions"] = r => r["dimensions"] = -1,
        ["group twice"] = r => r["groups"]!.AsArray().Add(Group(r, 0).DeepClone()),
        ["scored disagrees"] = r => r["documents_scored"] = 59,
        ["fewer rejected than listed"] = r => r["documents_rejected"] = 1,
        ["missing tokens"] = r => Group(r, 2).Remove("tokens"),
        ["missing lexicon"] = r => r.Remove("lexicon"),
        ["null group"] = r => Group(r, 0)["group"] = null,
        ["group with NUL"] = r => Group(r, 1)["group"] = "o\0x",
        ["empty group"] = r => Group(r, 1)["group"] = string.Empty,
        ["blank group"] = r => Group(r, 1)["group"] = " ",
        ["invisible group"] = r => Group(r, 1)["group"] = "\u200B",
        ["group after a BOM"] = r => Group(r, 1)["group"] = "\uFEFFo1",
        ["string version"] = r => r["version"] = "2",
        ["covered beyond tokens"] = r => Group(r, 1)["covered_tokens"] = 1_000_000,
        ["short weights"] = r => Group(r, 0)["weights"]!.AsArray().RemoveAt(0),
        ["short replicates"] = r => Group(r, 0)["replicates"] = "AAAA",
        ["negative replicate sum"] = r => Group(r, 0)["replicates"] = NegativeFirst((string)Group(r, 0)["replicates"]!),
        ["numeric seed"] = r => r["bootstrap"]!["seed"] = 5,
        ["zero replicates"] = r => r["bootstrap"]!["replicates"] = 0,
        ["bad shard"] = r => r["shard"] = "x\ny",
        ["object groups"] = r => r["groups"] = new JsonObject(),
        ["negative line"] = r => r["rejections"]![0]!["line"] = -1,
        ["unsorted sample"] = r => r["document_sample"] = EditSample((string)r["document_sample"]!, ids => (ids[0], ids[1]) = (ids[1], ids[0])),
        ["repeated identity"] = r => r["document_sample"] = EditSample((string)r["document_sample"]!, ids => ids[1] = ids[0]),
        ["sample beyond documents"] = r => r["document_sample"] = Convert.ToBase64String([.. Convert.FromBase64String((string)r["document_sample"]!), .. new byte[24]]),
        ["empty sample"] = r => r["document_sample"] = string.Empty,
        ["sample of odd bytes"] = r => r["document_sample"] = "AAAA",
        ["sample not base64"] = r => r["document_sample"] = "not base64!",
        ["numeric sample"] = r => r["document_sample"] = 5,
        ["missing sample"] = r => r.Remove("document_sample"),
        ["future version"] = r => r["version"] = 6,
        ["negative out of scope"] = r => Group(r, 1)["out_of_scope"]![3] = -1,
        ["short out of scope"] = r => Group(r, 0)["out_of_scope"]!.AsArray().RemoveAt(0),
        ["missing out of scope documents"] = r => Group(r, 0).Remove("documents_out_of_scope"),
        ["out of scope beyond documents"] = r => Group(r, 0)["documents_out_of_scope"] = 1000,
        ["first version"] = r => r["version"] = 1,
    };

    private static string EditSample(string base64, Action<ulong[]> edit)
    {
        var bytes = Convert.FromBase64String(base64);
        var ids = Enumerable.Range(0, bytes.Length / 8).Select(i => BitConverter.ToUInt64(bytes, i * 8)).ToArray();
        edit(ids);
        return Convert.ToBase64String(ids.SelectMany(BitConverter.GetBytes).ToArray());
    }

    private static string NegativeFirst(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        BitConverter.GetBytes(-1L).CopyTo(bytes, 0);
        return Convert.ToBase64String(bytes);
    }

    [Theory]
    [InlineData("negative documents", "\"groups[0].documents\" must be a non-negative whole number, not -2")]
    [InlineData("fraction", "\"groups[2].documents\" must be a non-negative whole number, not 3.5")]
    [InlineData("huge", "\"groups[2].documents\" must be a non-negative whole number, not 1e30")]
    [InlineData("negative count", "\"groups[1].counts[3]\" must be a non-negative whole number, not -1")]
    [InlineData("negative weight", "\"groups[3].weights[0]\" must be a non-negative whole number, not -800")]
    [InlineData("negative rejected", "\"documents_rejected\" must be a non-negative whole number, not -3")]
    [InlineData("negative scored", "\"documents_scored\" must be a non-negative whole number, not -58")]
    [InlineData("negative dimensions", "\"dimensions\" must be a whole number from 0 to 2147483647, not -1")]
    [InlineData("group twice", "\"groups[4].group\" is \"o0\" again (as groups[0]); a state lists each group once")]
    [InlineData("scored disagrees", "\"documents_scored\" is 59, but the groups hold 58 documents")]
    [InlineData("fewer rejected than listed", "\"documents_rejected\" is 1, fewer than the 2 rejections listed")]
    [InlineData("missing tokens", "\"groups[2].tokens\" is missing")]
    [InlineData("missing lexicon", "\"lexicon\" is missing")]
    [InlineData("null group", "\"groups[0].group\" must be a string, not null")]
    [InlineData("group with NUL", "\"groups[1].group\" holds U+0000 (NUL), which every corpus reader refuses as a group: no run can have written it")]
    [InlineData("empty group", "\"groups[1].group\" is empty, which every corpus reader refuses as a group: no run can have written it")]
    [InlineData("blank group", "\"groups[1].group\" is blank (\" \"), which every corpus reader refuses as a group")]
    [InlineData("invisible group", "\"groups[1].group\" holds only invisible characters (\"\\u200B\"), which every corpus reader refuses as a group")]
    [InlineData("group after a BOM", "\"groups[1].group\" begins with the invisible character U+FEFF, which every corpus reader refuses as a group")]
    [InlineData("string version", "\"version\" must be a whole number, not a string")]
    [InlineData("covered beyond tokens", "\"groups[1].covered_tokens\" is 1000000, more than the")]
    [InlineData("short weights", "\"groups[0].weights\" must have 27 values (9 for each of the 3 dimensions), not 26")]
    [InlineData("short replicates", "\"groups[0].replicates\" must be 3840 characters of base64 (360 64-bit sums: 2 poles x 3 voices x 20 replicates for each of the 3 dimensions), not 4")]
    [InlineData("negative replicate sum", "\"groups[0].replicates\" holds a negative sum, -1 (sum 0, counting from 0); replicate sums are never negative")]
    [InlineData("numeric seed", "\"bootstrap.seed\" must be a string, not 5")]
    [InlineData("zero replicates", "\"bootstrap.replicates\" must be a whole number from 1 to 100000, not 0")]
    [InlineData("bad shard", "\"shard\" must be I/N (a shard such as \"2/4\") or null, not \"x\\ny\"")]
    [InlineData("object groups", "\"groups\" must be an array, not an object")]
    [InlineData("negative line", "\"rejections[0].line\" must be a whole number from 0 to 2147483647, not -1")]
    [InlineData("unsorted sample", "\"document_sample\" must list distinct identities in ascending order, but identity 1 (counting from 0) is not above the one before it")]
    [InlineData("repeated identity", "\"document_sample\" must list distinct identities in ascending order, but identity 1 (counting from 0)")]
    [InlineData("sample beyond documents", "\"document_sample\" must hold from 1 to 58 64-bit identities (256 at most, and no more than the 58 documents scored), not 488 bytes")]
    [InlineData("empty sample", "\"document_sample\" must hold from 1 to 58 64-bit identities (256 at most, and no more than the 58 documents scored), not 0 bytes")]
    [InlineData("sample of odd bytes", "\"document_sample\" must hold from 1 to 58 64-bit identities (256 at most, and no more than the 58 documents scored), not 3 bytes")]
    [InlineData("sample not base64", "\"document_sample\" is not valid base64")]
    [InlineData("numeric sample", "\"document_sample\" must be a string, not 5")]
    [InlineData("missing sample", "\"document_sample\" is missing")]
    [InlineData("negative out of scope", "\"groups[1].out_of_scope[3]\" must be a non-negative whole number, not -1")]
    [InlineData("short out of scope", "\"groups[0].out_of_scope\" must have 27 values (9 for each of the 3 dimensions), not 26")]
    [InlineData("missing out of scope documents", "\"groups[0].documents_out_of_scope\" is missing")]
    [InlineData("out of scope beyond documents", "\"groups[0].documents_out_of_scope\" is 1000, more than the")]
    public void ADamagedStateIsRefusedWithItsFieldNamed(string edit, string problem)
    {
        var e = Assert.Throws<TallyStateException>(() => Read(Edit(Edits[edit])));
        Assert.Matches(@"^s\.json:\d+:\d+: not a valid framing state file: ", e.Message);
        Assert.Contains(": not a valid framing state file: " + problem, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.False(e.NotAState);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void AnotherFormatVersionIsRefusedAtItsField(int version)
    {
        var e = Assert.Throws<TallyStateException>(() => Read(Edit(r => r["version"] = version)));
        Assert.Matches($@"^s\.json:\d+:\d+: state format version {version} is not supported \(this framing reads versions 2 to 6\)$", e.Message);
    }

    [Theory]
    [InlineData(2, "by document id alone")]
    [InlineData(3, "by document id alone")]
    [InlineData(4, "by group and document id")]
    [InlineData(5, "by group and document id")]
    public void AStateOfAnEarlierVersionWithABootstrapIsRefused(int version, string keyed)
    {
        // Its replicate sums were drawn with weights keyed by the document id alone (versions 2 and 3) or by group and
        // id (4 and 5): merged with this version's, keyed by group, id and text, they would mix two resampling schemes.
        var e = Assert.Throws<TallyStateException>(() => Read(Edit(r => r["version"] = version)));
        Assert.Matches($@"^s\.json:\d+:\d+: state format version {version} keyed the bootstrap weights {keyed} \(version 6 keys them by group, id and text\): its replicate sums do not merge with this framing's; score the shard again$", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void AStateOfVersion4Or5WithoutABootstrapIsRead(int version)
    {
        var state = Read(Edit(r =>
        {
            r["version"] = version;
            WithoutBootstrap(r);
        }));
        var current = Read(ValidState());
        Assert.Null(state.Tally.Bootstrap);
        Assert.Equal(current.Tally.ScoredDocuments, state.Tally.ScoredDocuments);
        Assert.Equal(current.Tally.Groups.Select(g => g.Counts), state.Tally.Groups.Select(g => g.Counts));
        Assert.Equal(current.Tally.Sample!.Identities.ToArray(), state.Tally.Sample!.Identities.ToArray());
    }

    [Fact]
    public void AStateOfThisVersionWithABootstrapRoundTrips()
    {
        var text = ValidState();
        Assert.Equal(6, (int)JsonNode.Parse(text)!["version"]!);
        var state = Read(text);
        Assert.NotNull(state.Tally.Bootstrap);
        Assert.All(state.Tally.Groups, g => Assert.Contains(g.Replicates!.Export(), v => v != 0));
        using var again = new MemoryStream();
        TallyStateFile.Write(again, state);
        Assert.Equal(text, Encoding.UTF8.GetString(again.ToArray()));
    }

    [Fact]
    public void AVersion4StateReadsWithoutOutOfScopeFigures()
    {
        // Written before scope words existed: no document was out of scope (read without a bootstrap: a version 4
        // state's replicate sums are refused).
        var state = Read(Edit(r =>
        {
            r["version"] = 4;
            WithoutBootstrap(r);
            foreach (var group in r["groups"]!.AsArray())
            {
                group!.AsObject().Remove("out_of_scope");
                group.AsObject().Remove("documents_out_of_scope");
            }
        }));
        var current = Read(ValidState());
        Assert.All(state.Tally.Groups, g => Assert.Equal(0, g.Counts.OutOfScopeDocuments));
        Assert.Equal(current.Tally.Groups.Select(g => g.Counts), state.Tally.Groups.Select(g => g.Counts));
    }

    /// <summary>Removes the bootstrap and every group's replicate sums, as a state scored with <c>--bootstrap 0</c> has none.</summary>
    private static void WithoutBootstrap(JsonObject root)
    {
        root["bootstrap"] = null;
        foreach (var group in root["groups"]!.AsArray())
        {
            group!.AsObject().Remove("replicates");
        }
    }

    [Fact]
    public void AStateKeepsTheSampleOfItsDocumentsAndAVersion2StateReadsWithoutOne()
    {
        var text = ValidState();
        var state = Read(text);
        var sample = state.Tally.Sample!;
        Assert.Equal(58, sample.Count); // 58 documents, each with its own id
        Assert.Equal(sample.Identities.ToArray().Order(), sample.Identities.ToArray());
        using var again = new MemoryStream();
        TallyStateFile.Write(again, state);
        Assert.Equal(text, Encoding.UTF8.GetString(again.ToArray()));

        // A state saved before the sample (format version 2) is read without one, and is written back with null.
        var old = Read(Edit(r =>
        {
            r["version"] = 2;
            r.Remove("document_sample");
            r["bootstrap"] = null; // a state of version 2 or 3 is read only without a bootstrap
            foreach (var group in r["groups"]!.AsArray())
            {
                group!.AsObject().Remove("replicates");
            }
        }));
        Assert.Null(old.Tally.Sample);
        Assert.Equal(state.Tally.ScoredDocuments, old.Tally.ScoredDocuments);
        using var written = new MemoryStream();
        TallyStateFile.Write(written, old);
        var root = JsonNode.Parse(written.ToArray())!;
        Assert.Equal(6, (int)root["version"]!);
        Assert.True(root.AsObject().ContainsKey("document_sample"));
        Assert.Null(root["document_sample"]); // JSON null
        Assert.Null(Read(root.ToJsonString()).Tally.Sample);
    }

    [Fact]
    public void TheLineAndColumnAreTheFieldsValue()
    {
        var text = ValidState();
        Assert.Equal(58, Read(text).Tally.ScoredDocuments);
        var at = text.IndexOf("\"documents\": ", StringComparison.Ordinal) + "\"documents\": ".Length;
        var end = text.IndexOf(',', at);
        var edited = text[..at] + "-2" + text[end..];
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at - 1);
        var e = Assert.Throws<TallyStateException>(() => Read(edited));
        Assert.Equal($"s.json:{line}:{column}: not a valid framing state file: \"groups[0].documents\" must be a non-negative whole number, not -2", e.Message);
    }

    [Fact]
    public void AMissingFieldIsReportedAtItsObject()
    {
        var text = Edit(r => Group(r, 1).Remove("negated"));
        var at = text.IndexOf("\"group\": \"o1\"", StringComparison.Ordinal);
        var brace = text.LastIndexOf('{', at);
        var line = text[..brace].Count(c => c == '\n') + 1;
        var column = brace - text.LastIndexOf('\n', brace);
        var e = Assert.Throws<TallyStateException>(() => Read(text));
        Assert.Equal($"s.json:{line}:{column}: not a valid framing state file: \"groups[1].negated\" is missing", e.Message);
    }

    [Fact]
    public void AKeyGivenTwiceIsRefusedAtItsSecondPlace()
    {
        var text = ValidState();
        var at = text.IndexOf("\"tokens\": ", StringComparison.Ordinal);
        var edited = text[..at] + "\"tokens\": 5,\n      " + text[at..];
        var line = edited[..at].Count(c => c == '\n') + 2;
        var e = Assert.Throws<TallyStateException>(() => Read(edited));
        Assert.Equal($"s.json:{line}:7: not a valid framing state file: \"groups[0]\" has the key \"tokens\" twice", e.Message);
    }

    [Fact]
    public void AKeyEscapingHalfASurrogatePairIsRefused()
    {
        var e = Assert.Throws<TallyStateException>(() => Read(ValidState().Replace("\"by\":", "\"by\\ud800\":", StringComparison.Ordinal)));
        Assert.Matches(@"^s\.json:\d+:3: not a valid framing state file: a key of the state has an unpaired surrogate escape", e.Message);
    }

    [Fact]
    public void AStateLineFromStandardInputIsReportedAtItsLineAndColumn()
    {
        var line = ValidState(indented: false).TrimEnd('\n');
        var bad = line.Replace("\"documents_rejected\":2", "\"documents_rejected\":-3", StringComparison.Ordinal);
        Assert.NotEqual(line, bad);
        var column = bad.IndexOf("-3", StringComparison.Ordinal) + 1;
        var e = Assert.Throws<TallyStateException>(() => TallyStateFile.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n" + bad)), "-"));
        Assert.Equal($"-:2:{column}: not a valid framing state file: \"documents_rejected\" must be a non-negative whole number, not -3", e.Message);
    }

    [Fact]
    public void StateLinesAreReadOneAtATimeAsTheyAreEnumerated()
    {
        // framing merge holds one state at a time: a line is read and parsed only when the enumeration reaches it.
        var line = ValidState(indented: false).TrimEnd('\n');
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line + "\n\n" + line + "\nnot a state\n"));
        using var states = TallyStateFile.EnumerateLines(stream, "-").GetEnumerator();
        Assert.True(states.MoveNext());
        Assert.Equal(2, states.Current.Tally.RejectedDocuments);
        Assert.True(states.MoveNext());
        var e = Assert.Throws<TallyStateException>(() => states.MoveNext());
        Assert.StartsWith("-:4:", e.Message, StringComparison.Ordinal);
    }
}
