using System.Text;

namespace Framing.Text;

/// <summary>
/// The precomputed per-character lookup behind one <see cref="ArabicNormalizer"/> profile. Each covered code point
/// maps to one of: keep, drop, or a replacement of one or more characters; every other character is kept.
/// </summary>
/// <remarks>
/// <para>
/// Covered code points: U+0600..U+06FF, U+0750..U+077F, U+08A0..U+08FF, U+FB50..U+FDFF, U+FE70..U+FEFF and the
/// format characters U+00AD, U+200B..U+200F, U+202A..U+202E, U+2060 and U+2066..U+2069.
/// </para>
/// <para>
/// Replacements are resolved to a fixed point when the table is built (a presentation form decomposes to letters,
/// which are then folded by the profile), and the build checks that every replacement character is itself kept.
/// That makes the lookup idempotent by construction. The table is immutable once built and safe to share.
/// </para>
/// </remarks>
internal sealed class ArabicFoldingTable
{
    private const int Keep = -1;
    private const int LengthBits = 5;
    private const int LengthMask = (1 << LengthBits) - 1;

    // Slot layout of the covered ranges.
    private const int ArabicBase = 0;              // U+0600..U+06FF, 256 slots
    private const int SupplementBase = 256;        // U+0750..U+077F, 48 slots
    private const int ExtendedABase = 304;         // U+08A0..U+08FF, 96 slots
    private const int FormsABase = 400;            // U+FB50..U+FDFF, 688 slots
    private const int FormsBBase = 1088;           // U+FE70..U+FEFF, 144 slots
    private const int FormatBase = 1232;           // 16 format characters
    private const int SlotCount = FormatBase + 16;

    private readonly int[] _entries;
    private readonly string _pool;

    /// <summary>Builds the table for <paramref name="options"/>.</summary>
    /// <param name="options">The profile switches.</param>
    internal ArabicFoldingTable(ArabicNormalizationOptions options)
    {
        _entries = new int[SlotCount];
        var pool = new StringBuilder();
        var filled = 0;
        foreach (var (first, last) in CoveredRanges)
        {
            for (var cp = first; cp <= last; cp++)
            {
                AddEntry((char)cp, options, pool);
                filled++;
            }
        }

        if (filled != SlotCount)
        {
            throw new InvalidOperationException($"The covered ranges fill {filled} of {SlotCount} slots.");
        }

        _pool = pool.ToString();
        foreach (var r in _pool)
        {
            var slot = SlotOf(r);
            if (slot >= 0 && _entries[slot] != Keep)
            {
                throw new InvalidOperationException($"Replacement character U+{(int)r:X4} is not a fixed point.");
            }
        }
    }

