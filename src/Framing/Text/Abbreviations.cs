using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Framing.Text;

/// <summary>
/// Words after which a full stop does not end a sentence: titles, months, common Latin abbreviations, and any single
/// letter (an initial such as "J." or part of "U.S.").
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

    private static readonly int LongestKnown = Known.Max(static k => k.Length);

    /// <summary>Whether <paramref name="word"/> (as written) is an abbreviation that a full stop may follow inside a sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>One letter (of any plane), optionally followed by combining marks: "J", "É", "E" + U+0301, "𝐉".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
