namespace Framing.Text;

/// <summary>
/// Arabic clitics on normalized tokens: a proclitic chain (و or ف, then ب ل or ك, then the article ال, including the
/// contracted لل = ل + ال and chains such as وال بال فال وبال فلل) and at most one enclitic pronoun
/// (ه ها هم هما هن كم كن نا ي), never both the article and a pronoun: a definite word takes no possessive pronoun (its
/// final ي ends an adjective such as النظامي; its final ه was a ة, as in الكيماوية).
/// </summary>
/// <remarks>
/// <para>Readings are tried in this order: the token itself; then readings that keep more of the token before
/// readings that keep less; at equal length, readings without an enclitic first, then shorter proclitics first.
/// A reading never leaves a stem shorter than <see cref="MinimumStemLength"/> characters.</para>
/// <para>When the article is contracted (لل, فلل, ولل), the reading with the article restored (ال + stem) is also
/// proposed, so that لل‌ارهابيين matches a lexicon word written الارهابيين as well as one written ارهابيين.</para>
/// <para>Works on normalized text (after the Arabic normalizer: ة is ه, ى is ي, alef variants are ا); given the token as
/// written too, it reads a word written with a final ة without a pronoun suffix ه.</para>
/// </remarks>
public sealed class ArabicCliticStripper : AffixStripper
{
    /// <summary>The default shortest stem: 3 characters (most Arabic roots have three letters).</summary>
    public const int DefaultMinimumStemLength = 3;

    private static readonly string[] Enclitics = ["هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ي"];

