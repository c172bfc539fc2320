using Framing.Scoring;
using Framing.Text;

namespace Framing.Coverage;

/// <summary>Options of a <see cref="CoverageCounter"/>. Immutable.</summary>
public sealed record CoverageOptions
{
    /// <summary>The default options: built-in stopwords, terms of at least 2 letters, unigrams and bigrams.</summary>
    public static CoverageOptions Default { get; } = new();

    /// <summary>Words left out of the unmatched terms (a bigram is left out when either of its words is). Default:
    /// <see cref="StopwordList.BuiltIn"/>.</summary>
    public StopwordList Stopwords { get; init; } = StopwordList.BuiltIn;

    /// <summary>
    /// Terms of fewer letters than this are left out (a bigram is left out when either of its words is). Letters are
    /// counted after normalization; digits are not letters, so numbers are left out unless this is 0. Default 2.
    /// </summary>
    public int MinimumLength { get; init; } = 2;

    /// <summary>Whether to count unmatched unigrams. Default true.</summary>
    public bool CountUnigrams { get; init; } = true;

    /// <summary>Whether to count unmatched bigrams. Default true.</summary>
    public bool CountBigrams { get; init; } = true;

    /// <summary>
    /// Scoring options of the counter's own scorer (language detection, longest matchable token);
    /// <see cref="ScoringOptions.CollectMatches"/> is always on. Default: <see cref="ScoringOptions.Default"/>.
    /// </summary>
    public ScoringOptions Scoring { get; init; } = ScoringOptions.Default;

    /// <summary>
    /// Languages for the normalization of terms in documents whose language the lexicon does not have (for the
    /// lexicon's languages, the profiles it was compiled with are used). Default: <see cref="LanguageRegistry.Default"/>.
    /// </summary>
    public LanguageRegistry Languages { get; init; } = LanguageRegistry.Default;

    /// <summary>The record's members as the compiler prints them (<c>CoverageOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CoverageOptions), PrintMembers);
}
