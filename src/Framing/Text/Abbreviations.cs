using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Framing.Text;

/// <summary>
/// Words after which a full stop does not end a sentence: titles, months, common Latin abbreviations, and any single
/// letter (an initial such as "J." or part of "U.S."). "No." and "Nos." (number) are abbreviations only before a number
/// ("No. 5"): elsewhere "no" is the English word, and "The army said no. Rebels …" is two sentences.
/// </summary>
internal static class Abbreviations
{
    private static readonly string[] Known =
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig", "gov",
        "sen", "rep", "pres", "st", "jr", "sr", "mt", "ft", "no", "nos", "vol", "pp", "ed", "eds", "inc", "ltd", "co",
        "corp", "dept", "univ", "assn", "vs", "etc", "al", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ];

    private static readonly int LongestKnown = Longest(Known);

    /// <summary>Whether <paramref name="word"/> (as written) is an abbreviation that a full stop may follow inside a sentence.</summary>
    [MethodImpl(HotPath.Compilation)]
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (IsSingleLetter(word))
        {
            return true;
        }

        if (word.Length > LongestKnown)
        {
            return false;
        }

        Span<char> lower = stackalloc char[LongestKnown];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80)
            {
                return false;
            }

            lower[i] = (char)(c | 0x20);
        }

        var candidate = lower[..word.Length];
        foreach (var known in Known)
        {
            if (candidate.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the full stop after <paramref name="word"/> is an abbreviation's, given the text that follows the full stop:
    /// <see cref="IsAbbreviation"/>, except that "no" and "nos" need a number after them (spaces may come between).
    /// </summary>
    /// <param name="word">The word before the full stop, as written.</param>
    /// <param name="after">The text after the full stop.</param>
    /// <returns>Whether the full stop does not end the sentence.</returns>
    public static bool IsAbbreviationBefore(ReadOnlySpan<char> word, ReadOnlySpan<char> after)
    {
        if (!IsAbbreviation(word))
        {
            return false;
        }

        if (!IsNumberSign(word))
        {
            return true;
        }

        var next = 0;
        while (next < after.Length && after[next] is ' ' or '\u00A0' or '\u202F' or '\u2009')
        {
            next++;
        }

        return CharClass.IsDigitAt(after, next);
    }

    /// <summary>Whether <paramref name="word"/> is "no" or "nos" in any case (ASCII only).</summary>
    private static bool IsNumberSign(ReadOnlySpan<char> word) =>
        word.Length is 2 or 3
        && (word[0] | 0x20) == 'n' && (word[1] | 0x20) == 'o'
        && (word.Length == 2 || (word[2] | 0x20) == 's');

    /// <summary>One letter (of any plane), optionally followed by combining marks: "J", "É", "E" + U+0301, "𝐉".</summary>
    [MethodImpl(HotPath.Compilation)]
    private static bool IsSingleLetter(ReadOnlySpan<char> word)
    {
        if (Rune.DecodeFromUtf16(word, out var rune, out var length) != OperationStatus.Done || !Rune.IsLetter(rune))
        {
            return false;
        }

        for (var i = length; i < word.Length; i += length)
        {
            if (Rune.DecodeFromUtf16(word[i..], out rune, out length) != OperationStatus.Done
                || Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                return false;
            }
        }

        return true;
    }

    // A loop, not Enumerable.Max with a selector: that generic code is compiled at run time in the installed tool.
    private static int Longest(string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }
}
