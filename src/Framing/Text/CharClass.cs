using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Framing.Text;

/// <summary>Character classification used by the tokenizer. Independent of the current culture.</summary>
internal static class CharClass
{
    // One bit per BMP code unit: whether it is a word character (surrogates are 0 and take the slow path).
    // Immutable after the type initializer; built from the culture-independent Unicode category data.
    private static readonly ulong[] WordBits = BuildWordBits();

    /// <summary>Whether <paramref name="c"/> is a word character on its own (false for every surrogate: see <see cref="IsWordAt"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBmpWordCharacter(char c) => IsBmpWordCharacter(WordBits, c);

    /// <summary>
    /// The word-character table (one bit per BMP code unit, 1,024 words), for a loop over many characters to read once
    /// and pass to <see cref="IsBmpWordCharacter(ReadOnlySpan{ulong}, char)"/>: in the native build every read of the
    /// static field checks that the class is initialized, which the per-character loops should not repeat.
    /// </summary>
    public static ReadOnlySpan<ulong> WordTable => WordBits;

    /// <summary>Whether <paramref name="c"/> is a word character on its own, read from <paramref name="wordTable"/>.</summary>
    /// <param name="wordTable"><see cref="WordTable"/>: 1,024 words, so that every <c>c &gt;&gt; 6</c> lies inside it
    /// and the look-up needs no bounds check.</param>
    /// <param name="c">The UTF-16 code unit (false for every surrogate).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBmpWordCharacter(ReadOnlySpan<ulong> wordTable, char c) =>
        (Unsafe.Add(ref MemoryMarshal.GetReference(wordTable), c >> 6) & (1UL << (c & 63))) != 0;

