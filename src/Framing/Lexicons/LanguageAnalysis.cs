namespace Framing.Lexicons;

/// <summary>
/// How a lexicon file asks Framing to analyze a language it has no built-in profile for (its <c>analysis</c> section,
/// for example <c>fr: latin</c>): one of the built-in analyses, <c>latin</c>, <c>arabic-script</c> or <c>arabic</c>.
/// </summary>
/// <param name="Language">The language code, as in the lexicon's <c>languages</c> (for example <c>fr</c>).</param>
/// <param name="Analysis">The analysis: <c>latin</c> (the English normalizer, no affix stripping), <c>arabic-script</c>
/// (the Arabic normalizer, no clitic stripping: Persian, Urdu) or <c>arabic</c> (the Arabic profile, with its clitic
/// stripping).</param>
public sealed record LanguageAnalysis(string Language, string Analysis)
{
    /// <summary>The record's members as the compiler prints them (<c>LanguageAnalysis { Member = value, … }</c>),
    /// formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LanguageAnalysis), PrintMembers);
}
