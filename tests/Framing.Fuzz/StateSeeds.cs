using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Scoring.State;

namespace Framing.Fuzz;

/// <summary>Saved states of a few invented documents scored with the shipped syria-conflict lexicon, for the state target.</summary>
internal static class StateSeeds
{
    /// <summary>A whole-corpus state with a bootstrap and a rejection, a shard without one, and both shards as JSON Lines.</summary>
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
        return [("whole.json", Bytes(whole)), ("shard.json", Bytes(shard)), ("states.jsonl", lines.ToArray())];
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

    private static byte[] Bytes(TallyState state)
    {
        using var stream = new MemoryStream();
        TallyStateFile.Write(stream, state);
        return stream.ToArray();
    }
}
