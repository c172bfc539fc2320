using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Framing.Text;

/// <summary>
/// Guesses a document's language from its script: Arabic when at least <see cref="ArabicShareThreshold"/> of its
/// letters are Arabic letters, otherwise the fallback language (English by default). Culture-independent. An
/// Arabic-script text that writes letters standard Arabic does not use (Persian ی ک پ چ ژ گ, Urdu ے ٹ ڈ ڑ ں …: at least
/// <c>NonArabicLetterPercent</c> % of its Arabic-script letters) is told apart, so that a lexicon declaring such a
/// language (<c>fa: arabic-script</c>) next to <c>ar</c> reads it with that language's analysis.
/// </summary>
public sealed class ScriptDetector
{
    /// <summary>Creates a detector.</summary>
    /// <param name="arabicShareThreshold">The share of Arabic letters, in (0, 1], at or above which a text is Arabic.</param>
    /// <param name="fallbackLanguage">The language of texts that are not Arabic.</param>
    public ScriptDetector(double arabicShareThreshold = 0.5, string fallbackLanguage = "en")
    {
        if (!(arabicShareThreshold > 0 && arabicShareThreshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(arabicShareThreshold), "the threshold must be in (0, 1]");
        }

        ArabicShareThreshold = arabicShareThreshold;
        FallbackLanguage = fallbackLanguage ?? throw new ArgumentNullException(nameof(fallbackLanguage));
    }

    /// <summary>The default detector: Arabic at 50 % Arabic letters or more, otherwise English.</summary>
    public static ScriptDetector Default { get; } = new();

    /// <summary>The share of Arabic letters at or above which a text is Arabic.</summary>
    public double ArabicShareThreshold { get; }

    /// <summary>The language of texts that are not Arabic.</summary>
    public string FallbackLanguage { get; }

    /// <summary>The language of Arabic-script texts: <c>ar</c>, or the Arabic-script language a lexicon declares when
    /// it lacks <c>ar</c> (see <see cref="Matching.CompiledLexicon.DetectorFor"/>).</summary>
    internal string ArabicLanguage { get; init; } = "ar";

    /// <summary>The language of Arabic-script texts that write letters standard Arabic does not use
    /// (<see cref="DetectedScript.OtherArabicScript"/>): the first language a lexicon declares <c>arabic-script</c>
    /// (see <see cref="Matching.CompiledLexicon.DetectorFor"/>), or null to read them as <see cref="ArabicLanguage"/>.</summary>
    internal string? OtherArabicScriptLanguage { get; init; }

    /// <summary>The share, in percent, of an Arabic-script text's Arabic-script letters that must be letters standard
    /// Arabic does not use (and at least two of them) for the text to be <see cref="DetectedScript.OtherArabicScript"/>:
    /// 1 %. Persian writes ی and ک for every yeh and kaf (several in a hundred letters); Arabic news text writes none, or
    /// a ڤ or گ in a foreign name.</summary>
    internal const int NonArabicLetterPercent = 1;

    /// <summary>The share of Arabic letters among all letters of <paramref name="text"/> (0 when it has no letters).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The share, in [0, 1].</returns>
    public static double ArabicLetterShare(ReadOnlySpan<char> text)
    {
        var counts = CountLetters(text);
        return counts.Letters == 0 ? 0 : (double)counts.Arabic / counts.Letters;
    }

    /// <summary>
    /// Detects the language of <paramref name="text"/>. Texts up to 1,024 characters are read whole; longer ones are
    /// judged on 8 windows of 128 characters spread evenly across them, from the very start to the very end (the
    /// script of a news text does not change from window to window, and reading 1,024 characters bounds the cost).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns><c>ar</c> (or the Arabic-script language a lexicon's detector names) or <see cref="FallbackLanguage"/>.</returns>
    public string Detect(ReadOnlySpan<char> text) => LanguageOf(DetectScript(text));