    /// <summary>Creates the stripper.</summary>
    /// <param name="minimumStemLength">The shortest stem a reading may leave (at least 1).</param>
    public ArabicCliticStripper(int minimumStemLength = DefaultMinimumStemLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumStemLength, 1);
        MinimumStemLength = minimumStemLength;
    }

    /// <inheritdoc />
    public override int MinimumStemLength { get; }

    /// <inheritdoc />
    public override string Article => "ال";

    /// <inheritdoc />
    /// <remarks>The proclitic chain starts with the conjunction و or ف when the token does.</remarks>
    public override bool RemovesConjunction(ReadOnlySpan<char> token, AffixVariant variant) =>
        variant.ProcliticLength > 0 && token.Length > 0 && token[0] is 'و' or 'ف';

    /// <inheritdoc />
    /// <remarks>The token's first letter, و or ف, when the proclitic chain starts with it.</remarks>
    internal override char RemovedConjunction(ReadOnlySpan<char> token, AffixVariant variant) =>
        RemovesConjunction(token, variant) ? token[0] : '\0';

    /// <inheritdoc />
    /// <remarks>The proclitic chain holds ب، ل or ك after an optional conjunction (لل is ل + the article).</remarks>
    public override bool RemovesPreposition(ReadOnlySpan<char> token, AffixVariant variant)
    {
        var chain = token[..Math.Min(variant.ProcliticLength, token.Length)];
        if (chain.Length > 0 && chain[0] is 'و' or 'ف')
        {
            chain = chain[1..];
        }

        return chain.Length > 0 && chain[0] is 'ب' or 'ل' or 'ك';
    }

    /// <inheritdoc />
    /// <remarks>The proclitic chain ends with the article ال, or with لل (ل and the article whose alef is not written).</remarks>
    internal override bool RemovesArticle(ReadOnlySpan<char> token, AffixVariant variant)
    {
        var chain = token[..Math.Min(variant.ProcliticLength, token.Length)];
        return variant.RestoresArticle || chain.EndsWith("ال", StringComparison.Ordinal) || chain.EndsWith("لل", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    /// <remarks>و or ف (a conjunction), ب، ل or ك (a preposition), or a conjunction and a preposition (ولـ، فبـ), alone.</remarks>
    internal override (bool Conjunction, bool Preposition) DetachedProclitic(ReadOnlySpan<char> token) => token switch
    {
        ['و' or 'ف'] => (true, false),
        ['ب' or 'ل' or 'ك'] => (false, true),
        ['و' or 'ف', 'ب' or 'ل' or 'ك'] => (true, true),
        _ => default,
    };

    /// <inheritdoc />
    public override int GetVariants(ReadOnlySpan<char> token, Span<AffixVariant> variants)
    {
        Span<AffixVariant> proclitics = stackalloc AffixVariant[12];
        var procliticCount = CollectProclitics(token, proclitics, out var definite);
        var count = 0;
        variants[count++] = default;
        for (var p = 0; p < procliticCount; p++)
        {
            AddIfValid(token, proclitics[p], variants, ref count);
        }

        foreach (var enclitic in Enclitics)
        {
            // A word with the article takes no possessive pronoun, and the final ي of a definite word is the ending of an
            // adjective (النظامي، السوري، الروسي), not "my": read off, it made «الجيش النظامي» "the regime's army".
            if (!token.EndsWith(enclitic, StringComparison.Ordinal) || (definite && enclitic == "ي"))
            {
                continue;
            }

            AddIfValid(token, new AffixVariant(0, enclitic.Length, false), variants, ref count);
            for (var p = 0; p < procliticCount; p++)
            {
                // Nor is a word read with the article removed also read with a pronoun removed: ال and a pronoun suffix
                // never stand on one word, so the reading was a word ending in ة (ه once normalized) taken for the
                // pronoun: بالإضافة read as بـ + ال + أضاف + ه "he added it", الكيماوية as ال + كيماوي + ه.
                if (RemovesArticle(token, proclitics[p]))
                {
                    continue;
                }

                AddIfValid(token, proclitics[p] with { EncliticLength = enclitic.Length }, variants, ref count);
            }
        }

        // Insertion sort: few variants, and no delegate allocation on the hot path.
        for (var i = 2; i < count; i++)
        {
            var item = variants[i];
            var j = i - 1;
            while (j >= 1 && Compare(token.Length, variants[j], item) > 0)
            {
                variants[j + 1] = variants[j];
                j--;
            }

            variants[j + 1] = item;
        }

        return count;
    }

    /// <inheritdoc />
    /// <remarks>A word written with a final ta marbuta (ة, or its presentation forms; diacritics, tatweel and invisible
    /// characters after it aside) is not read with the pronoun suffix ه removed: normalization writes its ة as ه, but a
    /// pronoun is never written ة, so فصيلة (a platoon) is not فصيل + ه (his faction), which is written فصيله.</remarks>
    internal override int GetVariantsAsWritten(ReadOnlySpan<char> token, ReadOnlySpan<char> original, Span<AffixVariant> variants)
    {
        var count = GetVariants(token, variants);
        if (!token.EndsWith("ه", StringComparison.Ordinal) || !EndsWithTaMarbuta(original))
        {
            return count;
        }

        var kept = 0;
        for (var v = 0; v < count; v++)
        {
            if (variants[v].EncliticLength != 1)
            {
                variants[kept++] = variants[v];
            }
        }

        return kept;
    }

    /// <summary>Whether the last letter of <paramref name="original"/> is a ta marbuta (ة U+0629, ۃ U+06C3, or the
    /// presentation forms ﺓ ﺔ), past any combining marks, format characters and tatweel after it.</summary>
    private static bool EndsWithTaMarbuta(ReadOnlySpan<char> original)
    {
        for (var i = original.Length - 1; i >= 0; i--)
        {
            var c = original[i];
            if (c is '\u0629' or '\u06C3' or '\uFE93' or '\uFE94')
            {
                return true;
            }

            if (c != '\u0640' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format))
            {
                return false;
            }
        }

        return false;
    }

    private static int Compare(int tokenLength, AffixVariant x, AffixVariant y)
    {
        var keptX = tokenLength - x.ProcliticLength - x.EncliticLength + (x.RestoresArticle ? 2 : 0);
        var keptY = tokenLength - y.ProcliticLength - y.EncliticLength + (y.RestoresArticle ? 2 : 0);
        if (keptX != keptY)
        {
            return keptY.CompareTo(keptX);
        }

        if (x.EncliticLength != y.EncliticLength)
        {
            return x.EncliticLength.CompareTo(y.EncliticLength);
        }

        if (x.ProcliticLength != y.ProcliticLength)
        {
            return x.ProcliticLength.CompareTo(y.ProcliticLength);
        }

        return y.RestoresArticle.CompareTo(x.RestoresArticle);
    }

    private static int CollectProclitics(ReadOnlySpan<char> token, Span<AffixVariant> output, out bool definite)
    {
        var count = 0;
        definite = false;
        for (var conjunction = 0; conjunction <= 1; conjunction++)
        {
            if (conjunction == 1 && !(token.Length > 0 && token[0] is 'و' or 'ف'))
            {
                continue;
            }

            for (var preposition = 0; preposition <= 1; preposition++)
            {
                var at = conjunction;
                if (preposition == 1 && !(token.Length > at && token[at] is 'ب' or 'ل' or 'ك'))
                {
                    continue;
                }

                var stemStart = conjunction + preposition;
                if (stemStart > 0)
                {
                    output[count++] = new AffixVariant(stemStart, 0, false);
                }

                var rest = token[stemStart..];
                if (rest.StartsWith("ال", StringComparison.Ordinal))
                {
                    output[count++] = new AffixVariant(stemStart + 2, 0, false);
                    definite = true;
                }
                else if (preposition == 1 && token[at] == 'ل' && rest.Length > 0 && rest[0] == 'ل')
                {
                    // لل: the preposition ل followed by the article whose alef is not written.
                    output[count++] = new AffixVariant(stemStart + 1, 0, true);
                    output[count++] = new AffixVariant(stemStart + 1, 0, false);
                    definite = true;
                }
            }
        }

        return count;
    }

    private void AddIfValid(ReadOnlySpan<char> token, AffixVariant variant, Span<AffixVariant> variants, ref int count)
    {
        var stem = token.Length - variant.ProcliticLength - variant.EncliticLength;
        if (stem >= MinimumStemLength && count < variants.Length)
        {
            variants[count++] = variant;
        }
    }
}
