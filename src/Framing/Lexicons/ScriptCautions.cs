using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// A pattern in the other script than its entry's language is read in: Arabic script under a language read as Latin
/// script (<c>داعش</c> under <c>lang: en</c>), or no Arabic-script letter under a language read as Arabic script
/// (<c>ISIS</c> under <c>lang: ar</c>). Such an entry is valid but matches only inside documents of its language.
/// <c>lexicons validate</c> and <c>lexicons import</c> warn of it.
/// </summary>
internal static class ScriptCautions
{
    /// <summary>Why the pattern's script does not fit its language, as a clause that a caller prefixes with the pattern
    /// (and its category), such as <c>is in Arabic script under 'lang: en', …</c>; null when it fits.</summary>
    /// <param name="pattern">The pattern as written (valid).</param>
    /// <param name="lang">The entry's language.</param>
    /// <param name="analyses">The lexicon's declared analyses (a language declared <c>latin</c> is read as Latin script,
    /// one declared <c>arabic-script</c> or <c>arabic</c> as Arabic script).</param>
    /// <returns>The clause, or null.</returns>
    public static string? Of(string pattern, string lang, IReadOnlyList<LanguageAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(lang);
        ArgumentNullException.ThrowIfNull(analyses);
        if (ScriptDetector.ArabicLetterShare(pattern) > 0.5 && ReadsLatinScript(lang, analyses))
        {
            // Only documents read as this language (never an Arabic text, detected as ar) are matched, and without
            // Arabic folding: الإرهابيين would miss الارهابيين.
            return $"is in Arabic script under 'lang: {lang}', a language read as Latin script: it matches only documents given as {lang}, without Arabic folding or clitics; give it an Arabic-script language (ar)";
        }

        if (ReadsArabicScript(lang, analyses) && ScriptDetector.CountLetters(pattern) is { Letters: > 0, Arabic: 0 })
        {
            // Only a Latin word inside a document read as this language is matched, never an English document.
            return $"has no Arabic-script letter under 'lang: {lang}', a language read as Arabic script: it matches only inside documents read as {lang}, never a Latin-script document; give it a Latin-script language (such as en)";
        }

        return null;
    }

    // Whether documents of the language are read as Latin script: en, or a language declared 'latin'.
    private static bool ReadsLatinScript(string lang, IReadOnlyList<LanguageAnalysis> analyses) =>
        lang == "en" || analyses.Any(a => a.Language == lang && a.Analysis == BuiltInAnalyses.Latin);

    // Whether documents of the language are read as Arabic script: ar, or a language declared 'arabic-script' or 'arabic'.
    private static bool ReadsArabicScript(string lang, IReadOnlyList<LanguageAnalysis> analyses) =>
        lang == "ar" || analyses.Any(a => a.Language == lang && BuiltInAnalyses.IsArabicScript(a.Analysis));
}
