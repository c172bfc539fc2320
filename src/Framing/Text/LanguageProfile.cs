namespace Framing.Text;

/// <summary>
/// How one language is analyzed: its normalizer and, where the language attaches clitics to words, the affix
/// stripper that lets a token match a lexicon word without them. New languages plug in through their own profile.
/// </summary>
/// <param name="Code">ISO 639 code: 2 or 3 lower-case ASCII letters (for example <c>ar</c>).</param>
/// <param name="Normalizer">Maps tokens (and lexicon patterns) to their matching form.</param>
/// <param name="AffixStripper">Proposes clitic-free forms of a token, or null when the language needs none.</param>
public sealed record LanguageProfile(string Code, TextNormalizer Normalizer, AffixStripper? AffixStripper)
{
    /// <summary>ISO 639 code: 2 or 3 lower-case ASCII letters (for example <c>ar</c>), as a lexicon's <c>languages</c>
    /// writes it.</summary>
    /// <exception cref="ArgumentNullException">The code is null.</exception>
    /// <exception cref="ArgumentException">The code is not 2 or 3 lower-case ASCII letters (<c>FR-ca</c>): no lexicon
    /// could name the language, so its patterns would never be read with this profile.</exception>
    public string Code { get; init => field = Checked(value, nameof(Code)); } = Checked(Code, nameof(Code));

    private static string Checked(string code, string parameterName) =>
        code is null ? throw new ArgumentNullException(parameterName)
        : Lexicons.LexiconYamlReader.IsLanguageCode(code) ? code
        : throw new ArgumentException($"'{code}' is not a language code: use 2 or 3 lower-case letters (ISO 639), as a lexicon's 'languages' does", parameterName);

    /// <summary>Maps tokens (and lexicon patterns) to their matching form.</summary>
    /// <exception cref="ArgumentNullException">The normalizer is null.</exception>
    public TextNormalizer Normalizer { get; init => field = value ?? throw new ArgumentNullException(nameof(Normalizer)); } = Normalizer ?? throw new ArgumentNullException(nameof(Normalizer));

    /// <summary>The record's members as the compiler prints them (<c>LanguageProfile { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LanguageProfile), PrintMembers);
}
