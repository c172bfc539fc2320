using Framing.Lexicons;

namespace Framing.Scoring;

/// <summary>
/// A dimension or a composite index resolved against its lexicon: the dimensions (by index) it pools and their signs.
/// A dimension is an axis of one component with sign +1; a composite pools its dimensions, pole A of a component with
/// sign −1 counting for the axis's pole B. Every pooling of counts, weights and replicates goes through an axis, so
/// that group rows, document rows, intervals, comparisons and validation pool the same way. Resolved once per lexicon
/// (<see cref="Lexicon.Axes"/>); immutable.
/// </summary>
public sealed class ScoreAxis
{
    private readonly AxisComponent[] _components;

    private ScoreAxis(int index, string id, bool isComposite, string poleA, string poleB, AxisComponent[] components)
    {
        Index = index;
        Id = id;
        IsComposite = isComposite;
        PoleA = poleA;
        PoleB = poleB;
        _components = components;
    }

    /// <summary>The axis's position in <see cref="Lexicon.Axes"/>: dimensions first, then composites.</summary>
    public int Index { get; }

    /// <summary>The dimension or composite id.</summary>
    public string Id { get; }

    /// <summary>Whether the axis is a composite index.</summary>
    public bool IsComposite { get; }

    /// <summary>The id of pole A (<c>a</c> for a composite).</summary>
    public string PoleA { get; }

    /// <summary>The id of pole B (<c>b</c> for a composite).</summary>
    public string PoleB { get; }

    /// <summary>The pooled dimensions and their signs.</summary>
    // Made on first use (two threads may each make one; they are equal): the view is framework code over a value type,
    // which the installed tool would otherwise compile at every start though scoring reads ComponentArray.
    public IReadOnlyList<AxisComponent> Components => field ??= ReadOnlyLists.Of(_components);

    /// <summary>The pooled dimensions and their signs, the array itself (to read, never to change).</summary>
    internal AxisComponent[] ComponentArray => _components;

    /// <summary>Every dimension in lexicon order, then every composite index.</summary>
    /// <param name="dimensions">The lexicon's dimensions.</param>
    /// <param name="composites">The lexicon's composites.</param>
    /// <returns>The axes.</returns>
    internal static ScoreAxis[] Resolve(IReadOnlyList<Dimension> dimensions, IReadOnlyList<CompositeIndex> composites)
    {
        var axes = new ScoreAxis[dimensions.Count + composites.Count];
        for (var d = 0; d < dimensions.Count; d++)
        {
            axes[d] = new ScoreAxis(d, dimensions[d].Id, false, dimensions[d].PoleA.Id, dimensions[d].PoleB.Id, [new AxisComponent(d, 1)]);
        }

        for (var c = 0; c < composites.Count; c++)
        {
            // An array (counted, then filled) rather than a list: a list of this struct would be compiled at every start.
            var components = new AxisComponent[CollectComponents(composites[c], dimensions, null)];
            CollectComponents(composites[c], dimensions, components);
            axes[dimensions.Count + c] = new ScoreAxis(dimensions.Count + c, composites[c].Id, true, "a", "b", components);
        }

        return axes;
    }

    /// <summary>Writes the components of <paramref name="composite"/> (each component dimension's index and sign) to
    /// <paramref name="into"/>, when given, and returns how many there are.</summary>
    private static int CollectComponents(CompositeIndex composite, IReadOnlyList<Dimension> dimensions, AxisComponent[]? into)
    {
        var k = 0;
        foreach (var component in composite.Components)
        {
            for (var d = 0; d < dimensions.Count; d++)
            {
                if (string.Equals(dimensions[d].Id, component.DimensionId, StringComparison.Ordinal))
                {
                    if (into is not null)
                    {
                        into[k] = new AxisComponent(d, component.Sign);
                    }

                    k++;
                }
            }
        }

        return k;
    }

    /// <summary>The axis's figures in counts (of a document or a group), in the selected voices.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="voices">Which voices count.</param>
    /// <returns>The pooled figures.</returns>
    public PooledCounts Pool(FramingCounts counts, VoiceSelection voices)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long countA = 0, countB = 0, neutral = 0, weightA = 0, weightB = 0, negatedA = 0, negatedB = 0, offTargetA = 0, offTargetB = 0, outA = 0, outB = 0;
        foreach (var (d, sign) in _components)
        {
            var (a, b) = sign > 0 ? (PoleSide.A, PoleSide.B) : (PoleSide.B, PoleSide.A);
            countA += counts.Count(d, a, voices);
            countB += counts.Count(d, b, voices);
            neutral += counts.Count(d, PoleSide.Neutral, voices);
            weightA += counts.WeightMilli(d, a, voices);
            weightB += counts.WeightMilli(d, b, voices);
            negatedA += counts.NegatedCount(d, a, voices);
            negatedB += counts.NegatedCount(d, b, voices);
            offTargetA += counts.OffTargetCount(d, a, voices);
            offTargetB += counts.OffTargetCount(d, b, voices);
            outA += counts.OutOfScopeCount(d, a, voices);
            outB += counts.OutOfScopeCount(d, b, voices);
        }

        return new PooledCounts(countA, countB, neutral, weightA, weightB, negatedA, negatedB, offTargetA, offTargetB, outA, outB);
    }

    /// <summary>The axis's pole weights in counts (of a document or a group), in thousandths: the part of <see cref="Pool(FramingCounts, VoiceSelection)"/> a score needs.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="voices">Which voices count.</param>
    /// <returns>The pooled weights of pole A and pole B.</returns>
    internal (long A, long B) Weights(FramingCounts counts, VoiceSelection voices)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long a = 0, b = 0;
        foreach (var (d, sign) in _components)
        {
            var pa = counts.WeightMilli(d, PoleSide.A, voices);
            var pb = counts.WeightMilli(d, PoleSide.B, voices);
            a += sign > 0 ? pa : pb;
            b += sign > 0 ? pb : pa;
        }

        return (a, b);
    }

    /// <summary>The axis's pole weights in thousandths, from per-dimension pairs laid out as [A of 0, B of 0, A of 1, …].</summary>
    /// <param name="poleWeights">Pole A and pole B weight of each dimension.</param>
    /// <returns>The pooled weights of pole A and pole B.</returns>
    internal (long A, long B) Pool(ReadOnlySpan<long> poleWeights)
    {
        long sumA = 0, sumB = 0;
        foreach (var (d, sign) in _components)
        {
            var (x, y) = (poleWeights[2 * d], poleWeights[(2 * d) + 1]);
            sumA += sign > 0 ? x : y;
            sumB += sign > 0 ? y : x;
        }

        return (sumA, sumB);
    }

    /// <summary>The axis's row for a group, in the selected voices.</summary>
    /// <param name="group">The group's tally.</param>
    /// <param name="voices">Which voices count.</param>
    /// <returns>The row.</returns>
    internal ScoreRow Row(GroupTally group, VoiceSelection voices)
    {
        ArgumentNullException.ThrowIfNull(group);
        var p = Pool(group.Counts, voices);
        return new ScoreRow(
            group.Group, Id, IsComposite, group.Documents, group.Tokens, PoleA, PoleB, p.CountA, p.CountB, p.CountNeutral, p.WeightAMilli, p.WeightBMilli,
            group.CoveredTokens, p.NegatedA, p.NegatedB, p.OffTargetA, p.OffTargetB, p.OutOfScopeA, p.OutOfScopeB, group.Counts.OutOfScopeDocuments);
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
