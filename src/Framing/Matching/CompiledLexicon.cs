using Framing.Lexicons;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Matching;

/// <summary>
/// A lexicon compiled for matching: per language, a table of normalized pattern words and a trie of patterns.
/// Immutable and thread-safe: share one instance between threads and give each thread its own
/// <see cref="DocumentScorer"/> (from <see cref="CreateScorer"/>).
/// </summary>
public sealed class CompiledLexicon
{
    private readonly Dictionary<string, LanguageMatcher> _matchers;

    private CompiledLexicon(Lexicon lexicon, Dictionary<string, LanguageMatcher> matchers, Dictionary<string, int> dimensionIndex)
    {
        Lexicon = lexicon;
        _matchers = matchers;
        DimensionIndex = dimensionIndex;
    }

    /// <summary>The lexicon this was compiled from.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The dimensions, in lexicon order; a dimension's position is its index in counts.</summary>
    public IReadOnlyList<Dimension> Dimensions => Lexicon.Dimensions;

    /// <summary>The index of each dimension id.</summary>
    internal IReadOnlyDictionary<string, int> DimensionIndex { get; }

    /// <summary>Compiles <paramref name="lexicon"/> with the given languages.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="languages">The languages.</param>
    /// <returns>The compiled lexicon.</returns>
    internal static CompiledLexicon Create(Lexicon lexicon, LanguageRegistry languages)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(languages);
        var dimensionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lexicon.Dimensions.Count; i++)
        {
            dimensionIndex[lexicon.Dimensions[i].Id] = i;
        }

        var matchers = new Dictionary<string, LanguageMatcher>(StringComparer.Ordinal);
        foreach (var code in lexicon.Metadata.Languages)
        {
            matchers[code] = LanguageMatcher.Create(lexicon, languages.Get(code), dimensionIndex);
        }

        return new CompiledLexicon(lexicon, matchers, dimensionIndex);
    }

    /// <summary>Creates a scorer for one thread.</summary>
    /// <param name="options">Scoring options (default: <see cref="ScoringOptions.Default"/>).</param>
    /// <returns>A new scorer; not thread-safe.</returns>
    public DocumentScorer CreateScorer(ScoringOptions? options = null) => new(this, options ?? ScoringOptions.Default);

    internal LanguageMatcher? MatcherFor(string language) => _matchers.GetValueOrDefault(language);
}
