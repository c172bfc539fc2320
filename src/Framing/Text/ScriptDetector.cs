using System.Runtime.CompilerServices;
using System.Text;

namespace Framing.Text;

/// <summary>
/// Guesses a document's language from its script: Arabic when at least <see cref="ArabicShareThreshold"/> of its
/// letters are Arabic letters, otherwise the fallback language (English by default). Culture-independent.
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

    /// <summary>The share of Arabic letters among all letters of <paramref name="text"/> (0 when it has no letters).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The share, in [0, 1].</returns>
    public static double ArabicLetterShare(ReadOnlySpan<char> text)
    {
        var (letters, arabic) = CountLetters(text);
        return letters == 0 ? 0 : (double)arabic / letters;
    }

    /// <summary>
    /// Detects the language of <paramref name="text"/>. Texts up to 1,024 characters are read whole; longer ones are
    /// judged on 8 windows of 128 characters spread evenly across them, from the very start to the very end (the
    /// script of a news text does not change from window to window, and reading 1,024 characters bounds the cost).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns><c>ar</c> or <see cref="FallbackLanguage"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Detect(ReadOnlySpan<char> text)
    {
        long letters = 0, arabic = 0;
        if (text.Length <= SampleWindows * SampleWindow)
        {
            (letters, arabic) = CountLetters(text);
        }
        else
        {
            for (var w = 0; w < SampleWindows; w++)
            {
                // Windows from the very start to the very end of the text.
                var start = (int)((long)w * (text.Length - SampleWindow) / (SampleWindows - 1));
                var (l, a) = CountLetters(text.Slice(start, SampleWindow));
                letters += l;
                arabic += a;
            }
        }

        return letters > 0 && (double)arabic / letters >= ArabicShareThreshold ? "ar" : FallbackLanguage;
    }

    private const int SampleWindows = 8;
    private const int SampleWindow = 128;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (long Letters, long Arabic) CountLetters(ReadOnlySpan<char> text)
    {
        long letters = 0;
        long arabic = 0;
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
                }
            }
        }

        return (letters, arabic);
    }

    // Blocks of the Arabic script; only the letters in them count (not the Extended Arabic-Indic digits, marks or symbols).
    private static bool IsArabicBlock(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or '\u06D5' or (>= '\u06EE' and <= '\u06FF')
            or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC');
}
