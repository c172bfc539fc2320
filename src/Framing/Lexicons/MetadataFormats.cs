namespace Framing.Lexicons;

/// <summary>
/// The forms of a lexicon's <c>version</c> (Semantic Versioning 2.0.0: <c>MAJOR.MINOR.PATCH</c>, an optional
/// <c>-prerelease</c> and <c>+build</c>) and <c>license</c> (an SPDX license expression: identifiers such as
/// <c>CC-BY-4.0</c> or <c>LicenseRef-…</c>, an optional <c>+</c>, joined by <c>AND</c>, <c>OR</c> and <c>WITH</c>, with
/// parentheses). The expression's syntax is checked, not that its identifiers are on the SPDX list.
/// </summary>
internal static class MetadataFormats
{
    /// <summary>Whether a text is a semantic version (<c>2.1.0</c>, <c>1.0.0-rc.1</c>, <c>1.0.0+20261206</c>).</summary>
    public static bool IsSemanticVersion(string text)
    {
        var plus = text.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0 && !Identifiers(text[(plus + 1)..], numericWithoutLeadingZero: false))
        {
            return false;
        }

        var core = plus >= 0 ? text[..plus] : text;
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0 && !Identifiers(core[(dash + 1)..], numericWithoutLeadingZero: true))
        {
            return false;
        }

        var numbers = (dash >= 0 ? core[..dash] : core).Split('.');
        return numbers.Length == 3 && Array.TrueForAll(numbers, n => n.Length > 0 && n.All(char.IsAsciiDigit) && (n.Length == 1 || n[0] != '0'));
    }

    /// <summary>Whether a text is an SPDX license expression (<c>CC-BY-4.0</c>, <c>MIT OR Apache-2.0</c>,
    /// <c>GPL-2.0-or-later WITH Classpath-exception-2.0</c>, <c>LicenseRef-newsroom</c>).</summary>
    public static bool IsSpdxExpression(string text)
    {
        var tokens = text.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var depth = 0;
        var expectOperand = true;
        string? previous = null;
        foreach (var token in tokens)
        {
            switch (token)
            {
                case "(" when expectOperand:
                    depth++;
                    break;
                case ")" when !expectOperand && depth > 0:
                    depth--;
                    break;
                case "AND" or "OR" when !expectOperand:
                case "WITH" when !expectOperand && previous is not (")" or null):
                    expectOperand = true;
                    break;
                default:
                    if (!expectOperand || !IsLicenseId(token))
                    {
                        return false;
                    }

                    expectOperand = false;
                    break;
            }

            previous = token;
        }

        return tokens.Length > 0 && depth == 0 && !expectOperand;
    }

    private static bool IsLicenseId(string token)
    {
        var id = token.EndsWith('+') ? token[..^1] : token;
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            // DocumentRef-x:LicenseRef-y
            return id.StartsWith("DocumentRef-", StringComparison.Ordinal) && IdString(id[..colon]) && id[(colon + 1)..].StartsWith("LicenseRef-", StringComparison.Ordinal) && IdString(id[(colon + 1)..]);
        }

        return id is not ("AND" or "OR" or "WITH") && IdString(id);
    }

    private static bool IdString(string id) => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');

    private static bool Identifiers(string text, bool numericWithoutLeadingZero) =>
        Array.TrueForAll(text.Split('.'), part =>
            part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && !(numericWithoutLeadingZero && part.Length > 1 && part[0] == '0' && part.All(char.IsAsciiDigit)));
}
