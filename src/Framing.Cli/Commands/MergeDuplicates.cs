using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing merge</c> merges each state once: the same file given twice, or two states of the same corpus (and
/// shard) with every figure equal (the same state saved twice, or one corpus scored twice), would count each of its
/// documents twice. States of different corpora merge whatever their figures, and states that count no document add
/// nothing however often they are given (empty partitions of a Spark job). States are checked one at a time, as they
/// are read: what is kept of each is its file's full path and the digest of its figures, not the state.
/// </summary>
internal sealed class MergeDuplicates
{
    private readonly Dictionary<string, string> _files = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    // Digest → the name of the state it came from. The digest is SHA-256 (cryptographic), so an equal digest is taken
    // for the same state without comparing the two figure by figure (the earlier state is no longer in memory): two
    // different states with one digest would be a SHA-256 collision.
    private readonly Dictionary<string, string> _digests = new(StringComparer.Ordinal);

    /// <summary>Fails when a state was given before.</summary>
    /// <param name="input">The state just read.</param>
    /// <param name="digest">Its <see cref="TallyStateIdentity.Digest"/> when it is a whole-corpus state, null for a shard.</param>
    /// <exception cref="InputException">Its file, or a state with the same figures, was merged already.</exception>
    public void Check(StateInput input, string? digest)
    {
        if (input.File is { } path && !_files.TryAdd(Path.GetFullPath(path), path))
        {
            var earlier = _files[Path.GetFullPath(path)];
            throw new InputException(path == earlier
                ? $"{path}: given twice; each state must be merged once"
                : $"{path}: the same file as {earlier}; each state must be merged once");
        }

        // A shard's state needs no digest: MergeShards, which checks each state first, refuses a shard number given
        // twice, and two states of different shards cannot be the same. Only whole-corpus states are digested (SHA-256
        // of every figure: about 2 MB a state with 2,000 replicates, the cost of reading it again; StateMerge digests
        // them once, for this check and for their place in the merge's order).
        var state = input.State;
        if (state.Shard is not null || digest is null || TallyStateIdentity.IsEmpty(state))
        {
            return;
        }

        // Only states with the same corpus, shard, lexicon, settings and figures have the same digest.
        if (!_digests.TryAdd(digest, input.Name))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{input.Name}: the same state as {_digests[digest]} (corpus {StateJson.Quote(state.Corpus)}, {Output.Counted.Of(state.Tally.ScoredDocuments, "document")}, every figure equal); each state must be merged once (states of different corpora merge)"));
        }
    }
}
