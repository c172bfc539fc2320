namespace Framing.Lexicons;

/// <summary>
/// One lexicon entry: a pattern in one language that counts for one pole (or the neutral category) of one dimension.
/// Compares by value, lists element by element.</summary>
public sealed record LexiconEntry
{
    internal LexiconEntry(
        string language,
        string pattern,
        string dimensionId,
        PoleSide side,
        int weightMilli,
        string note,
        IReadOnlyList<string> examples,
        IReadOnlyList<string> exclusions,
        SourceLocation location,
        TargetRule? target = null,
        TargetDefault? targetDefault = null)
    {
        Language = language;
        Pattern = pattern;
        DimensionId = dimensionId;
        Side = side;
        WeightMilli = weightMilli;
        Note = note;
        Examples = ReadOnlyLists.Of(examples);
        Exclusions = ReadOnlyLists.Of(exclusions);
        Location = location;
        Target = target;
        TargetDefault = targetDefault;
    }

    /// <summary>Language code of the pattern (for example <c>ar</c> or <c>en</c>).</summary>
    public string Language { get; }

    /// <summary>The pattern as written: a word, a word ending in <c>*</c> (prefix), or a phrase of such words.</summary>
    public string Pattern { get; }

    /// <summary>The dimension the entry counts for.</summary>
    public string DimensionId { get; }

    /// <summary>The side it counts for.</summary>
    public PoleSide Side { get; }

    /// <summary>The weight in thousandths: 1 to 1000 (weight 0.001 to 1). Integer so that sums are exact.</summary>
    public int WeightMilli { get; }

    /// <summary>Why the entry belongs (provenance).</summary>
    public string Note { get; }

    /// <summary>Example uses (invented text).</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <summary>Phrases containing the pattern in which the entry does not count.</summary>
    public IReadOnlyList<string> Exclusions { get; }

    /// <summary>Where the entry is defined.</summary>
    public SourceLocation Location { get; }

    /// <summary>The entry's own target rule, replacing the dimension's, or null to use the dimension's.</summary>
    internal TargetRule? Target { get; }

    /// <summary>The entry's own default for labels without an actor in reach, or null to use the dimension's.</summary>
    internal TargetDefault? TargetDefault { get; }

    /// <summary>The weight, in (0, 1].</summary>
    public double Weight => WeightMilli / 1000.0;

    /// <summary>The target rule that applies to the entry: its own, or else its dimension's (null: any target counts).</summary>
    /// <param name="dimension">The entry's dimension.</param>
    /// <returns>The rule, or null.</returns>
    internal TargetRule? EffectiveTarget(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return Target ?? dimension.Target;
    }

    /// <summary>What happens to the entry's labels without an actor in reach: its own default, or else its dimension's.</summary>
    /// <param name="dimension">The entry's dimension.</param>
    /// <returns>The default.</returns>
    internal TargetDefault EffectiveTargetDefault(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return TargetDefault ?? dimension.TargetDefault;
    }

    /// <summary>The record's members as the compiler prints them (<c>LexiconEntry { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LexiconEntry), PrintMembers);
}
