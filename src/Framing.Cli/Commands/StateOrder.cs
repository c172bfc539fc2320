using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>
/// A state's place in <c>framing merge</c>'s own order, which does not depend on the order of its arguments: the shards
/// of a corpus by their index; whole-corpus states by their corpus's name (ordinal comparison), then by the digest of
/// their figures (<see cref="TallyStateIdentity.Digest"/>), then by where their lexicon was loaded from. Two states
/// in the same place are the same state (refused as given twice) or count nothing.
/// </summary>
internal sealed class StateOrder : IComparable<StateOrder>
{
    private readonly int _shard; // the shard's index, 0 for a whole-corpus state (shards and whole states never merge together)
    private readonly string _corpus;
    private readonly string _digest;
    private readonly string _lexiconSource;

    private StateOrder(int shard, string corpus, string digest, string lexiconSource)
    {
        _shard = shard;
        _corpus = corpus;
        _digest = digest;
        _lexiconSource = lexiconSource;
    }

    /// <summary>The place of a state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="digest">Its <see cref="TallyStateIdentity.Digest"/>, for a whole-corpus state; null for a shard (its index places it).</param>
    /// <returns>Its place.</returns>
    public static StateOrder Of(TallyState state, string? digest)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Shard?.Index ?? 0, state.Corpus, digest ?? string.Empty, state.LexiconSource);
    }

    /// <inheritdoc />
    public int CompareTo(StateOrder? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = _shard.CompareTo(other._shard);
        if (order == 0)
        {
            order = string.CompareOrdinal(_corpus, other._corpus);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(_digest, other._digest);
        }

        return order != 0 ? order : string.CompareOrdinal(_lexiconSource, other._lexiconSource);
    }
}
