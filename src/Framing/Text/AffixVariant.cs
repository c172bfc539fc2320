namespace Framing.Text;

/// <summary>
/// One way of reading a token with clitics removed: how many characters to remove at the start and at the end, and
/// whether the definite article (elided in a proclitic such as لل) is restored in front of the stem.
/// The empty variant (0, 0, false) is the token itself.
/// </summary>
/// <param name="ProcliticLength">Characters removed at the start.</param>
/// <param name="EncliticLength">Characters removed at the end.</param>
/// <param name="RestoresArticle">Whether the stripper's article is put back in front of the stem.</param>
public readonly record struct AffixVariant(int ProcliticLength, int EncliticLength, bool RestoresArticle)
{
    /// <summary>Whether this variant is the token itself, with nothing removed.</summary>
    public bool IsExact => ProcliticLength == 0 && EncliticLength == 0 && !RestoresArticle;

    /// <summary>The record's members as the compiler prints them (<c>AffixVariant { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(AffixVariant), PrintMembers);
}
