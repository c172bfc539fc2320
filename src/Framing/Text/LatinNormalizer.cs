namespace Framing.Text;

/// <summary>
/// Culture-independent normalizer for Latin-script tokens (<c>latin-default</c>): lower-cases, folds diacritics to
/// ASCII, removes apostrophes and the possessive <c>'s</c>, unifies dashes, and removes invisible characters.
/// </summary>
/// <remarks>
/// <para>Rules, applied character by character:</para>
/// <list type="number">
/// <item><description>Fullwidth ASCII U+FF01..U+FF5E becomes the ASCII character (then follows the rules below), and
/// the styled Latin letters and digits of the Mathematical Alphanumeric Symbols U+1D400..U+1D6A5 and U+1D7CE..U+1D7FF
/// (bold, italic, script, fraktur, double-struck, sans-serif and monospace "fancy text": <c>𝐭𝐞𝐫𝐫𝐨𝐫</c>) become the
/// lower-case ASCII letter or the digit.</description></item>
/// <item><description>Letters are lower-cased without regard to culture: <c>I</c> becomes <c>i</c> under every
/// current culture, Turkish dotted capital I U+0130 and dotless i U+0131 both become <c>i</c> (no combining dot is
/// emitted), long s U+017F becomes <c>s</c>. Letters outside the explicit tables use
/// <see cref="char.ToLowerInvariant(char)"/>.</description></item>
/// <item><description>Latin letters with diacritics in U+00C0..U+024F and U+1E00..U+1EFF fold to ASCII
/// (<c>é</c> to <c>e</c>, <c>ü</c> to <c>u</c>, <c>ñ</c> to <c>n</c>, <c>ç</c> to <c>c</c>, <c>ø</c> to <c>o</c>,
/// <c>å</c> to <c>a</c>, <c>ł</c> to <c>l</c>, <c>ș</c> to <c>s</c>...), ligature letters expand (<c>ß</c> to
/// <c>ss</c>, <c>æ</c> to <c>ae</c>, <c>œ</c> to <c>oe</c>, <c>þ</c> to <c>th</c>, <c>ĳ</c> to <c>ij</c>), as do the
/// typographic ligatures U+FB00..U+FB06 (<c>ﬁ</c> to <c>fi</c>). Combining diacritical marks U+0300..U+036F are
/// removed, so decomposed input folds like precomposed input.</description></item>
/// <item><description>Greek: the final sigma <c>ς</c> becomes <c>σ</c> (as upper case <c>Σ</c> does), and the vowels with
/// tonos or dialytika (U+0386..U+03CE) fold to the bare vowel (<c>ά</c> and <c>Ά</c> to <c>α</c>), so that text in
/// capitals, written without accents, matches. Cyrillic letters keep their marks: <c>й</c> is not <c>и</c>, <c>ё</c> is
/// not <c>е</c>, and a decomposed <c>и</c> + U+0306 is composed to <c>й</c> (likewise <c>ё ї ў ѓ ќ ѐ ѝ</c>), while other
/// combining marks after Cyrillic letters (stress accents) are removed.</description></item>
/// <item><description>Apostrophe variants (U+0027, U+2019, U+2018, U+02BC, U+2032, U+0060, U+00B4, fullwidth
/// U+FF07, and the transliteration marks U+02BB, U+02BD, U+02BE, U+02BF of <c>al-Qaʿida</c>) are removed. If the token then ends in an <c>s</c> that directly followed an apostrophe, and something
/// precedes the apostrophe, that <c>s</c> is removed too (the possessive): <c>Assad's</c> and <c>Assad’s</c> become
/// <c>assad</c>, <c>rebels'</c> becomes <c>rebels</c>, <c>don't</c> becomes <c>dont</c>.</description></item>
/// <item><description>Hyphen and dash variants (U+2010..U+2015, U+2212, U+FE58, U+FE63, fullwidth U+FF0D) become
/// <c>-</c>.</description></item>
/// <item><description>Invisible format characters are removed: U+00AD, U+200B..U+200F, U+202A..U+202E, U+2060,
/// U+2066..U+2069, U+061C, U+FEFF and the variation selectors U+FE00..U+FE0F (an emoji keyboard leaves U+FE0F after a
/// word).</description></item>
/// </list>
/// <para>
/// Other characters (Arabic letters included) pass through, lower-cased where they have case. The normalizer is
/// idempotent, thread-safe, does not allocate, and never calls a culture-sensitive API, so it behaves the same
/// under every current culture and in globalization-invariant mode.
/// </para>
/// <para>
/// Outside the explicit tables, lower-casing follows the runtime's Unicode data (ICU, or the runtime's own tables in
/// globalization-invariant mode). These agree for every script in practical use; they can differ only for characters
/// added in recent Unicode versions (for example U+1C89 and U+A7CB with ICU 72 against .NET 10's Unicode 16 data).
/// </para>
/// </remarks>
public sealed class LatinNormalizer : TextNormalizer
{
    private LatinNormalizer()
    {
    }

