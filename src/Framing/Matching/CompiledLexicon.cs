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

    private CompiledLexicon(Lexicon lexicon, LanguageRegistry languages, Dictionary<string, LanguageMatcher> matchers, Dictionary<string, int> dimensionIndex)
    {
        Lexicon = lexicon;
        Languages = languages;
        _matchers = matchers;
        DimensionIndex = dimensionIndex;
        _latinLanguage = ScriptLanguageOf(lexicon, "en", arabicScript: false);
        _arabicLanguage = ScriptLanguageOf(lexicon, "ar", arabicScript: true);
        _otherArabicScriptLanguage = OtherArabicScriptLanguageOf(lexicon);
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

        return new CompiledLexicon(lexicon, languages, matchers, dimensionIndex);
    }

    // The language the script detector's "en" (Latin) and "ar" (Arabic-script) texts are analyzed as, when the lexicon
    // lacks that built-in language but declares an analysis of that script (null: the detected code as it is).
    private readonly string? _latinLanguage;
    private readonly string? _arabicLanguage;

    // The language of Arabic-script texts with letters standard Arabic does not write (Persian, Urdu …): the first
    // language declared arabic-script, even next to ar (null: such texts are read as the other Arabic-script ones).
    private readonly string? _otherArabicScriptLanguage;

    /// <summary>
    /// The language a document whose language the script decided (<paramref name="detected"/>, from
    /// <see cref="ScoringOptions.LanguageDetector"/>) is analyzed in: the detected code, unless the lexicon lacks it (no
    /// <c>en</c>, or no <c>ar</c>) and declares an analysis of that script (see <see cref="LanguageAnalysis"/>), when it
    /// is the first such language in the lexicon's <c>languages</c> (<c>fr: latin</c>; <c>fa: arabic-script</c>).
    /// </summary>
    /// <param name="detected">The detected code.</param>
    /// <returns>The language to analyze the document in.</returns>
    internal string ScriptLanguage(string detected) =>
        detected switch
        {
            "en" when _latinLanguage is not null => _latinLanguage,
            "ar" when _arabicLanguage is not null => _arabicLanguage,
            _ => detected,
        };

    /// <summary>
    /// The language a document without a given language is analyzed in: <see cref="ScriptLanguage"/> of what
    /// <paramref name="detector"/> finds, except that an Arabic-script text written with letters standard Arabic does not
    /// use (<see cref="DetectedScript.OtherArabicScript"/>) goes to the first language the lexicon declares
    /// <c>arabic-script</c> (<c>fa: arabic-script</c>), when it declares one, even next to <c>ar</c>.
    /// </summary>
    /// <param name="detector">The detector (<see cref="ScoringOptions.LanguageDetector"/>).</param>
    /// <param name="text">The document's text.</param>
    /// <returns>The language to analyze the document in.</returns>
    internal string LanguageOf(ScriptDetector detector, ReadOnlySpan<char> text)
    {
        var script = detector.DetectScript(text);
        return script == DetectedScript.OtherArabicScript && _otherArabicScriptLanguage is not null
            ? _otherArabicScriptLanguage
            : ScriptLanguage(detector.LanguageOf(script));
    }

    /// <summary>The language <see cref="LanguageOf"/> gives Arabic-script texts written with letters standard Arabic
    /// does not use, or null when the lexicon declares no <c>arabic-script</c> language.</summary>
    internal string? OtherArabicScriptLanguage => _otherArabicScriptLanguage;

    /// <summary>
    /// A script detector that names the languages <see cref="ScriptLanguage"/> gives: for a verb that reads texts
    /// without a scorer (keyness), so that a Persian text of a lexicon declaring <c>fa: arabic-script</c> is not read
    /// with the Arabic profile. <see cref="ScriptDetector.Default"/> for a lexicon that declares no analysis.
    /// </summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <returns>The detector.</returns>
    internal static ScriptDetector DetectorFor(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var latin = ScriptLanguageOf(lexicon, "en", arabicScript: false);
        var arabic = ScriptLanguageOf(lexicon, "ar", arabicScript: true);
        var other = OtherArabicScriptLanguageOf(lexicon);
        return latin is null && arabic is null && other is null
            ? ScriptDetector.Default
            : new ScriptDetector(ScriptDetector.Default.ArabicShareThreshold, latin ?? "en")
            {
                ArabicLanguage = arabic ?? "ar",
                OtherArabicScriptLanguage = other,
            };
    }

    private static string? OtherArabicScriptLanguageOf(Lexicon lexicon) =>
        FirstDeclared(lexicon, static analysis => analysis == BuiltInAnalyses.ArabicScript);

    private static string? ScriptLanguageOf(Lexicon lexicon, string builtIn, bool arabicScript) =>
        lexicon.Metadata.Languages.Contains(builtIn, StringComparer.Ordinal)
            ? null
            : FirstDeclared(lexicon, analysis => BuiltInAnalyses.IsArabicScript(analysis) == arabicScript);

    // The first of the lexicon's languages (in `languages` order) whose declared analysis is one `wanted` takes.
    private static string? FirstDeclared(Lexicon lexicon, Func<string, bool> wanted)
    {
        var metadata = lexicon.Metadata;
        foreach (var code in metadata.Languages)
        {
            foreach (var analysis in metadata.Analysis)
            {
                if (string.Equals(analysis.Language, code, StringComparison.Ordinal) && wanted(analysis.Analysis))
                {
                    return code;
                }
            }
        }

        return null;
    }

    /// <summary>Creates a scorer for one thread.</summary>
    /// <param name="options">Scoring options (default: <see cref="ScoringOptions.Default"/>).</param>
    /// <returns>A new scorer; not thread-safe.</returns>
    /// <exception cref="ArgumentNullException">The options' language detector is null.</exception>
    /// <exception cref="ArgumentException">The detector's <see cref="ScriptDetector.FallbackLanguage"/>, set to another
    /// language than the default <c>en</c>, is not a language the lexicon was loaded with: the texts it would be given to
    /// could not be analyzed, and would score no match.</exception>
    public DocumentScorer CreateScorer(ScoringOptions? options = null)
    {
        options ??= ScoringOptions.Default;
        if (options.LanguageDetector is not { } detector)
        {
            throw new ArgumentNullException(nameof(options), "LanguageDetector cannot be null");
        }

        if (!string.Equals(detector.FallbackLanguage, ScriptDetector.Default.FallbackLanguage, StringComparison.Ordinal))
        {
            // A fallback chosen on purpose. The default ("en") is left as it always was: a lexicon without English scores
            // Latin-script texts as no match, as documented for a lexicon without a Latin-script language.
            CheckLanguage(ScriptLanguage(detector.FallbackLanguage), nameof(options), "the language detector's fallback language");
        }
        return new(this, options);
    }

    internal LanguageMatcher? MatcherFor(string language) => _matchers.GetValueOrDefault(language);

    /// <summary>The languages the lexicon was compiled with: those documents can be analyzed in.</summary>
    internal LanguageRegistry Languages { get; }

    /// <summary>Refuses a language given for documents that the lexicon was not compiled with: no text of it could be
    /// analyzed, and every document would score no match at all, silently.</summary>
    /// <param name="language">The language code.</param>
    /// <param name="parameterName">The argument that gave it.</param>
    /// <param name="what">How the message names it.</param>
    /// <exception cref="ArgumentException">The lexicon does not know the language.</exception>
    internal void CheckLanguage(string language, string parameterName, string what)
    {
        if (!Languages.TryGet(language, out _))
        {
            throw new ArgumentException(
                $"{what} '{language}' is not a language the lexicon '{Lexicon.Id}' was loaded with ({string.Join(", ", Languages.Codes)}): add its LanguageProfile to the LanguageRegistry given to Lexicon.Load or Lexicon.Parse",
                parameterName);
        }
    }
}
