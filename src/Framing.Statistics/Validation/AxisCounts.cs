namespace Framing.Statistics.Validation;

/// <summary>
/// The Mann–Whitney counts of one dimension or composite: 2U in total and per outlet (from <see cref="RankedShares"/>),
/// and, when the axis gets an interval, each bootstrap replicate's AUC (<see cref="AddReplicate"/>, from
/// <see cref="RankedShares"/> or, where cheaper, <see cref="OutletPairCounts"/>). Integer counts: exact, and independent
/// of document order. Memory O(documents + outlets + replicates).
/// </summary>
internal sealed class AxisCounts
{
    private readonly int _outletsA;
    private readonly IWeightedTwiceU? _weighted;
    private readonly double[]? _replicates;

    /// <summary>Counts axis <paramref name="x"/>.</summary>
    /// <param name="outlets">Side A's outlets, then side B's; each one's shares sorted ascending.</param>
    /// <param name="x">The axis.</param>
    /// <param name="bootstrap">The replicates (and how many outlets side A has).</param>
    public AxisCounts(OutletSample[] outlets, int x, ClusterBootstrap bootstrap)
    {
        _outletsA = bootstrap.OutletsA;
        Documents = new long[outlets.Length];
        for (var o = 0; o < outlets.Length; o++)
        {
            Documents[o] = outlets[o].Documents;
            if (o < _outletsA)
            {
                DocumentsA += Documents[o];
                NoMatchA += outlets[o].NoMatch[x];
                OutOfScopeA += outlets[o].OutOfScope;
            }
            else
            {
                DocumentsB += Documents[o];
                NoMatchB += outlets[o].NoMatch[x];
                OutOfScopeB += outlets[o].OutOfScope;
            }
        }

        // Side A's sums are the rows of the outlet-pair counts, side B's the columns; each side's add up to the total.
        var ranked = RankedShares.OnAxis(outlets, x, _outletsA);
        Sums = ranked.OutletSums(outlets.Length);
        for (var c = 0; c < _outletsA; c++)
        {
            Total += Sums[c];
        }

        if (AbsentInterval() is null && bootstrap.Obstacle() is null)
        {
            _weighted = OutletPairCounts.IsCheaper(_outletsA, bootstrap.OutletsB, DocumentsA, DocumentsB, ranked.Runs, bootstrap.Replicates)
                ? new OutletPairCounts(outlets, x, _outletsA)
                : ranked;
            _replicates = new double[bootstrap.Replicates];
        }
    }

    /// <summary>Documents per outlet.</summary>
    public long[] Documents { get; }

    /// <summary>nA.</summary>
    public long DocumentsA { get; }

    /// <summary>nB.</summary>
    public long DocumentsB { get; }

    /// <summary>Side A's documents without weight on the axis.</summary>
    public long NoMatchA { get; }

    /// <summary>Side B's documents without weight on the axis.</summary>
    public long NoMatchB { get; }

    /// <summary>Side A's documents out of the lexicon's scope (among <see cref="NoMatchA"/>).</summary>
    public long OutOfScopeA { get; }

    /// <summary>Side B's documents out of the lexicon's scope (among <see cref="NoMatchB"/>).</summary>
    public long OutOfScopeB { get; }

    /// <summary>Per outlet: a side-A outlet's 2U over all of side B, a side-B outlet's 2U under all of side A.</summary>
    public long[] Sums { get; }

    /// <summary>2U of side A over side B.</summary>
    public long Total { get; }

    /// <summary>The document AUC, or null without documents on a side.</summary>
    public double? Auc => DocumentsA > 0 && DocumentsB > 0 ? Total / (2.0 * DocumentsA * DocumentsB) : null;

    /// <summary>Each replicate's AUC once <see cref="ClusterBootstrap.ForEach"/> has run <see cref="AddReplicate"/>;
    /// null when the axis gets no interval.</summary>
    public IReadOnlyList<double>? Replicates => _replicates;

    /// <summary>Why the axis gets no interval whatever the bootstrap, or null: no documents on a side, or no match on
    /// either (the AUC is 0.5 by its ties and every replicate gives 0.5 again: a zero-width interval would read as
    /// certainty about an axis that measured nothing).</summary>
    /// <returns>The reason, or null.</returns>
    public IntervalAbsence? AbsentInterval() =>
        Auc is null ? IntervalAbsence.NoDocumentsOnASide
        : NoMatchA == DocumentsA && NoMatchB == DocumentsB ? IntervalAbsence.NoMatches
        : null;

    /// <summary>Computes replicate <paramref name="replicate"/>'s AUC; thread-safe across replicates.</summary>
    /// <param name="replicate">The replicate.</param>
    /// <param name="multiplicities">Its draws.</param>
    public void AddReplicate(int replicate, ReadOnlySpan<int> multiplicities)
    {
        if (_weighted is null || _replicates is null)
        {
            return;
        }

        var (documentsA, documentsB) = ClusterBootstrap.SideTotals(multiplicities, Documents, _outletsA);

        // Exact: 2U ≤ 2 · documentsA · documentsB, far below 2^53 for any corpus held in memory.
        _replicates[replicate] = _weighted.TwiceU(multiplicities) / (2.0 * documentsA * documentsB);
    }
}
