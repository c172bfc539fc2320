using Framing.Corpus;

namespace Framing.Statistics.Validation;

/// <summary>The documents of one outlet on one side, as a validation run keeps them: the unit of the cluster bootstrap.</summary>
internal sealed class OutletSample
{
    public OutletSample(string group, KnownSide side, int axes, int entryRows)
    {
        Group = group;
        Side = side;
        Shares = new List<double>[axes];
        for (var i = 0; i < axes; i++)
        {
            Shares[i] = [];
        }

        NoMatch = new long[axes];
        WeightA = new long[axes];
        WeightB = new long[axes];
        EntryMatches = new long[entryRows];
        EntryDocuments = new long[entryRows];
    }

    public string Group { get; }

    public KnownSide Side { get; }

    public SortedSet<string> Leanings { get; } = new(StringComparer.Ordinal);

    public long Documents { get; set; }

    public long Tokens { get; set; }

    /// <summary>Documents out of the lexicon's scope (they have no weight on any axis).</summary>
    public long OutOfScope { get; set; }

    /// <summary>Per axis, each document's pole-A share (0.5 without weight); sorted once every document is in.</summary>
    public List<double>[] Shares { get; }

    /// <summary>Per axis, documents without weight.</summary>
    public long[] NoMatch { get; }

    /// <summary>Per axis, pooled pole A weight in thousandths.</summary>
    public long[] WeightA { get; }

    /// <summary>Per axis, pooled pole B weight in thousandths.</summary>
    public long[] WeightB { get; }

    /// <summary>Per entry row, matches.</summary>
    public long[] EntryMatches { get; }

    /// <summary>Per entry row, documents with at least one match.</summary>
    public long[] EntryDocuments { get; }
}