    /// <summary>The shared instance.</summary>
    public static LatinNormalizer Default { get; } = new();

    /// <inheritdoc />
    public override string Name => "latin-default";

    /// <inheritdoc />
    /// <remarks>
    /// True for text made only of the caseless right-to-left scripts of U+0590–U+08FF (Arabic among them), without
    /// the Arabic letter mark U+061C, which this normalizer removes.
    /// </remarks>
    public override bool LeavesUnchanged(ReadOnlySpan<char> text)
    {
        // A plain loop: tokens are short, and MemoryExtensions.IndexOfAnyExceptInRange allocates on this range.
        foreach (var c in text)
        {
            if (c is < '\u0590' or > '\u08FF' or '\u061C')
            {
                return false;
            }
        }

        return true;
    }

    // U+1D400..U+1D7FF, the Mathematical Alphanumeric Symbols, all have this high surrogate.
    private const char MathematicalHighSurrogate = '\uD835';

    /// <summary>
    /// The lower-case ASCII letter or the digit of the mathematical symbol whose low surrogate (after U+D835) is
    /// <paramref name="low"/>, or U+0000 for one that is neither (a Greek letter, or not a low surrogate). The Latin
    /// letters U+1D400..U+1D6A3 are thirteen styles of A..Z then a..z (the unassigned places of the block, whose letters
    /// are encoded elsewhere, never occur); U+1D6A4 and U+1D6A5 are a dotless i and j; the digits U+1D7CE..U+1D7FF are
    /// five styles of 0..9.
    /// </summary>
    private static char MathematicalLetterOrDigit(char low) => low switch
    {
        >= '\uDC00' and <= '\uDEA3' => (char)('a' + ((low - 0xDC00) % 52 % 26)),
        '\uDEA4' => 'i',
        '\uDEA5' => 'j',
        >= '\uDFCE' and <= '\uDFFF' => (char)('0' + ((low - 0xDFCE) % 10)),
        _ => '\0',
    };

    /// <inheritdoc />
    public override void Normalize(ReadOnlySpan<char> source, NormalizedTextBuilder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var start = output.Length;
        var apostropheAt = -1;
        for (var i = 0; i < source.Length; i++)
        {
            var original = source[i];
            if (original is >= '\u0590' and <= '\u08FF' and not '\u061C')
            {
                // Hebrew, Arabic, Syriac, Thaana and the other right-to-left scripts of this range have no case and
                // nothing to fold here: the fast path for Arabic text.
                output.Append(original);
                continue;
            }

            if (original is >= '\u0300' and <= '\u036F')
            {
                // A combining mark: removed, unless it completes a Cyrillic letter that has its own precomposed form
                // (и + breve is й, not и), so that decomposed text folds like precomposed text in every script.
                if (output.Length > start && LatinFoldingTable.ComposeCyrillic(output.WrittenSpan[^1], original) is var composed and not '\0')
                {
                    output.Truncate(1);
                    output.Append(composed);
                }

                continue;
            }

            if (original == MathematicalHighSurrogate && i + 1 < source.Length && MathematicalLetterOrDigit(source[i + 1]) is var plain and not '\0')
            {
                // A styled letter or digit (bold, italic, script, fraktur, double-struck, sans-serif, monospace) of
                // U+1D400..U+1D7FF, as "fancy text" generators write words: its plain ASCII letter, lower-cased.
                output.Append(plain);
                i++;
                continue;
            }

            var c = original is >= '\uFF01' and <= '\uFF5E' ? (char)(original - 0xFEE0) : original;
            var entry = LatinFoldingTable.Lookup(c, out var inTable);
            if (!inTable)
            {
                entry = LatinFoldingTable.Special(c);
                if (entry is null)
                {
                    var lower = char.ToLowerInvariant(c);
                    if (lower != c)
                    {
                        c = lower;
                        entry = LatinFoldingTable.Lookup(c, out _);
                    }
                }
            }

            if (entry is null)
            {
                output.Append(c);
            }
            else if (entry.Length == 1)
            {
                if (entry[0] == '\'')
                {
                    apostropheAt = output.Length;
                }
                else
                {
                    output.Append(entry[0]);
                }
            }
            else if (entry.Length > 1)
            {
                output.Append(entry.AsSpan());
            }
        }

        if (apostropheAt > start && apostropheAt == output.Length - 1 && output.WrittenSpan[^1] == 's')
        {
            output.Truncate(1);
        }
    }
}