    /// <summary>The language this detector gives texts of <paramref name="script"/>.</summary>
    internal string LanguageOf(DetectedScript script) => script switch
    {
        DetectedScript.Arabic => ArabicLanguage,
        DetectedScript.OtherArabicScript => OtherArabicScriptLanguage ?? ArabicLanguage,
        _ => FallbackLanguage,
    };

    /// <summary>The script of <paramref name="text"/>, from the same letters <see cref="Detect"/> reads.</summary>
    [PerDocument]
    internal DetectedScript DetectScript(ReadOnlySpan<char> text)
    {
        LetterCounts counts;
        if (text.Length <= SampleWindows * SampleWindow)
        {
            counts = CountLetters(text);
        }
        else
        {
            counts = default;
            for (var w = 0; w < SampleWindows; w++)
            {
                // Windows from the very start to the very end of the text.
                var start = (int)((long)w * (text.Length - SampleWindow) / (SampleWindows - 1));
                counts += CountLetters(text.Slice(start, SampleWindow));
            }
        }

        if (!(counts.Letters > 0 && (double)counts.Arabic / counts.Letters >= ArabicShareThreshold))
        {
            return DetectedScript.Other;
        }

        return counts.NonArabic >= 2 && counts.NonArabic * 100 >= NonArabicLetterPercent * counts.Arabic
            ? DetectedScript.OtherArabicScript
            : DetectedScript.Arabic;
    }

    private const int SampleWindows = 8;
    private const int SampleWindow = 128;

    /// <summary>
    /// Counts the letters and the Arabic letters of <paramref name="text"/>, sixteen or eight code units at a time where
    /// the processor has vector instructions: a block's ASCII letters and basic Arabic letters (U+0621..U+064A) are
    /// counted by comparisons, its other non-ASCII characters one by one as in <see cref="CountLettersScalar"/>, and from
    /// a block holding a surrogate on, the rest of the text is counted by <see cref="CountLettersScalar"/>. The counts are
    /// the same either way.
    /// </summary>
    [MethodImpl(HotPath.Compilation)]
    internal static LetterCounts CountLetters(ReadOnlySpan<char> text)
    {
        var counts = default(LetterCounts);
        var i = 0;
        var surrogate = false; // a block with a surrogate stops the vector counts
        var units = MemoryMarshal.Cast<char, ushort>(text);
        if (Vector256.IsHardwareAccelerated)
        {
            var arabicFirst = Vector256.Create((ushort)0x0621);
            var arabicSpan = Vector256.Create((ushort)(0x064A - 0x0621));
            var caseBit = Vector256.Create((ushort)0x20);
            var lowerA = Vector256.Create((ushort)'a');
            var alphabetSpan = Vector256.Create((ushort)('z' - 'a'));
            var ascii = Vector256.Create((ushort)0x80);
            for (; i <= units.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var block = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
                var isArabic = Vector256.LessThanOrEqual(block - arabicFirst, arabicSpan);
                var isAscii = Vector256.LessThan(block, ascii);
                var isAsciiLetter = isAscii & Vector256.LessThanOrEqual((block | caseBit) - lowerA, alphabetSpan);
                if (!AddBlock(text, i, isArabic.ExtractMostSignificantBits(), isAsciiLetter.ExtractMostSignificantBits(), (~(isArabic | isAscii)).ExtractMostSignificantBits(), ref counts))
                {
                    // A surrogate: the scalar count takes over at this block.
                    surrogate = true;
                    break;
                }
            }
        }

        if (Vector128.IsHardwareAccelerated && !surrogate)
        {
            var arabicFirst = Vector128.Create((ushort)0x0621);
            var arabicSpan = Vector128.Create((ushort)(0x064A - 0x0621));
            var caseBit = Vector128.Create((ushort)0x20);
            var lowerA = Vector128.Create((ushort)'a');
            var alphabetSpan = Vector128.Create((ushort)('z' - 'a'));
            var ascii = Vector128.Create((ushort)0x80);
            for (; i <= units.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
                var isArabic = Vector128.LessThanOrEqual(block - arabicFirst, arabicSpan);
                var isAscii = Vector128.LessThan(block, ascii);
                var isAsciiLetter = isAscii & Vector128.LessThanOrEqual((block | caseBit) - lowerA, alphabetSpan);
                if (!AddBlock(text, i, isArabic.ExtractMostSignificantBits(), isAsciiLetter.ExtractMostSignificantBits(), (~(isArabic | isAscii)).ExtractMostSignificantBits(), ref counts))
                {
                    // A surrogate: the scalar count takes over at this block.
                    surrogate = true;
                    break;
                }
            }
        }

        return counts + CountLettersScalar(text[i..]);
    }

