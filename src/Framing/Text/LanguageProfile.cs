namespace Framing.Text;

/// <summary>
/// How one language is analyzed: its normalizer and, where the language attaches clitics to words, the affix
/// stripper that lets a token match a lexicon word without them. New languages plug in through their own profile.
/// </summary>
/// <param name="Code">ISO 639-1 code, lower case (for example <c>ar</c>).</param>
/// <param name="Normalizer">Maps tokens (and lexicon patterns) to their matching form.</param>
/// <param name="AffixStripper">Proposes clitic-free forms of a token, or null when the language needs none.</param>
public sealed record LanguageProfile(string Code, TextNormalizer Normalizer, AffixStripper? AffixStripper)
{
    /// <summary>ISO 639-1 code, lower case (for example <c>ar</c>).</summary>
    /// <exception cref="ArgumentNullException">The code is null.</exception>
    public string Code { get; init => field = value ?? throw new ArgumentNullException(nameof(Code)); } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>Maps tokens (and lexicon patterns) to their matching form.</summary>
    /// <exception cref="ArgumentNullException">The normalizer is null.</exception>
    public TextNormalizer Normalizer { get; init => field = value ?? throw new ArgumentNullException(nameof(Normalizer)); } = Normalizer ?? throw new ArgumentNullException(nameof(Normalizer));

    /// <summary>The record's members as the compiler prints them (<c>LanguageProfile { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LanguageProfile), PrintMembers);
}
