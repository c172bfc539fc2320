using Framing.Corpus;
using Framing.Statistics.Resampling;

namespace Framing.Learning;

/// <summary>
/// Cross-validation folds made of whole outlets: every outlet is in exactly one fold, so a model is never tested on
/// an outlet it was trained on (documents of one outlet share its house style: names, bylines, page furniture, which a
/// model would otherwise learn and be rewarded for). Side A's outlets and side B's are each shuffled with the seed and
/// dealt in turn to the folds, so that each fold holds outlets of both sides whenever both sides have at least as
/// many outlets as there are folds. Immutable.
/// </summary>
public sealed class OutletFolds
{
    private readonly Dictionary<string, int> _foldOf;

    private OutletFolds(Dictionary<string, int> foldOf, int count, bool leaveOneOut)
    {
        _foldOf = foldOf;
        Count = count;
        IsLeaveOneOutletOut = leaveOneOut;
    }

    /// <summary>Number of folds.</summary>
    public int Count { get; }

    /// <summary>Whether every outlet is a fold of its own.</summary>
    public bool IsLeaveOneOutletOut { get; }

    /// <summary>Makes the folds.</summary>
    /// <param name="outlets">Every outlet with its side (an outlet given on both sides is one outlet to the folds, by
    /// its name: it is dealt with side A's outlets, and all its documents, of either side, are held out together; it
    /// counts once towards the two outlets needed).</param>
    /// <param name="folds">Number of folds (at least 2), or 0 for leave-one-outlet-out. More folds than outlets gives
    /// leave-one-outlet-out.</param>
    /// <param name="seed">Seed of the shuffle.</param>
    /// <returns>The folds.</returns>
    /// <exception cref="ArgumentException">Fewer than two outlets, an outlet that is null or of a side other than
    /// <see cref="KnownSide.A"/> and <see cref="KnownSide.B"/>, or <paramref name="folds"/> is 1 or negative.</exception>
    public static OutletFolds Create(IEnumerable<(string Outlet, KnownSide Side)> outlets, int folds, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        if (folds is 1 or < 0)
        {
            throw new ArgumentException("folds must be 0 (leave one outlet out) or at least 2", nameof(folds));
        }

        var distinct = outlets.Distinct().ToList();
        foreach (var (outlet, side) in distinct)
        {
            if (outlet is null || side is not (KnownSide.A or KnownSide.B))
            {
                // An outlet of another side was left out of every fold, and FoldOf then failed with a missing key.
                throw new ArgumentException(outlet is null ? "an outlet is null" : $"outlet '{outlet}' has side {(int)side}, which is neither KnownSide.A nor KnownSide.B", nameof(outlets));
            }
        }

        var names = distinct.Select(o => o.Outlet).Distinct(StringComparer.Ordinal).Count();
        if (names < 2)
        {
            throw new ArgumentException("cross-validation by outlet needs at least two outlets", nameof(outlets));
        }

        var leaveOneOut = folds == 0 || folds >= names;
        var count = leaveOneOut ? names : folds;
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new DeterministicRandom(seed, 0x466F6C64UL);
        var next = 0;
        foreach (var side in new[] { KnownSide.A, KnownSide.B })
        {
            var ofSide = distinct.Where(o => o.Side == side && !foldOf.ContainsKey(o.Outlet)).Select(o => o.Outlet)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            random.Shuffle(ofSide.AsSpan());
            foreach (var outlet in ofSide)
            {
                foldOf[outlet] = next;
                next = (next + 1) % count;
            }
        }

        return new OutletFolds(foldOf, count, leaveOneOut);
    }

    /// <summary>The fold an outlet is tested in.</summary>
    /// <param name="outlet">The outlet.</param>
    /// <returns>Its fold, 0 … <see cref="Count"/> − 1.</returns>
    /// <exception cref="KeyNotFoundException">The outlet was not given to <see cref="Create"/>.</exception>
    public int FoldOf(string outlet) => _foldOf[outlet ?? throw new ArgumentNullException(nameof(outlet))];

    /// <summary>The outlets tested in a fold, sorted (ordinal).</summary>
    /// <param name="fold">The fold.</param>
    /// <returns>Its outlets.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fold"/> is not 0 … <see cref="Count"/> − 1.</exception>
    public IReadOnlyList<string> OutletsOf(int fold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fold);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fold, Count);
        return [.. _foldOf.Where(p => p.Value == fold).Select(p => p.Key).Order(StringComparer.Ordinal)];
    }
}