    /// <summary>
    /// Adds a block's letters (bit k of each mask: code unit <paramref name="start"/> + k) to <paramref name="counts"/> and
    /// returns true, unless the block holds a surrogate: then it adds nothing and returns false.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AddBlock(ReadOnlySpan<char> text, int start, uint arabicMask, uint asciiLetterMask, uint others, ref LetterCounts counts)
    {
        long otherLetters = 0;
        long otherArabic = 0;
        long otherNonArabic = 0;
        for (; others != 0; others &= others - 1)
        {
            var c = text[start + BitOperations.TrailingZeroCount(others)];
            if (char.IsSurrogate(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                otherLetters++;
                if (IsArabicBlock(c))
                {
                    otherArabic++;
                    otherNonArabic += IsNonArabicLetter(c) ? 1 : 0;
                }
            }
        }

        var arabicLetters = BitOperations.PopCount(arabicMask);
        counts += new LetterCounts(arabicLetters + BitOperations.PopCount(asciiLetterMask) + otherLetters, arabicLetters + otherArabic, otherNonArabic);
        return true;
    }

    /// <summary>Counts the letters, the Arabic-script letters and those of them standard Arabic does not use of
    /// <paramref name="text"/> one code point at a time.</summary>
    [MethodImpl(HotPath.Compilation)]
    internal static LetterCounts CountLettersScalar(ReadOnlySpan<char> text)
    {
        long letters = 0;
        long arabic = 0;
        long nonArabic = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u0621' and <= '\u064A')
            {
                // The letters of the basic Arabic block (and tatweel, a modifier letter): the common case, without a category look-up.
                letters++;
                arabic++;
            }
            else if (c < 0x80)
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    letters++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                i++;
                if (Rune.IsLetter(rune))
                {
                    letters++;
                    if (rune.Value is >= 0x1EE00 and <= 0x1EEFF)
                    {
                        arabic++; // Arabic Mathematical Alphabetic Symbols
                    }
                }
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (IsArabicBlock(c))
                {
                    arabic++;
                    nonArabic += IsNonArabicLetter(c) ? 1 : 0;
                }
            }
        }

        return new LetterCounts(letters, arabic, nonArabic);
    }

    // Blocks of the Arabic script; only the letters in them count (not the Extended Arabic-Indic digits, marks or symbols).
    private static bool IsArabicBlock(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or '\u06D5' or (>= '\u06EE' and <= '\u06FF')
            or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC');

    // Letters of the Arabic script that standard Arabic does not write: those of the Arabic block after its basic letters
    // (Persian, Urdu, Pashto, Kurdish, Sindhi … letters), except alef wasla (U+0671) and the archaic dotless beh and
    // qaf (U+066E, U+066F), which Arabic texts do write, and the Arabic Supplement and Extended-A blocks. Presentation
    // forms are left out: text extracted from PDF files writes every Arabic letter in them.
    private static bool IsNonArabicLetter(char c) =>
        c is (>= '\u0672' and <= '\u06D3') or '\u06D5' or (>= '\u06EE' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF');
}
