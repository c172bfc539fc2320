using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Scoring.State;

namespace Framing.Tests.Scoring;

/// <summary>Saved states of tallies, for tests of state files.</summary>
internal static class TestStates
{
    /// <summary>The state of a tally scored with a built-in lexicon, over the corpus <c>mem</c> grouped by <c>outlet</c>.</summary>
    /// <param name="lexicon">The built-in lexicon (its id is its source).</param>
    /// <param name="tally">The tally.</param>
    /// <param name="shard">The shard scored, or null for the whole corpus.</param>
    /// <returns>The state.</returns>
    public static TallyState Of(Lexicon lexicon, CorpusTally tally, CorpusShard? shard = null) => new()
    {
        LexiconId = lexicon.Id,
        LexiconVersion = lexicon.Metadata.Version,
        LexiconSource = lexicon.Id,
        LexiconFingerprint = lexicon.Fingerprint,
        Corpus = "mem",
        GroupField = "outlet",
        Shard = shard,
        Tally = tally,
    };

    /// <summary>Writes a state to a file's bytes and reads it back.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The state read back.</returns>
    public static TallyState RoundTrip(TallyState state)
    {
        using var stream = new MemoryStream();
        TallyStateFile.Write(stream, state);
        stream.Position = 0;
        return TallyStateFile.Read(stream, "s.json");
    }
}
