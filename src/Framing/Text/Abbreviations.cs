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

    /// <summary>Whether <paramref name="word"/> (as written) is an abbreviation that a full stop may follow inside a sentence.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        if (word.Length > 5)
        {
            return false;
        }

        Span<char> lower = stackalloc char[5];
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
}
