using System.Text;
using Framing.Scoring;
using Framing.Scoring.State;
using Framing.Verbs;

namespace Framing.Fuzz;

// The saved scoring states that 'framing merge' reads: a state file (indented JSON) and states on standard input
// (one JSON line each).
internal static partial class FuzzTargets
{
    private static readonly Lazy<Lexicons.Lexicon> SyriaSource = new(() => Lexicons.Lexicon.Load("syria-conflict"));

    /// <summary>
    /// Reads the bytes as a state file and as states on standard input: each state is read, or the input is refused
    /// with a TallyStateException (standard input's bytes that are not UTF-8: a DecoderFallbackException, which the
    /// command line words too). A state read is then used as 'framing merge' uses it: its identity, merged (alone and
    /// with itself, as two corpora with the same figures are: sums past a 64-bit count are an OverflowException,
    /// which the command line words, never a negative figure), scored with its lexicon when that is the shipped one,
    /// and written back: the state written reads back to the same bytes.
    /// </summary>
    private static void ReadState(byte[] bytes)
    {
        try
        {
            Use(TallyStateFile.Read(new MemoryStream(bytes, writable: false), "fuzz.json"));
        }
        catch (TallyStateException e) when (e.Message.Length > 0)
        {
            // Refused with one line: exit 2.
        }

        try
        {
            foreach (var state in TallyStateFile.EnumerateLines(new MemoryStream(bytes, writable: false), "-"))
            {
                Use(state);
            }
        }
        catch (TallyStateException e) when (e.Message.Length > 0)
        {
        }
        catch (DecoderFallbackException)
        {
        }
    }

    private static void Use(TallyState state)
    {
        _ = TallyStateIdentity.IsEmpty(state);
        if (state.Shard is null)
        {
            _ = TallyStateIdentity.Digest(state);
        }

        var alone = FramingVerbs.Merge([state.Tally]);
        CorpusTally? twice;
        try
        {
            twice = FramingVerbs.Merge([state.Tally, alone]); // the state's figures twice (one tally given twice is refused)
        }
        catch (OverflowException)
        {
            twice = null; // sums past a 64-bit count: 'framing merge' refuses the second state with one line
        }

        if (twice is not null && (twice.ScoredDocuments < 0 || twice.Groups.Any(g => g.Documents < 0 || g.Tokens < 0 || g.CoveredTokens < 0)))
        {
            throw new FuzzFailure("a merged figure is negative");
        }

        if (string.Equals(state.LexiconFingerprint, SyriaSource.Value.Fingerprint, StringComparison.Ordinal)
            && state.Tally.DimensionCount == SyriaSource.Value.Dimensions.Count)
        {
            _ = FramingVerbs.ScoreGroups(alone, SyriaSource.Value);
            if (twice is not null)
            {
                _ = FramingVerbs.ScoreGroups(twice, SyriaSource.Value);
            }
        }

        var written = Write(state);
        var again = Write(TallyStateFile.Read(new MemoryStream(written, writable: false), "written.json"));
        if (!written.AsSpan().SequenceEqual(again))
        {
            throw new FuzzFailure("a state read and written does not read back to the same state");
        }
    }

    private static byte[] Write(TallyState state)
    {
        using var stream = new MemoryStream();
        TallyStateFile.Write(stream, state);
        return stream.ToArray();
    }
}
