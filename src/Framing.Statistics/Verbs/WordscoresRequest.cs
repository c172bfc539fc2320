namespace Framing.Verbs;

/// <summary>What <see cref="FramingVerbs.ScaleGroups"/> and <see cref="FramingVerbs.ScaleDocuments"/> scale, and how. Compares by value, lists element by element.</summary>
/// <param name="References">The reference texts (groups, or document ids when <see cref="ByDocument"/>) and their positions, in file order.</param>
public sealed record WordscoresRequest(IReadOnlyList<KeyValuePair<string, double>> References)
{
    /// <summary>The reference texts (groups, or document ids when <see cref="ByDocument"/>) and their positions, in file order (a read-only list, compared element by element).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> References { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(References);

    /// <summary>Whether the references are documents (by id) rather than groups.</summary>
    public bool ByDocument { get; init; }

    /// <summary>Whether reference texts are scored as well (and listed first).</summary>
    public bool IncludeReferences { get; init; }

    /// <summary>The smallest n-gram order of the features.</summary>
    public int MinimumN { get; init; } = 1;

    /// <summary>The largest n-gram order of the features.</summary>
    public int MaximumN { get; init; } = 1;

    /// <summary>Additive smoothing of the reference counts (0: none).</summary>
    public double Smooth { get; init; }

    /// <summary>The confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The record's members as the compiler prints them (<c>WordscoresRequest { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(WordscoresRequest), PrintMembers);
}
