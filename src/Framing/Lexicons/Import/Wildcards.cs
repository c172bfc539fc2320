namespace Framing.Lexicons.Import;

/// <summary>Checks glob-style patterns of imported dictionaries against what Framing patterns support.</summary>
internal static class Wildcards
{
    /// <summary>
    /// Returns null when every word of <paramref name="pattern"/> is a plain word or a word ending in one <c>*</c> (a
    /// prefix); otherwise why the pattern cannot be imported.
    /// </summary>
    public static string? Check(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "empty pattern";
        }

        foreach (var word in pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Contains('?', StringComparison.Ordinal))
            {
                return $"'?' (any one character) in \"{PatternParser.Clipped(pattern)}\" is not supported: Framing patterns support only '*' at the end of a word";
            }

            var star = word.IndexOf('*', StringComparison.Ordinal);
            if (star < 0)
            {
                continue;
            }

            if (word.Length == 1)
            {
                return $"a lone '*' in \"{PatternParser.Clipped(pattern)}\" matches any word and is not supported";
            }

            if (star != word.Length - 1)
            {
                return $"'*' inside or at the start of a word in \"{PatternParser.Clipped(pattern)}\" is not supported: Framing patterns support only '*' at the end of a word (a prefix)";
            }
        }

        return null;
    }

    /// <summary>The pattern with runs of white space replaced by one space and no space at either end.</summary>
    public static string Clean(string pattern) => string.Join(' ', pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
