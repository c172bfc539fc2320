using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Framing.Text;

/// <summary>
/// Words after which a full stop does not end a sentence: titles, months, common Latin abbreviations, and any single
/// letter (an initial such as "J." or part of "U.S."). "No." and "Nos." (number) are abbreviations only before a number
/// ("No. 5"): elsewhere "no" is the English word, and "The army said no. Rebels …" is two sentences.
/// An abbreviation may also end its sentence: the full stop ends it when the next word is one that starts sentences and
/// never follows a title or an initial ("… in the U.S. The rebels …", "… at 5 p.m. But …"): a capitalized article,
/// pronoun, determiner, conjunction or sentence adverb (<see cref="SentenceStarters"/>), optionally after an opening
/// quotation mark. A capitalized name is not such a word, so "Gen. Hassan" and "the U.S. Army" stay one sentence.
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

    /// <summary>
    /// Words that start sentences and never follow a title, an initial or a month inside one (compared in lower case;
    /// the word in the text must start with a capital and not be followed by a full stop, so the initial "A." in
    /// "J. A. Smith" is not the article).
    /// </summary>
    internal static readonly string[] SentenceStarters =
    [
        "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i",
        "his", "her", "their", "our", "my", "your", "you", "but", "and", "yet", "so", "however", "meanwhile", "moreover",
        "still", "then", "when", "while", "after", "before", "although", "though", "if", "since", "because", "as", "in",
        "on", "at", "for", "from", "with", "by", "during", "despite", "some", "many", "most", "both", "several", "other",
        "such", "what", "why", "how", "where", "according", "earlier", "later", "last", "now", "today",
        "yesterday", "also", "instead", "nevertheless", "thus", "therefore", "further", "furthermore",
    ];

    private static readonly int LongestKnown = Longest(Known);

    private static readonly int LongestStarter = Longest(SentenceStarters);

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

        var next = 0;
        while (next < after.Length && after[next] is ' ' or '\u00A0' or '\u202F' or '\u2009')
        {
            next++;
        }

        if (IsNumberSign(word))
        {
            return CharClass.IsDigitAt(after, next);
        }

        return next == 0 || !StartsSentence(after[next..]);
    }

    /// <summary>
    /// Whether <paramref name="text"/> starts with a word of <see cref="SentenceStarters"/> written with a capital (after
    /// an optional opening quotation mark), whole, and not followed by a full stop.
    /// </summary>
    private static bool StartsSentence(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is '"' or '\u201C' or '\u2018' or '\'' or '\u00AB' or '(')
        {
            text = text[1..];
        }

        var length = 0;
        while (length < text.Length && length <= LongestStarter && char.IsAsciiLetter(text[length]))
        {
            length++;
        }

        if (length == 0 || length > LongestStarter || !char.IsAsciiLetterUpper(text[0]) || (length < text.Length && !IsWordEnd(text, length)))
        {
            return false;
        }

        Span<char> lower = stackalloc char[LongestStarter];
        for (var i = 0; i < length; i++)
        {
            lower[i] = (char)(text[i] | 0x20);
        }

        var candidate = lower[..length];
        foreach (var starter in SentenceStarters)
        {
            if (candidate.SequenceEqual(starter))
            {
                return true;
            }
        }

        return false;
    }

    // The word ends before a character that neither continues it (a letter, digit, apostrophe or joiner) nor is a full
    // stop (an initial).
    private static bool IsWordEnd(ReadOnlySpan<char> text, int index) =>
        text[index] != '.' && !CharClass.IsWordAt(text, index, out _) && !CharClass.IsInWordJoiner(text[index]);

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
