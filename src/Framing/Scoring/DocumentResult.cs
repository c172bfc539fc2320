using Framing.Matching;

namespace Framing.Scoring;

/// <summary>The figures of one scored document. A document's figures never depend on other documents. Compares by value, lists element by element (and the counts slot by slot).</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Language">The language the document was analyzed as.</param>
/// <param name="Tokens">Number of tokens (words and numbers; punctuation is not counted).</param>
/// <param name="CoveredTokens">Number of tokens inside at least one match (any dimension, neutral included), each counted once.</param>
/// <param name="Counts">Matches and weights per dimension, side and voice.</param>
/// <param name="Matches">Every match that counts (for its pole or as neutral), when <see cref="ScoringOptions.CollectMatches"/>
/// is set; otherwise empty. Negated and off-target matches are in <see cref="UncountedMatches"/>.</param>
public sealed record DocumentResult(
    string Id,
    string Language,
    long Tokens,
    long CoveredTokens,
    FramingCounts Counts,
    IReadOnlyList<FramingMatch> Matches)
{
    /// <summary>Every match that counts (for its pole or as neutral), when <see cref="ScoringOptions.CollectMatches"/> is set; otherwise empty. Negated and off-target matches are in <see cref="UncountedMatches"/> (a read-only list, compared element by element).</summary>
    public IReadOnlyList<FramingMatch> Matches { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Matches);

    /// <summary>Dictionary coverage: the share of tokens inside a match, or null for a document without tokens (a share of
    /// nothing is undefined, not 0).</summary>
    public double? Coverage => Tokens == 0 ? null : (double)CoveredTokens / Tokens;

    /// <summary>The matches that do not count for their pole (negated or off target), when
    /// <see cref="ScoringOptions.CollectMatches"/> is set; otherwise empty.</summary>
    public IReadOnlyList<FramingMatch> UncountedMatches { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.Empty<FramingMatch>();

    /// <summary>The scope words the document names (the lexicon's <c>scope:</c>), as the first token and token count of
    /// each, in text order, when <see cref="ScoringOptions.CollectMatches"/> is set; otherwise empty. Coverage counts
    /// their tokens apart from the unmatched words (<see cref="Coverage.CoverageTermKind.Scope"/>).</summary>
    internal IReadOnlyList<(int FirstToken, int TokenCount)> ScopeWords { get; init; } = ReadOnlyLists.Empty<(int, int)>();

    /// <summary>The record's members as the compiler prints them (<c>DocumentResult { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(DocumentResult), PrintMembers);
}