    /// <summary>The covered code points (every slot of the table), in code point order.</summary>
    private static readonly (int First, int Last)[] CoveredRanges =
    [
        (0x00AD, 0x00AD), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0x200B, 0x200F), (0x202A, 0x202E),
        (0x2060, 0x2060), (0x2066, 0x2069), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
    ];

    /// <summary>Fills the slot of the covered character <paramref name="c"/>.</summary>
    private void AddEntry(char c, ArabicNormalizationOptions options, StringBuilder pool)
    {
        var replacement = Resolve(c, options, depth: 0);
        var slot = SlotOf(c);
        if (replacement is null)
        {
            _entries[slot] = Keep;
        }
        else if (replacement.Length == 0)
        {
            _entries[slot] = 0;
        }
        else
        {
            if (replacement.Length > LengthMask)
            {
                throw new InvalidOperationException($"Replacement for U+{(int)c:X4} is too long.");
            }

            _entries[slot] = (pool.Length << LengthBits) | replacement.Length;
            pool.Append(replacement);
        }
    }

    /// <summary>Appends the folded form of <paramref name="source"/> to <paramref name="output"/>.</summary>
    /// <param name="source">The characters to fold.</param>
    /// <param name="output">The buffer that receives the folded characters.</param>
    internal void Apply(ReadOnlySpan<char> source, NormalizedTextBuilder output)
    {
        var runStart = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var slot = SlotOf(source[i]);
            if (slot < 0)
            {
                continue;
            }

            var entry = _entries[slot];
            if (entry == Keep)
            {
                continue;
            }

            if (i > runStart)
            {
                output.Append(source[runStart..i]);
            }

            runStart = i + 1;
            var length = entry & LengthMask;
            if (length == 1)
            {
                output.Append(_pool[entry >> LengthBits]);
            }
            else if (length > 1)
            {
                output.Append(_pool.AsSpan(entry >> LengthBits, length));
            }
            else if (source[i] is >= '\u0653' and <= '\u0655')
            {
                ComposeWithBase(source, i, output);
            }
        }

        if (runStart < source.Length)
        {
            output.Append(source[runStart..]);
        }
    }

    /// <summary>
    /// A combining madda or hamza (U+0653..U+0655) that this profile removes, after a letter it composes with: the letter
    /// already written for that base becomes the folded form of the composed letter, so that decomposed text (NFD,
    /// NFKD: و + U+0654) folds exactly as the precomposed letter (ؤ U+0624), which the default profile keeps. Harakat
    /// between the base and the mark (NFD puts them first) are skipped; any other character blocks the composition,
    /// as in Unicode's canonical composition.
    /// </summary>
    /// <param name="source">The characters being folded.</param>
    /// <param name="mark">The index of the madda or hamza in <paramref name="source"/>.</param>
    /// <param name="output">The buffer, which ends with the folded base (the harakat in between were removed).</param>
    private void ComposeWithBase(ReadOnlySpan<char> source, int mark, NormalizedTextBuilder output)
    {
        var j = mark - 1;
        while (j >= 0 && source[j] is (>= '\u064B' and <= '\u0652') or '\u0670')
        {
            j--;
        }

        if (j < 0 || Composed(source[j], source[mark]) is not { } composed || output.Length == 0)
        {
            return;
        }

        output.Truncate(1); // the base's folded form: one letter, for every base that composes
        var slot = SlotOf(composed);
        var entry = slot < 0 ? Keep : _entries[slot];
        if (entry == Keep)
        {
            output.Append(composed);
        }
        else
        {
            output.Append(_pool.AsSpan(entry >> LengthBits, entry & LengthMask));
        }
    }

    /// <summary>The canonical composition of an Arabic letter and a combining madda or hamza (UnicodeData.txt), if any.</summary>
    private static char? Composed(char letter, char mark) => (letter, mark) switch
    {
        ('\u0627', '\u0653') => '\u0622', // ا + madda = آ
        ('\u0627', '\u0654') => '\u0623', // ا + hamza above = أ
        ('\u0627', '\u0655') => '\u0625', // ا + hamza below = إ
        ('\u0648', '\u0654') => '\u0624', // و + hamza above = ؤ
        ('\u064A', '\u0654') => '\u0626', // ي + hamza above = ئ
        ('\u06C1', '\u0654') => '\u06C2', // ہ + hamza above = ۂ
        ('\u06D2', '\u0654') => '\u06D3', // ے + hamza above = ۓ
        ('\u06D5', '\u0654') => '\u06C0', // ە + hamza above = ۀ
        _ => null,
    };

    /// <summary>The slot of <paramref name="c"/>, or -1 when the character is not covered (and always kept).</summary>
    /// <param name="c">The character.</param>
    /// <returns>The slot index or -1.</returns>
    private static int SlotOf(char c)
    {
        if (c < '\u0600')
        {
            return c == '\u00AD' ? FormatBase : -1;
        }

        if (c <= '\u06FF')
        {
            return ArabicBase + (c - 0x0600);
        }

        if (c < '\u0750')
        {
            return -1;
        }

        if (c <= '\u077F')
        {
            return SupplementBase + (c - 0x0750);
        }

        if (c < '\u08A0')
        {
            return -1;
        }

        if (c <= '\u08FF')
        {
            return ExtendedABase + (c - 0x08A0);
        }

        if (c < '\u200B')
        {
            return -1;
        }

        if (c <= '\u200F')
        {
            return FormatBase + 1 + (c - 0x200B);
        }

        if (c < '\u202A')
        {
            return -1;
        }

        if (c <= '\u202E')
        {
            return FormatBase + 6 + (c - 0x202A);
        }

        if (c == '\u2060')
        {
            return FormatBase + 11;
        }

        if (c < '\u2066')
        {
            return -1;
        }

        if (c <= '\u2069')
        {
            return FormatBase + 12 + (c - 0x2066);
        }

        if (c < '\uFB50')
        {
            return -1;
        }

        if (c <= '\uFDFF')
        {
            return FormsABase + (c - 0xFB50);
        }

        if (c < '\uFE70')
        {
            return -1;
        }

        return c <= '\uFEFF' ? FormsBBase + (c - 0xFE70) : -1;
    }

    /// <summary>Resolves the replacement of <paramref name="c"/> to a fixed point.</summary>
    /// <returns><see langword="null"/> to keep the character, empty to drop it, else its replacement.</returns>
    private static string? Resolve(char c, ArabicNormalizationOptions options, int depth)
    {
        var step = Step(c, options);
        if (step is null || step.Length == 0)
        {
            return step;
        }

        if (depth > 4)
        {
            throw new InvalidOperationException($"Folding of U+{(int)c:X4} does not terminate.");
        }

        var result = new StringBuilder(step.Length);
        foreach (var next in step)
        {
            var folded = next == c ? null : Resolve(next, options, depth + 1);
            if (folded is null)
            {
                result.Append(next);
            }
            else
            {
                result.Append(folded);
            }
        }

        return result.ToString();
    }

    /// <summary>One folding step for <paramref name="c"/> under <paramref name="options"/>.</summary>
    /// <returns><see langword="null"/> to keep the character, empty to drop it, else its replacement.</returns>
    private static string? Step(char c, ArabicNormalizationOptions options)
    {
        if (IsFormatCharacter(c))
        {
            return options.RemoveFormatCharacters ? string.Empty : null;
        }

        return c switch
        {
            (>= '\u064B' and <= '\u065F') or '\u0670' when options.RemoveDiacritics => string.Empty,
            >= '\u06D6' and <= '\u06ED' when options.RemoveQuranicMarks => string.Empty,
            '\u0640' when options.RemoveTatweel => string.Empty,

            '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673' or '\u0675'
                when options.FoldAlefVariants => "\u0627",
            '\u0649' when options.FoldAlefMaksura => "\u064A",
            '\u0629' when options.FoldTaMarbuta => "\u0647",

            '\u06CC' or '\u06D0' or '\u06D2' or '\u06D3' when options.FoldPersianLetters => "\u064A",
            '\u06A9' or '\u06AA' when options.FoldPersianLetters => "\u0643",
            '\u06BE' or '\u06C0' or '\u06C1' or '\u06C2' or '\u06D5' when options.FoldPersianLetters => "\u0647",
            '\u06C3' when options.FoldPersianLetters => "\u0629",

            '\u0624' when options.FoldHamzaSeats => "\u0648",
            '\u0626' when options.FoldHamzaSeats => "\u064A",

            >= '\u0660' and <= '\u0669' when options.FoldDigits => new string((char)('0' + (c - '\u0660')), 1),
            >= '\u06F0' and <= '\u06F9' when options.FoldDigits => new string((char)('0' + (c - '\u06F0')), 1),
            '\u066B' when options.FoldDigits => ".",
            '\u066C' when options.FoldDigits => ",",

            (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') when options.FoldPresentationForms
                => ArabicPresentationForms.Decompose(c),

            _ => null,
        };
    }

    private static bool IsFormatCharacter(char c) => c switch
    {
        '\u00AD' or '\u061C' or '\u2060' or '\uFEFF' => true,
        >= '\u200B' and <= '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        >= '\uFE00' and <= '\uFE0F' => true, // variation selectors
        _ => false,
    };
}
