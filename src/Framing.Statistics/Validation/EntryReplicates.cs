namespace Framing.Statistics.Validation;

/// <summary>
/// Each bootstrap replicate's log-odds ratio of every entry that gets an interval (used by a side, tokens on both
/// sides, a bootstrap that can vary both sides' outlets). An entry keeps only the outlets that use it, so a replicate
/// costs the outlets (for the sides' tokens) plus the entries' (outlet, uses) pairs, not entries × outlets. Memory
/// O(those pairs + entries × replicates).
/// </summary>
internal sealed class EntryReplicates
{
    private readonly int _outletsA;
    private readonly long[] _tokens;
    private readonly int[] _slot;
    private readonly int[] _start;
    private readonly int[] _outlet;
    private readonly long[] _count;
    private readonly double[][] _replicates;

    /// <summary>Finds the entries that get an interval and the outlets that use each.</summary>
    /// <param name="entries">How many entry rows.</param>
    /// <param name="outlets">Side A's outlets, then side B's.</param>
    /// <param name="bootstrap">The replicates.</param>
    public EntryReplicates(int entries, OutletSample[] outlets, ClusterBootstrap bootstrap)
    {
        _outletsA = bootstrap.OutletsA;
        _tokens = new long[outlets.Length];
        long tokensA = 0, tokensB = 0;
        for (var c = 0; c < outlets.Length; c++)
        {
            _tokens[c] = outlets[c].Tokens;
            tokensA += c < _outletsA ? _tokens[c] : 0;
            tokensB += c < _outletsA ? 0 : _tokens[c];
        }

        // Entries with an interval: as EntryFigures.Compute decides (a use, tokens on both sides, no obstacle).
        _slot = new int[entries];
        var users = new int[entries];
        var withInterval = 0;
        var measurable = tokensA > 0 && tokensB > 0 && bootstrap.Obstacle() is null;
        foreach (var outlet in outlets)
        {
            for (var e = 0; e < entries; e++)
            {
                users[e] += outlet.EntryMatches[e] > 0 ? 1 : 0;
            }
        }

        var pairs = 0;
        for (var e = 0; e < entries; e++)
        {
            var has = measurable && users[e] > 0;
            _slot[e] = has ? withInterval++ : -1;
            pairs += has ? users[e] : 0;
        }

        _start = new int[withInterval + 1];
        _outlet = new int[pairs];
        _count = new long[pairs];
        for (var e = 0; e < entries; e++)
        {
            if (_slot[e] >= 0)
            {
                _start[_slot[e] + 1] = _start[_slot[e]] + users[e];
            }
        }

        var next = _start[..^1];
        for (var c = 0; c < outlets.Length; c++)
        {
            for (var e = 0; e < entries; e++)
            {
                if (_slot[e] >= 0 && outlets[c].EntryMatches[e] > 0)
                {
                    var i = next[_slot[e]]++;
                    _outlet[i] = c;
                    _count[i] = outlets[c].EntryMatches[e];
                }
            }
        }

        _replicates = new double[withInterval][];
        for (var i = 0; i < withInterval; i++)
        {
            _replicates[i] = new double[bootstrap.Replicates];
        }
    }

    /// <summary>Entry row <paramref name="entry"/>'s replicate ratios once <see cref="ClusterBootstrap.ForEach"/> has run
    /// <see cref="AddReplicate"/>, or null when it gets no interval.</summary>
    /// <param name="entry">The entry row.</param>
    /// <returns>The ratios (NaN where a replicate drew no token of a side).</returns>
    public IReadOnlyList<double>? Of(int entry) => _slot[entry] < 0 ? null : _replicates[_slot[entry]];

    /// <summary>Computes replicate <paramref name="replicate"/>'s ratios; thread-safe across replicates.</summary>
    /// <param name="replicate">The replicate.</param>
    /// <param name="multiplicities">Its draws.</param>
    public void AddReplicate(int replicate, ReadOnlySpan<int> multiplicities)
    {
        if (_replicates.Length == 0)
        {
            return;
        }

        var (tokensA, tokensB) = ClusterBootstrap.SideTotals(multiplicities, _tokens, _outletsA);

        for (var s = 0; s < _replicates.Length; s++)
        {
            long a = 0, b = 0;
            for (var i = _start[s]; i < _start[s + 1]; i++)
            {
                var c = _outlet[i];
                if (c < _outletsA)
                {
                    a += multiplicities[c] * _count[i];
                }
                else
                {
                    b += multiplicities[c] * _count[i];
                }
            }

            _replicates[s][replicate] = EntryFigures.LogOddsRatio(a, tokensA, b, tokensB);
        }
    }
}
