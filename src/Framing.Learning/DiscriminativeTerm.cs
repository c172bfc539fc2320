namespace Framing.Learning;

/// <summary>An n-gram of the classifier's vocabulary among the most discriminative of a side. Compares by value, lists element by element.</summary>
/// <param name="Term">The n-gram: normalized tokens (as <c>framing keyness</c> counts them) separated by spaces.</param>
/// <param name="IsSideA">The side it points to (its coefficient's sign: positive = side A).</param>
/// <param name="Coefficient">Its coefficient in the model fitted on every document (on the L2-normalised log(1 + count) of the document).</param>
/// <param name="DocumentsA">Side-A documents that use it.</param>
/// <param name="DocumentsB">Side-B documents that use it.</param>
/// <param name="Outlets">Outlets that use it.</param>
/// <param name="TopOutlet">The outlet with most of its documents.</param>
/// <param name="TopOutletShare">Share of its documents that are <paramref name="TopOutlet"/>'s.</param>
/// <param name="TopOutletCoverage">Share of <paramref name="TopOutlet"/>'s documents that use it.</param>
/// <param name="Lexicon">The dimension/pole of the lexicon entries that match the whole n-gram (<c>; </c>-separated); else, prefixed <c>with ال: </c>, of those that match it only with the Arabic article in front of each word, or, prefixed <c>partial: </c>, of those that match a part of it; or empty.</param>
/// <param name="IsOutletSpecific">Whether it is outlet-specific (see <see cref="ClassifierOptions.OutletShare"/>).</param>
/// <param name="Mark">In the lexicon, inside its entries' matches, outlet-specific, or none of these (a candidate).</param>
/// <param name="Context">Lines of context (when <see cref="ClassifierOptions.ContextLines"/> asked for them): the n-gram in brackets.</param>
/// <param name="Language">The language of the documents it was found in (the first context line's, else by its script).</param>
public sealed record DiscriminativeTerm(
    string Term,
    bool IsSideA,
    double Coefficient,
    int DocumentsA,
    int DocumentsB,
    int Outlets,
    string TopOutlet,
    double TopOutletShare,
    double TopOutletCoverage,
    string Lexicon,
    bool IsOutletSpecific,
    TermMark Mark,
    IReadOnlyList<string> Context,
    string Language)
{
    /// <summary>Lines of context (when <see cref="ClassifierOptions.ContextLines"/> asked for them): the n-gram in brackets (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> Context { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Context);

    /// <summary>The share of its uses (occurrences in the documents of either side) that lie inside matches of lexicon
    /// entries, counted or not (negated, off target, neutral); 0 when it has no use in them.</summary>
    public double InsideEntries { get; init; }

    /// <summary>The record's members as the compiler prints them (<c>DiscriminativeTerm { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(DiscriminativeTerm), PrintMembers);
}
