using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Scoring;
using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing merge</c>'s check that whole-corpus states share no document, from the samples of their documents
/// (<see cref="DocumentSample"/>): a corpus and a part of it saved as another file, two corpora that share articles,
/// a state merged again inside a merged state. Two things are kept: every identity of every complete sample (a state
/// of no more than <see cref="DocumentSample.Capacity"/> documents, whose sample lists them all), each with how many of
/// those states hold it and the first two of their names (ordinal order), so what small states share is known exactly;
/// and the same for the sample of the union of all the states read so far, which tells, as an estimate, what large
/// states share. Memory grows only with the small states (at most <see cref="DocumentSample.Capacity"/> identities
/// each); the verdict, made once every state is read, is the same for any order of the states.
/// </summary>
/// <remarks>
/// An identity among the <see cref="DocumentSample.Capacity"/> smallest of the union is in the sample of every state
/// that holds its document, so the number of states that hold it is exact; an identity held by two states is a
/// document counted twice. An identity of a small state beyond the union's smallest may be held by another small state
/// as well, which only the identities kept in full tell. Shards of one split are not compared: <see cref="MergeShards"/>
/// makes them disjoint by their positions, and two documents of one group with one text, which the samples cannot tell
/// apart, may fall in two shards.
/// </remarks>
internal sealed class MergeOverlaps
{
    /// <summary>The most states without a sample named in the note (the others are counted).</summary>
    private const int MaxNamedUnsampled = 3;

    private List<Holders> _union = new(DocumentSample.Capacity); // ascending identities: the smallest of the union
    private List<Holders> _next = new(DocumentSample.Capacity);
    private readonly Dictionary<ulong, Holders> _complete = []; // every identity of every complete sample
    private readonly SortedSet<string> _unsampled = new(StringComparer.Ordinal); // the first names, in ordinal order
    private int _unsampledCount;

