namespace Framing.Statistics.Scaling;

/// <summary>One row of a <see cref="FeatureMatrix"/>: a text's term counts and how many documents and terms went into it.</summary>
internal sealed class FeatureRow
{
    internal FeatureRow(string name)
    {
        Name = name;
    }

    /// <summary>The row's name (a group value or a document id).</summary>
    public string Name { get; }

    /// <summary>The documents added to the row.</summary>
    public long Documents { get; private set; }

    /// <summary>The terms counted (the sum of <see cref="Counts"/>).</summary>
    public long Terms { get; private set; }

    /// <summary>The term counts (a view that grows while documents are added).</summary>
    public IReadOnlyDictionary<string, long> Counts => MutableCounts;

    internal Dictionary<string, long> MutableCounts { get; } = new(StringComparer.Ordinal);

    internal void Record(long terms)
    {
        Documents++;
        Terms += terms;
    }
}
