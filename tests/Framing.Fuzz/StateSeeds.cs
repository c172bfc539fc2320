using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Scoring.State;

namespace Framing.Fuzz;

/// <summary>Saved states of a few invented documents scored with the shipped syria-conflict lexicon, for the state target.</summary>
internal static class StateSeeds
{
    /// <summary>A whole-corpus state with a bootstrap and a rejection, a shard without one, both shards as JSON Lines,
    /// and two small states, each on one line (one document of one group; no dimensions and no groups, for a
    /// lexicon of none): afl's stacked mutations of an 11 KB state seldom leave all but one field intact, so checks
    /// that compare fields (documents scored against the groups' documents) were hardly reached from the large seeds
    /// alone.</summary>
    /// <param name="english">An English text.</param>
    /// <param name="arabic">An Arabic text.</param>
    /// <returns>Each seed's file name and bytes.</returns>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All(string english, string arabic)
    {
        var lexicon = Lexicon.Load("syria-conflict");
        var compiled = lexicon.Compile();
        CorpusItem[] items =
        [
            Item("1", "a", english),
            Item("2", "b", arabic),
            Item("3", "a", english + " " + arabic),
            CorpusItem.Rejected(new Diagnostic(new DocumentSource("corpus.jsonl", 4), "empty text")),
        ];
        var whole = State(lexicon, new CorpusScorer(compiled, null, new BootstrapSettings(4, 7)).Score(items, d => d.Fields["outlet"]), null);
        var shard = State(lexicon, new CorpusScorer(compiled).Score(items[..2], d => d.Fields["outlet"]), new CorpusShard(1, 2));
        var other = State(lexicon, new CorpusScorer(compiled).Score(items[2..], d => d.Fields["outlet"]), new CorpusShard(2, 2));
        using var lines = new MemoryStream();
        TallyStateFile.Write(lines, shard, indented: false);
        TallyStateFile.Write(lines, other, indented: false);
        var one = State(lexicon, new CorpusScorer(compiled).Score(items[..1], d => d.Fields["outlet"]), null);
        var none = new TallyState
        {
            LexiconId = "n",
            LexiconVersion = "1",
            LexiconSource = "n",
            LexiconFingerprint = "0",
            Corpus = "c",
            GroupField = "g",
            Shard = new CorpusShard(1, 1),
            Tally = new CorpusTally(0),
        };
        return
        [
            ("whole.json", Bytes(whole)), ("shard.json", Bytes(shard)), ("states.jsonl", lines.ToArray()),
            ("one.json", Bytes(one, indented: false)), ("none.json", Bytes(none, indented: false)),
        ];
    }

    private static CorpusItem Item(string id, string outlet, string text) =>
        CorpusItem.Accepted(new Document(id, new Dictionary<string, string>(StringComparer.Ordinal) { ["outlet"] = outlet }, text, new DocumentSource("corpus.jsonl", int.Parse(id, System.Globalization.CultureInfo.InvariantCulture))));

    private static TallyState State(Lexicon lexicon, CorpusTally tally, CorpusShard? shard) => new()
    {
        LexiconId = lexicon.Id,
        LexiconVersion = lexicon.Metadata.Version,
        LexiconSource = lexicon.Id,
        LexiconFingerprint = lexicon.Fingerprint,
        Corpus = "corpus.jsonl",
        GroupField = "outlet",
        Shard = shard,
        Tally = tally,
    };

    private static byte[] Bytes(TallyState state, bool indented = true)
    {
        using var stream = new MemoryStream();
        TallyStateFile.Write(stream, state, indented);
        return stream.ToArray();
    }
}
