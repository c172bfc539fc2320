using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// Turns a pattern as written in a lexicon (a word, a prefix ending in <c>*</c>, or a phrase) into normalized pattern
/// words, with the same tokenizer and normalizer that documents go through, so that patterns and text agree.
/// </summary>
internal static class PatternParser
{
    // A pattern has a few words: small buffers, because a lexicon's thousands of patterns are each parsed once when it
    // loads and again when it compiles (document-sized buffers made loading syria-conflict allocate 13 MB).
    private const int PatternTokenCapacity = 8;

    /// <summary>Parses <paramref name="pattern"/>; returns null and sets <paramref name="error"/> when it is invalid.</summary>
    /// <param name="pattern">The pattern as written.</param>
    /// <param name="normalizer">The language's normalizer.</param>
    /// <param name="error">Why the pattern is invalid, or null.</param>
    /// <param name="isExclusion">Whether the pattern is an exclusion, which may span a comma or other clause punctuation
    /// ("Odessa, Texas" for <c>Odessa Texas</c>) but, like a phrase, never two sentences.</param>
    /// <returns>The pattern's words, or null.</returns>
    public static PatternWord[]? TryParse(string pattern, TextNormalizer normalizer, out string? error, bool isExclusion = false)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(pattern))
        {
            error = "empty pattern";
            return null;
        }

        if (ControlCharacter(pattern) is { } control)
        {
            // A YAML escape ("\0", "\x07") or an API caller can put one in; text never matches it, and the tokenizer
            // would read it as a space between two words, so the pattern would match a spelling it does not show.
            error = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pattern \"{Clipped(Shown(pattern))}\" holds the control character U+{(int)control:X4}: a pattern is words, spaces and '*'");
            return null;
        }

        var tokenized = new TokenizedText(PatternTokenCapacity);
        if (CrossedBoundary(pattern, tokenized, isExclusion) is { } crossed)
        {
            error = crossed;
            return null;
        }

        // An array grown by hand: a List of this struct would be compiled at every start.
        var words = new PatternWord[PatternTokenCapacity];
        var count = 0;
        var builder = new NormalizedTextBuilder(pattern.Length + 8);
        foreach (var raw in pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var star = raw.IndexOf('*', StringComparison.Ordinal);
            if (star >= 0 && star != raw.Length - 1)
            {
                error = $"misplaced '*' in \"{Shown(pattern)}\": '*' may only end a word";
                return null;
            }

            var isPrefix = star >= 0;
            var body = isPrefix ? raw[..^1] : raw;
            Tokenizer.Instance.Tokenize(body, tokenized);
            if (tokenized.TokenCount == 0)
            {
                error = isPrefix && body.Length == 0
                    ? $"misplaced '*' in \"{Shown(pattern)}\": a '*' needs a word before it"
                    : $"pattern \"{Shown(pattern)}\" has no word in \"{Shown(raw)}\"";
                return null;
            }

            var tokens = tokenized.Tokens;
            if (isPrefix && tokens[^1].End != body.Length)
            {
                // "anti-*": text is split into words at the hyphen, so the '*' would make the prefix anti*, which
                // matches antibiotics and antiques, and the bare "anti" of "anti-war".
                var before = tokens[^1].End;
                error = $"misplaced '*' in \"{Clipped(Shown(pattern))}\": it follows \"{Shown(body[before..])}\", where text is split into words, so it would be the prefix \"{Clipped(Shown(body[..before]))}*\"; a '*' must follow a letter or digit directly";
                return null;
            }

            for (var t = 0; t < tokens.Length; t++)
            {
                if (MixedScripts(body.AsSpan(tokens[t].Start, tokens[t].Length)) is { } scripts)
                {
                    error = $"pattern \"{Clipped(pattern)}\" mixes {scripts.First} and {scripts.Second} letters in the word \"{Clipped(body.Substring(tokens[t].Start, tokens[t].Length))}\" (a look-alike letter typed in the wrong script?): it matches only that mixed spelling";
                    return null;
                }

                builder.Clear();
                normalizer.Normalize(body.AsSpan(tokens[t].Start, tokens[t].Length), builder);
                if (builder.Length == 0)
                {
                    error = $"pattern \"{Shown(pattern)}\" normalizes to nothing (word \"{Shown(body.Substring(tokens[t].Start, tokens[t].Length))}\")";
                    return null;
                }

                if (builder.Length > Scoring.ScoringOptions.DefaultMaxMatchableTokenLength)
                {
                    error = string.Create(
                        System.Globalization.CultureInfo.InvariantCulture,
                        $"pattern \"{Clipped(pattern)}\" has a word of {builder.Length} characters (\"{Clipped(body.Substring(tokens[t].Start, tokens[t].Length))}\"): a word longer than {Scoring.ScoringOptions.DefaultMaxMatchableTokenLength} characters is never matched");
                    return null;
                }

                if (count == words.Length)
                {
                    var larger = new PatternWord[words.Length * 2];
                    Array.Copy(words, larger, count);
                    words = larger;
                }

                words[count++] = new PatternWord(builder.ToString(), isPrefix && t == tokens.Length - 1);
            }
        }

        var result = new PatternWord[count];
        Array.Copy(words, result, count);
        return result;
    }

    /// <summary>
    /// Why <paramref name="pattern"/>, read as text, would not be one phrase (null when it would): a sentence ends inside
    /// it (<c>re?ime</c>, <c>ab. cd</c>) or a comma, semicolon, colon, parenthesis, bracket or dash stands between two of its
    /// words (<c>regime, change</c>). A phrase never spans either, so such a pattern never matches its own spelling.
    /// </summary>
    /// <summary>
    /// Per word of <paramref name="pattern"/> (as <see cref="TryParse"/> reads them), whether a comma is written before it
    /// ("Odessa, Texas"): where an exclusion may span a comma in text.
    /// </summary>
    internal static bool[] CommaBefore(string pattern)
    {
        var text = pattern.Replace('*', ' ');
        var tokenized = new TokenizedText(PatternTokenCapacity);
        Tokenizer.Instance.Tokenize(text, tokenized);
        var tokens = tokenized.Tokens;
        var commas = new bool[tokens.Length];
        for (var t = 1; t < tokens.Length; t++)
        {
            commas[t] = text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).IndexOfAny(Scoring.TokenGaps.Commas) >= 0;
        }

        return commas;
    }

    private static string? CrossedBoundary(string pattern, TokenizedText tokenized, bool isExclusion)
    {
        var text = pattern.Replace('*', ' ');
        Tokenizer.Instance.Tokenize(text, tokenized);
        var tokens = tokenized.Tokens;
        for (var t = 1; t < tokens.Length; t++)
        {
            var gap = text[tokens[t - 1].End..tokens[t].Start].Trim();
            if (tokens[t].Sentence != tokens[0].Sentence)
            {
                return $"pattern \"{Clipped(Shown(pattern))}\" never matches as written: \"{Shown(gap)}\" ends a sentence in text, and a phrase never spans two sentences";
            }

            if (!isExclusion && Scoring.TokenGaps.HasBarrierBefore(text, tokens, t))
            {
                return $"pattern \"{Clipped(Shown(pattern))}\" never matches as written: a phrase never spans the \"{Shown(gap)}\" between its words (a comma, semicolon, colon, parenthesis, bracket or dash)";
            }
        }

        return null;
    }

    /// <summary>The first control character of <paramref name="pattern"/> that is not white space (tab and line breaks are
    /// spaces between words, and a line break a sentence end that <see cref="CrossedBoundary"/> reports), or null.</summary>
    private static char? ControlCharacter(string pattern)
    {
        foreach (var c in pattern)
        {
            if (char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A pattern or word as a message quotes it: at most 80 characters, then an ellipsis (a pasted text can be
    /// a single word of any length, and an error is one line).</summary>
    internal static string Clipped(string text)
    {
        const int Shortest = 80;
        if (text.Length <= Shortest)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[Shortest - 1]) ? Shortest - 1 : Shortest;
        return string.Concat(text.AsSpan(0, end), "…");
    }

    /// <summary>
    /// <paramref name="text"/> as a message shows it: invisible characters (format and control characters, separators
    /// other than the space) written as <c>\uXXXX</c>, so that a pattern of a zero-width non-joiner is not shown as "".
    /// </summary>
    internal static string Shown(string text)
    {
        var shown = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c))
            {
                shown.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else if (char.IsSurrogatePair(text, i) && new System.Text.Rune(c, text[i + 1]) is var rune
                && (System.Text.Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format || InvisibleCharacters.IsOtherDefaultIgnorable(rune.Value)))
            {
                // A format character of another plane (a tag character) or a variation selector there: its two UTF-16
                // halves, as JSON escapes them.
                shown.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}\\u{(int)text[i + 1]:X4}");
                i++;
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    private static bool IsInvisible(char c) => c != ' ' && (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
        or System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.SpaceSeparator
        or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
        || InvisibleCharacters.IsOtherDefaultIgnorable(c));

    /// <summary>
    /// The first two scripts whose letters <paramref name="word"/> mixes, among Latin, Greek, Cyrillic, Hebrew and Arabic
    /// (digits, marks and other characters count for none), or null when it uses at most one of them.
    /// </summary>
    private static (string First, string Second)? MixedScripts(ReadOnlySpan<char> word)
    {
        string? first = null;
        foreach (var c in word)
        {
            var script = ScriptOf(c);
            if (script is null)
            {
                continue;
            }

            if (first is null)
            {
                first = script;
            }
            else if (!ReferenceEquals(first, script))
            {
                return (first, script);
            }
        }

        return null;
    }

    private static string? ScriptOf(char c) => c switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7') or (>= '\u1E00' and <= '\u1EFF') => "Latin",
        (>= '\u0370' and <= '\u03FF' and not '\u037E' and not '\u0387') or (>= '\u1F00' and <= '\u1FFF') => "Greek",
        >= '\u0400' and <= '\u052F' => "Cyrillic",
        >= '\u05D0' and <= '\u05EA' => "Hebrew",
        (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or (>= '\u06FA' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC') => "Arabic",
        _ => null,
    };

    /// <summary>The normalized pattern words joined with spaces (prefixes keep their <c>*</c>): the key used to detect duplicates.</summary>
    public static string Key(IReadOnlyList<PatternWord> words) => string.Join(' ', words);
}