    /// <summary>Adds the sample of a state just read.</summary>
    /// <param name="state">The state.</param>
    /// <param name="name">Its name, for messages.</param>
    public void Add(TallyState state, string name)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Shard is not null)
        {
            return;
        }

        if (state.Tally.Sample is not { } sample)
        {
            _unsampledCount++;
            _unsampled.Add(name);
            if (_unsampled.Count > MaxNamedUnsampled)
            {
                _unsampled.Remove(_unsampled.Max!);
            }

            return;
        }

        var identities = sample.Identities;
        if (!sample.IsFull || state.Tally.ScoredDocuments <= DocumentSample.Capacity)
        {
            foreach (var identity in identities)
            {
                _complete[identity] = _complete.TryGetValue(identity, out var holders) ? holders.With(name) : new Holders(identity, 1, name, null);
            }
        }

        _next.Clear();
        var i = 0;
        var j = 0;
        while (_next.Count < DocumentSample.Capacity && (i < _union.Count || j < identities.Length))
        {
            if (j == identities.Length || (i < _union.Count && _union[i].Identity < identities[j]))
            {
                _next.Add(_union[i++]);
            }
            else if (i == _union.Count || identities[j] < _union[i].Identity)
            {
                _next.Add(new Holders(identities[j++], 1, name, null));
            }
            else
            {
                _next.Add(_union[i++].With(name));
                j++;
            }
        }

        (_union, _next) = (_next, _union);
    }

    /// <summary>Once every state is read: the note on states that hold no sample, or null when every one does.</summary>
    /// <returns>The note.</returns>
    public string? Note()
    {
        if (_unsampledCount == 0)
        {
            return null;
        }

        var more = _unsampledCount > _unsampled.Count ? string.Create(CultureInfo.InvariantCulture, $" and {_unsampledCount - _unsampled.Count} more") : string.Empty;
        var one = _unsampledCount == 1;
        return $"{string.Join(", ", _unsampled)}{more} {(one ? "holds" : "hold")} no sample of {(one ? "its" : "their")} documents (saved by an older framing, state format 2, or merged from such a state): documents {(one ? "it shares" : "they share")} with other states cannot be noticed (score {(one ? "it" : "them")} again to check)";
    }

    /// <summary>Once every state is read: fails when two states share documents, unless that is allowed.</summary>
    /// <param name="allowOverlap">Whether shared documents are allowed (<c>--allow-overlap</c>).</param>
    /// <returns>The warning when states share documents and that is allowed; otherwise null.</returns>
    /// <exception cref="InputException">States share documents and that is not allowed.</exception>
    public string? Check(bool allowOverlap)
    {
        // Shared identities: those of the union's sample held by two states, and those of small states held by two of
        // them. Those held by two small states are counted exactly; the others, each held by a large state, are a
        // uniform sample of the union's documents held by a large state and another: shared / Capacity of them, their
        // number estimated from the largest identity kept ((k - 1) / u_k, u_k its share of 2^64).
        var shared = new List<Holders>();
        var sampled = 0;
        foreach (var holders in _union)
        {
            if (holders.States < 2)
            {
                continue;
            }

            shared.Add(holders);
            if (!IsSharedBySmallStates(holders.Identity))
            {
                sampled++;
            }
        }

        var exactly = 0;
        foreach (var holders in _complete.Values)
        {
            if (holders.States < 2)
            {
                continue;
            }

            exactly++;
            if (_union.BinarySearch(holders, IdentityOrder.Instance) < 0)
            {
                shared.Add(holders);
            }
        }

        if (shared.Count == 0)
        {
            return null;
        }

        shared.Sort(IdentityOrder.Instance);
        var pair = shared[0];
        var onePair = shared.TrueForAll(h => h.States == 2 && h.First == pair.First && h.Second == pair.Second);
        var exact = sampled == 0;
        var count = exactly + (exact ? 0 : Math.Max(sampled, (long)Math.Round(sampled * Documents() / DocumentSample.Capacity)));
        var documents = (exact ? string.Empty : "about ") + Counted.Of(count, "document");
        var estimate = exact ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", an estimate from samples of {DocumentSample.Capacity} documents a state");
        var what = onePair
            ? $"{pair.First} and {pair.Second} share {documents} (same group, id and text{estimate})"
            : $"{pair.First} and {pair.Second} share documents, as do other states: {documents} {(count == 1 ? "is" : "are")} in more than one state (same group, id and text{estimate})";
        return allowOverlap
            ? $"{what} (--allow-overlap): the scores count {(count == 1 ? "it" : "them")} more than once"
            : throw new InputException($"{what}: merged, {(count == 1 ? "it would be" : "they would be")} counted more than once; give each document to one state (or use --allow-overlap to merge anyway)");
    }

    /// <summary>Whether two small states (complete samples) hold the identity, so that it is counted exactly.</summary>
    private bool IsSharedBySmallStates(ulong identity) => _complete.TryGetValue(identity, out var holders) && holders.States >= 2;

    /// <summary>The number of distinct documents of the union, estimated from its full sample.</summary>
    private double Documents()
    {
        var largest = (_union[^1].Identity + 1.0) / Math.Pow(2, 64);
        return (DocumentSample.Capacity - 1) / largest;
    }

    /// <summary>An identity kept, how many of the states compared hold it, and the first two of their names.</summary>
    private readonly record struct Holders(ulong Identity, int States, string First, string? Second)
    {
        /// <summary>The same identity, held by one more state.</summary>
        public Holders With(string name)
        {
            if (string.CompareOrdinal(name, First) < 0)
            {
                return new(Identity, States + 1, name, First);
            }

            return Second is null || string.CompareOrdinal(name, Second) < 0
                ? new(Identity, States + 1, First, name)
                : this with { States = States + 1 };
        }
    }

    /// <summary>Orders holders by their identities.</summary>
    private sealed class IdentityOrder : IComparer<Holders>
    {
        public static readonly IdentityOrder Instance = new();

        public int Compare(Holders x, Holders y) => x.Identity.CompareTo(y.Identity);
    }
}
