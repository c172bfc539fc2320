namespace Framing.Text;

/// <summary>
/// Proposes readings of a normalized token with its clitics removed, so that a token can match a lexicon word that
/// is written without them. The lexicon itself is never stemmed. Implementations are immutable and thread-safe.
/// </summary>
public abstract class AffixStripper
{
    /// <summary>The most variants <see cref="GetVariants"/> writes.</summary>
    public const int MaxVariants = 64;

    /// <summary>The shortest stem, in characters, that a variant may leave.</summary>
    public abstract int MinimumStemLength { get; }

    /// <summary>The article that a variant with <see cref="AffixVariant.RestoresArticle"/> puts back in front of its stem.</summary>
    public abstract string Article { get; }

    /// <summary>
    /// Writes the readings of <paramref name="token"/> into <paramref name="variants"/> in order of preference (the
    /// token itself first, then readings that remove less before readings that remove more) and returns their number.
    /// </summary>
    /// <param name="token">The normalized token.</param>
    /// <param name="variants">Receives the variants; at least <see cref="MaxVariants"/> long.</param>
    /// <returns>The number of variants written (at least 1: the token itself).</returns>
    public abstract int GetVariants(ReadOnlySpan<char> token, Span<AffixVariant> variants);

    /// <summary>
    /// As <see cref="GetVariants"/>, for a token whose text as written is
    /// <paramref name="original"/>: a stripper may leave out readings that the written form rules out but normalization
    /// hid (Arabic: a word written with a final ة has no pronoun suffix ه, though ة is normalized to ه).
    /// </summary>
    /// <param name="token">The normalized token.</param>
    /// <param name="original">The token as written, before normalization.</param>
    /// <param name="variants">Receives the variants; at least <see cref="MaxVariants"/> long.</param>
    /// <returns>The number of variants written (at least 1: the token itself).</returns>
    internal virtual int GetVariantsAsWritten(ReadOnlySpan<char> token, ReadOnlySpan<char> original, Span<AffixVariant> variants) =>
        GetVariants(token, variants);

    /// <summary>Writes the form of <paramref name="token"/> that <paramref name="variant"/> describes.</summary>
    /// <param name="token">The normalized token.</param>
    /// <param name="variant">The variant.</param>
    /// <param name="destination">Receives the form; at least <c>token.Length + Article.Length</c> long.</param>
    /// <returns>The length of the form.</returns>
    public int BuildForm(ReadOnlySpan<char> token, AffixVariant variant, Span<char> destination)
    {
        var stem = token[variant.ProcliticLength..(token.Length - variant.EncliticLength)];
        var length = 0;
        if (variant.RestoresArticle)
        {
            Article.AsSpan().CopyTo(destination);
            length = Article.Length;
        }

        stem.CopyTo(destination[length..]);
        return length + stem.Length;
    }

    /// <summary>
    /// Whether <paramref name="variant"/> removes a coordinating conjunction from the start of <paramref name="token"/>
    /// (Arabic و or ف): a word joined by "and" is coordinated with the word before it, not in apposition to it.
    /// </summary>
    /// <param name="token">The normalized token.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>False unless the language's stripper knows conjunction clitics.</returns>
    public virtual bool RemovesConjunction(ReadOnlySpan<char> token, AffixVariant variant) => false;

    /// <summary>
    /// The conjunction clitic that <paramref name="variant"/> removes from the start of <paramref name="token"/> (Arabic و
    /// or ف), or <c>'\0'</c> when it removes none: a phrase's word after the first matches through it only where the
    /// pattern writes that conjunction as a word of its own (<c>أمن و استقرار</c>).
    /// </summary>
    /// <param name="token">The normalized token.</param>
    /// <param name="variant">The variant.</param>
    /// <returns><c>'\0'</c> unless the language's stripper knows conjunction clitics (of one letter).</returns>
    internal virtual char RemovedConjunction(ReadOnlySpan<char> token, AffixVariant variant) => '\0';

    /// <summary>
    /// Whether <paramref name="variant"/> removes a preposition from the start of <paramref name="token"/> (Arabic ب، ل،
    /// ك, possibly after و or ف): a noun governed by a preposition is not in a construct state with the word before it.
    /// </summary>
    /// <param name="token">The normalized token.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>False unless the language's stripper knows prepositional clitics.</returns>
    public virtual bool RemovesPreposition(ReadOnlySpan<char> token, AffixVariant variant) => false;

    /// <summary>
    /// Whether <paramref name="variant"/> removes (or restores) the definite article: the token was a definite noun or
    /// adjective, so not a verb (a speech cue read through it, such as الذكر or النقل, is no speech verb).
    /// </summary>
    /// <param name="token">The normalized token.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>False unless the language's stripper knows an article.</returns>
    internal virtual bool RemovesArticle(ReadOnlySpan<char> token, AffixVariant variant) => variant.RestoresArticle;

    /// <summary>
    /// Whether <paramref name="token"/> is a proclitic written apart from its word (Arabic بـ«…», لـ «…», و «…», the tatweel
    /// removed by normalization), and which: a conjunction, a preposition, or both (ولـ). The word after it is read as if
    /// it carried the clitic.
    /// </summary>
    /// <param name="token">The normalized token.</param>
    /// <returns>Neither, unless the language's stripper knows clitics that may stand apart.</returns>
    internal virtual (bool Conjunction, bool Preposition) DetachedProclitic(ReadOnlySpan<char> token) => default;

    /// <summary>Describes the rule a variant applies, for audit output (for example <c>وال+ … +هم</c>).</summary>
    /// <param name="token">The normalized token.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>The description; empty for the exact variant.</returns>
    public string Describe(ReadOnlySpan<char> token, AffixVariant variant)
    {
        if (variant.IsExact)
        {
            return string.Empty;
        }

        var prefix = token[..variant.ProcliticLength].ToString();
        var suffix = token[(token.Length - variant.EncliticLength)..].ToString();
        var text = (prefix.Length > 0 ? prefix + "+" : string.Empty) + "…" + (suffix.Length > 0 ? "+" + suffix : string.Empty);
        return variant.RestoresArticle ? text + " (" + Article + " restored)" : text;
    }
}