    /// <summary>
    /// The index of the first unit at or after <paramref name="index"/> that is not a plain word character (ASCII letters;
    /// U+0620..U+065F: the basic Arabic letters, tatweel and harakat, all word characters; not the Arabic-Indic digits,
    /// where a word may end: see <see cref="IsDigitLetterBoundary"/>), read
    /// eight units at a time; it may stop earlier, up to seven units before the end of the text, and leaves the rest to
    /// the caller's look-ups in <see cref="WordTable"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where to start (at most the text's length).</param>
    // One vector step instead of a table look-up per unit: the words of the news texts scored are mostly such runs. A
    // unit x lies in [lo, lo + n) exactly when (short)(x + 0x8000 - lo) < (short)(0x8000 + n): one addition and one
    // signed comparison per range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipPlainWordCharacters(ReadOnlySpan<char> text, int index)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return index;
        }

        ref var units = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text));
        while (index <= text.Length - Vector128<short>.Count)
        {
            var block = Vector128.LoadUnsafe(ref units, (nuint)index);
            var arabic = Vector128.LessThan(block + Vector128.Create(unchecked((short)(0x8000 - PlainArabicFirst))), Vector128.Create(unchecked((short)(0x8000 + PlainArabicLast + 1 - PlainArabicFirst))));
            var latin = Vector128.LessThan((block | Vector128.Create((short)0x20)) + Vector128.Create(unchecked((short)(0x8000 - 'a'))), Vector128.Create(unchecked((short)(0x8000 + 26))));
            var others = ~(arabic | latin).ExtractMostSignificantBits() & 0xFFu;
            if (others != 0)
            {
                return index + BitOperations.TrailingZeroCount(others);
            }

            index += Vector128<short>.Count;
        }

        return index;
    }

    // The plain word units: ASCII letters and U+0620..U+065F (see SkipPlainWordCharacters and ClassifyPlain). Digits are
    // not plain: a digit next to an Arabic letter ends a word (IsDigitLetterBoundary), which the plain scans do not test.
    private const char PlainArabicFirst = '\u0620';
    private const char PlainArabicLast = '\u065F';

    /// <summary>
    /// Per unit of a block, all ones or zero: whether it is a plain word unit (as in <see cref="SkipPlainWordCharacters"/>),
    /// a space, and a letter a word may start with (a Latin letter, or an Arabic letter U+0621..U+064A other than tatweel:
    /// exactly the plain units for which <see cref="MayLackBaseCharacter"/> is false).
    /// </summary>
    /// <param name="block">Sixteen UTF-16 units.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<short> Word, Vector256<short> Space, Vector256<short> Starter) ClassifyPlain(Vector256<short> block)
    {
        var arabic = Vector256.LessThan(block + Vector256.Create(unchecked((short)(0x8000 - PlainArabicFirst))), Vector256.Create(unchecked((short)(0x8000 + PlainArabicLast + 1 - PlainArabicFirst))));
        var latin = Vector256.LessThan((block | Vector256.Create((short)0x20)) + Vector256.Create(unchecked((short)(0x8000 - 'a'))), Vector256.Create(unchecked((short)(0x8000 + 26))));
        var letter = Vector256.LessThan(block + Vector256.Create(unchecked((short)(0x8000 - 0x0621))), Vector256.Create(unchecked((short)(0x8000 + 0x064A + 1 - 0x0621))))
            & ~Vector256.Equals(block, Vector256.Create((short)0x0640));
        return (arabic | latin, Vector256.Equals(block, Vector256.Create((short)' ')), letter | latin);
    }

    /// <summary>Whether the code point at <paramref name="index"/> belongs to a word (letter, mark or number), and its length in code units.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordAt(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            length = 1;
            return IsBmpWordCharacter(WordBits, c);
        }

        return IsSupplementaryWordAt(text, index, out length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsSupplementaryWordAt(ReadOnlySpan<char> text, int index, out int length)
    {
        if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) != OperationStatus.Done)
        {
            length = 1;
            return false;
        }

        return IsWordCategory(Rune.GetUnicodeCategory(rune));
    }

    /// <summary>Whether the code point that ends just before <paramref name="index"/> belongs to a word.</summary>
    public static bool IsWordBefore(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0 || index > text.Length)
        {
            return false;
        }

        var start = index - 1;
        if (start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
        {
            start--;
        }

        return IsWordAt(text, start, out _);
    }

    /// <summary>
    /// Whether a run of word characters that starts with <paramref name="first"/> may hold no base character (see
    /// <see cref="HasBaseCharacter"/>): false for a run that starts with a Latin-1 character or an Arabic letter other than
    /// tatweel, which is almost every word, in one or four comparisons.
    /// </summary>
    /// <param name="first">The run's first UTF-16 unit.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayLackBaseCharacter(char first) =>
        first >= '\u0300' && (first == '\u0640' || first < '\u0621' || first > '\u064A');

    /// <summary>
    /// Whether a run of word characters holds a base character: a letter other than tatweel (U+0640) and the isolated
    /// harakat forms U+FE70..U+FE7F, or a number. A run of only tatweel and combining marks ("ـ", used as a dash in
    /// «دمشق ـ سانا», or a stray diacritic) is punctuation, not a word.
    /// </summary>
    /// <param name="run">The characters of the run (word characters and in-word joiners). The tokenizer asks only where
    /// <see cref="MayLackBaseCharacter"/> of its first character is true, so this is off the common path.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool HasBaseCharacter(ReadOnlySpan<char> run)
    {
        for (var i = 0; i < run.Length;)
        {
            if (Rune.DecodeFromUtf16(run[i..], out var rune, out var length) == OperationStatus.Done
                && rune.Value is not (0x0640 or (>= 0xFE70 and <= 0xFE7F))
                && Rune.GetUnicodeCategory(rune) is var category && IsWordCategory(category) && !IsMarkCategory(category))
            {
                return true;
            }

            i += length;
        }

        return false;
    }

    /// <summary>
    /// Whether a word ends between <paramref name="before"/> and <paramref name="c"/>, two word characters: a digit (ASCII,
    /// Arabic-Indic or extended Arabic-Indic) next to an Arabic letter, either way round («١٠إرهابيين» is ١٠ and
    /// إرهابيين; «عام ٢٠١١م» ends in ٢٠١١ and م). Arabic script does not write a number inside a word; Latin does ("F16",
    /// "1990s", "G20"), and a digit next to a Latin letter stays inside the word. Tatweel and marks are not letters here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigitLetterBoundary(char before, char c) =>
        (IsArabicOrAsciiDigit(before) && IsArabicLetter(c)) || (IsArabicLetter(before) && IsArabicOrAsciiDigit(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsArabicOrAsciiDigit(char c) => (uint)(c - '0') <= 9 || (uint)(c - '\u0660') <= 9 || (uint)(c - '\u06F0') <= 9;

    /// <summary>An Arabic letter: the Arabic block's letters (not tatweel, marks or digits), the Supplement and Extended-A
    /// letters, and the presentation forms of letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsArabicLetter(char c) => c switch
    {
        >= '\u0621' and <= '\u064A' => c != '\u0640',
        >= '\u066E' and <= '\u06D3' => c != '\u0670',
        '\u06D5' or '\u06EE' or '\u06EF' or (>= '\u06FA' and <= '\u06FC') or '\u06FF' => true,
        >= '\u0750' and <= '\u077F' => true,
        >= '\u08A0' and <= '\u08C9' => true,
        >= '\uFB50' and <= '\uFDFF' => true,
        >= '\uFE80' and <= '\uFEFC' => true,
        _ => false,
    };

    /// <summary>Whether the code point at <paramref name="index"/> is a decimal digit.</summary>
    public static bool IsDigitAt(ReadOnlySpan<char> text, int index) =>
        index >= 0 && index < text.Length && Rune.DecodeFromUtf16(text[index..], out var rune, out _) == OperationStatus.Done && Rune.IsDigit(rune);

    /// <summary>Whether the code point that ends just before <paramref name="index"/> is a decimal digit.</summary>
    public static bool IsDigitBefore(ReadOnlySpan<char> text, int index) =>
        index > 0 && index <= text.Length && Rune.DecodeLastFromUtf16(text[..index], out var rune, out _) == OperationStatus.Done && Rune.IsDigit(rune);

    /// <summary>Characters that join two word characters into one token without being a word character themselves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInWordJoiner(char c) => IsApostrophe(c) || c switch
    {
        '\u200C' or '\u200D' or '\u00AD' or '\u2060' or '\uFEFF' => true, // ZWNJ, ZWJ, soft hyphen, word joiners
        '\u200E' or '\u200F' or '\u061C' => true, // bidi marks inside a word
        '\u05F3' or '\u05F4' => true, // Hebrew geresh and gershayim inside a word: the acronym צה״ל, the letter ג׳ in ג׳ורג׳
        >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides, and their end (PDF)
        >= '\u2066' and <= '\u2069' => true, // bidi isolates, and their end (PDI)
        _ => false,
    };

    /// <summary>
    /// The apostrophes that join a word (don't, Assad's): ' ’ ʼ, and the characters typed for one, which
    /// <see cref="LatinNormalizer"/> removes as it removes an apostrophe: ‘ (an autocorrected apostrophe), ` and ´ (keyboards
    /// without ’: "don´t"), the prime ′, the fullwidth ＇, and the transliteration marks ʻ ʽ ʾ ʿ ("al-Qaʿida"). Between two word
    /// characters each is part of the word; elsewhere ‘ is a quotation mark and the others are punctuation.
    /// </summary>
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC'
        or '\u2018' or '`' or '\u00B4' or '\u2032' or '\uFF07' or '\u02BB' or '\u02BD' or '\u02BE' or '\u02BF';

    /// <summary>
    /// The index after the run of in-word joiners that starts at <paramref name="index"/>, stopping before a second
    /// apostrophe: invisible characters may pile up inside a word (an RLM and an LRM, a ZWNJ and a ZWJ), while two
    /// apostrophes in a row are a quotation mark ('') rather than part of a word.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the run starts.</param>
    /// <returns>The index of the first character after the run (<paramref name="index"/> when there is no joiner there).</returns>
    public static int SkipInWordJoiners(ReadOnlySpan<char> text, int index)
    {
        var apostrophes = 0;
        while (index < text.Length && IsInWordJoiner(text[index]) && (!IsApostrophe(text[index]) || ++apostrophes == 1))
        {
            index++;
        }

        return index;
    }

    /// <summary>Separators that join two digits into one number token (3.5, 1,000, ٣٫٥).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNumberSeparator(char c) => c is '.' or ',' or '\u066B' or '\u066C';

    /// <summary>Characters that end a sentence: . ! ? … ‼ ⁇ ⁈ ⁉, the Arabic ؟ ؛ and ۔, the Devanagari danda । and ॥, the
    /// Greek question mark ;, the Armenian full stop ։, the Ethiopic full stop ።, the ideographic full stop 。 and the
    /// fullwidth ！ and ？.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceTerminator(char c) => c is '.' or '!' or '?' or '\u061F' or '\u061B' or '\u2026' or '\u06D4' or '\u203C' or '\u2047' or '\u2048' or '\u2049'
        or '\u0964' or '\u0965' or '\u037E' or '\u0589' or '\u1362' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>Characters that end a line, and with it a sentence and a paragraph.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f';

    private static ulong[] BuildWordBits()
    {
        var bits = new ulong[65536 / 64];
        for (var c = 0; c < 65536; c++)
        {
            // U+02BB..U+02BF are modifier letters, but here they are apostrophes: they join two word characters and are not ones.
            if (!char.IsSurrogate((char)c) && !IsInWordJoiner((char)c) && IsWordCategory(CharUnicodeInfo.GetUnicodeCategory((char)c)))
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return bits;
    }

    private static bool IsMarkCategory(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
