using Framing.Lexicons;

namespace Framing.Text;

/// <summary>
/// The built-in analyses a lexicon may give a language Framing has no profile for (<see cref="LanguageAnalysis"/>):
/// <c>latin</c>, <c>arabic-script</c> and <c>arabic</c>, and the profiles they make.
/// </summary>
internal static class BuiltInAnalyses
{
    /// <summary>The Latin analysis: the English profile's normalizer (<see cref="LatinNormalizer.Default"/>), no affix stripping.</summary>
    public const string Latin = "latin";

    /// <summary>The Arabic-script analysis: the Arabic normalizer (letters folded as for Arabic, Persian ی and ک
    /// included) followed by the Latin one, without the Arabic clitic stripper.</summary>
    public const string ArabicScript = "arabic-script";

    /// <summary>The Arabic analysis: the Arabic profile's normalizer and clitic stripper.</summary>
    public const string Arabic = "arabic";

    /// <summary>The names, in the order messages list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Latin, ArabicScript, Arabic];

    /// <summary>Whether <paramref name="name"/> is one of <see cref="Names"/>.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>Whether it names a built-in analysis.</returns>
    public static bool IsName(string name) => name is Latin or ArabicScript or Arabic;

    /// <summary>Whether the analysis reads Arabic script (<c>arabic-script</c> or <c>arabic</c>).</summary>
    /// <param name="name">A name of <see cref="Names"/>.</param>
    /// <returns>Whether the script detector's Arabic texts belong to it.</returns>
    public static bool IsArabicScript(string name) => name is ArabicScript or Arabic;

    /// <summary>What is wrong with declaring <paramref name="name"/> as the analysis of <paramref name="code"/>, by the
    /// rules a lexicon file's <c>analysis</c> and an import's <c>--analysis</c> share (each words the problem for its
    /// place): a language code, without a profile in <paramref name="languages"/>, among the lexicon's
    /// <paramref name="declared"/> languages, and a built-in analysis.</summary>
    /// <param name="code">The language code.</param>
    /// <param name="name">The analysis named for it.</param>
    /// <param name="languages">The registry the lexicon is loaded with.</param>
    /// <param name="declared">The lexicon's languages.</param>
    /// <returns>The first problem, or <see cref="AnalysisProblem.None"/>.</returns>
    public static AnalysisProblem Check(string code, string name, LanguageRegistry languages, IReadOnlyList<string> declared) =>
        !LexiconYamlReader.IsLanguageCode(code) ? AnalysisProblem.NotALanguageCode
        : languages.TryGet(code, out _) ? AnalysisProblem.HasBuiltInProfile
        : !declared.Contains(code, StringComparer.Ordinal) ? AnalysisProblem.NotADeclaredLanguage
        : !IsName(name) ? AnalysisProblem.UnknownAnalysis
        : AnalysisProblem.None;

    /// <summary>The profile of <paramref name="code"/> analyzed as <paramref name="name"/>.</summary>
    /// <param name="code">The language code.</param>
    /// <param name="name">A name of <see cref="Names"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a built-in analysis.</exception>
    public static LanguageProfile Profile(string code, string name) => name switch
    {
        Latin => new LanguageProfile(code, Normalizers.English, null),
        ArabicScript => new LanguageProfile(code, Normalizers.Arabic, null),
        Arabic => new LanguageProfile(code, Normalizers.Arabic, new ArabicCliticStripper(ArabicCliticStripper.DefaultMinimumStemLength)),
        _ => throw new ArgumentException($"unknown analysis '{name}' (expected {string.Join(", ", Names)})", nameof(name)),
    };

    /// <summary>The registry <paramref name="languages"/> with a profile for each declared analysis.</summary>
    /// <param name="languages">The registry the lexicon is loaded with.</param>
    /// <param name="analyses">The lexicon's declared analyses.</param>
    /// <returns>The registry (the same instance when nothing is declared).</returns>
    public static LanguageRegistry Extend(LanguageRegistry languages, IReadOnlyList<LanguageAnalysis> analyses)
    {
        foreach (var analysis in analyses)
        {
            languages = languages.With(Profile(analysis.Language, analysis.Analysis));
        }

        return languages;
    }
}

/// <summary>What <see cref="BuiltInAnalyses.Check"/> finds wrong with a declared analysis.</summary>
internal enum AnalysisProblem
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>The language is not 2 or 3 lower-case letters.</summary>
    NotALanguageCode,

    /// <summary>The language has a profile already (ar, en).</summary>
    HasBuiltInProfile,

    /// <summary>The language is not one of the lexicon's languages.</summary>
    NotADeclaredLanguage,

    /// <summary>The analysis is not latin, arabic-script or arabic.</summary>
    UnknownAnalysis,
}
