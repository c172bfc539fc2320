namespace Framing.Lexicons;

/// <summary>
/// A composite index: a signed combination of dimensions, scored from their pooled weights. A component with sign
/// +1 adds its pole A weights to the composite's pole A and its pole B weights to pole B; sign -1 swaps them.
/// Compares by value, lists element by element.</summary>
/// <param name="Id">Identifier, unique among dimensions and composites.</param>
/// <param name="Description">What the index measures.</param>
/// <param name="Components">The dimensions and their signs.</param>
public sealed record CompositeIndex(string Id, string Description, IReadOnlyList<CompositeComponent> Components)
{
    /// <summary>The dimensions and their signs (a read-only view: a composite is shared by the scorers of its lexicon).</summary>
    public IReadOnlyList<CompositeComponent> Components { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Of(Components);

    /// <summary>The record's members as the compiler prints them (<c>CompositeIndex { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CompositeIndex), PrintMembers);
}

/// <summary>One dimension of a composite index.</summary>
/// <param name="DimensionId">The dimension.</param>
/// <param name="Sign">+1 or -1.</param>
public sealed record CompositeComponent(string DimensionId, int Sign)
{
    /// <summary>The record's members as the compiler prints them (<c>CompositeComponent { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CompositeComponent), PrintMembers);
}
