using System.Text;

namespace Framing.Cli.Commands.Distribute;

/// <summary>Quotes strings for POSIX shells (bash, sh) and for the values of <c>#SBATCH</c> directives.</summary>
internal static class ShellQuote
{
    /// <summary>
    /// One shell word that the shell reads back as exactly <paramref name="value"/>: the value as it is when it has only
    /// characters that are never special (letters, digits and <c>_ @ % + : , . / -</c>; not <c>=</c>, which
    /// makes a first word an assignment), otherwise the value in single
    /// quotes, each single quote written as <c>'\''</c>. The empty string is <c>''</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a NUL character, which no command-line argument can hold.</exception>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("a shell word cannot hold a NUL character", nameof(value));
        }

        if (value.Length > 0 && value.All(IsSafe))
        {
            return value;
        }

        return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>Quotes each value and joins them with spaces.</summary>
    public static string Join(IEnumerable<string> values) => string.Join(' ', values.Select(Quote));

    /// <summary>
    /// The value of an <c>#SBATCH</c> directive as sbatch parses it: in double quotes, with <c>"</c> and <c>\</c>
    /// escaped by a backslash.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a line break or NUL character, which a directive cannot hold.</exception>
    public static string Directive(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny("\n\r\0") >= 0)
        {
            throw new ArgumentException("an #SBATCH directive cannot hold a line break", nameof(value));
        }

        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                b.Append('\\');
            }

            b.Append(c);
        }

        return b.Append('"').ToString();
    }

    /// <summary>
    /// A literal path for a Slurm file name pattern (<c>--output</c>, <c>--error</c>): each <c>%</c> doubled, so that
    /// Slurm does not read it as a replacement symbol such as <c>%j</c>.
    /// </summary>
    public static string FilenamePattern(string path) => path.Replace("%", "%%", StringComparison.Ordinal);

    /// <summary>
    /// What would make <paramref name="command"/> (shell words the scripts put before a subcommand and its arguments)
    /// break the line it is written on, or null when nothing does: a single or double quote, a backquote, a
    /// <c>$(</c>, <c>${</c> or <c>(</c> that is never closed (bash would read the rest of the script into it), a
    /// <c>)</c> that closes nothing, a backslash at the end (which would join the next line), or an unquoted <c>#</c>
    /// starting a word (which would turn the rest of the line, the subcommand included, into a comment). Quoting follows
    /// POSIX: nothing is special inside single quotes; inside double quotes and bash's <c>$'…'</c> a backslash escapes
    /// the next character; command substitutions and parameter expansions open inside double quotes too.
    /// </summary>
    /// <param name="command">The command, one line.</param>
    /// <returns>A description of the problem, or null.</returns>
    public static string? CommandProblem(string command)
    {
        ArgumentNullException.ThrowIfNull(command);

        // The closers still expected, innermost last: '"' (double quotes), '`' (a backquoted substitution), ')' (after
        // "$(" or "("), '}' (after "${").
        var open = new Stack<char>();
        var wordStart = true;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            var inDoubleQuotes = open.TryPeek(out var closer) && closer == '"';
            if (c == '\\')
            {
                if (i + 1 == command.Length)
                {
                    return "it ends with a backslash";
                }

                i++;
                wordStart = false;
                continue;
            }

            if (c == '$' && i + 1 < command.Length && command[i + 1] is '(' or '{')
            {
                open.Push(command[i + 1] == '(' ? ')' : '}');
                i++;
                wordStart = true;
                continue;
            }

            if (c == '`')
            {
                if (closer == '`' && open.Count > 0)
                {
                    open.Pop();
                    wordStart = false;
                }
                else
                {
                    open.Push('`');
                    wordStart = true;
                }

                continue;
            }

            if (inDoubleQuotes)
            {
                if (c == '"')
                {
                    open.Pop();
                }

                continue;
            }

            switch (c)
            {
                case '\'':
                    var close = command.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        return "a single quote is never closed";
                    }

                    i = close;
                    wordStart = false;
                    break;
                case '$' when i + 1 < command.Length && command[i + 1] == '\'':
                    // Bash's $'...' quoting, where a backslash escapes the next character.
                    i = ClosingQuote(command, i + 2, '\'');
                    if (i < 0)
                    {
                        return "a single quote is never closed";
                    }

                    wordStart = false;
                    break;
                case '"':
                    open.Push('"');
                    wordStart = false;
                    break;
                case '#' when wordStart:
                    return "an unquoted '#' would comment out the rest of the line";
                case '(':
                    open.Push(')');
                    wordStart = true;
                    break;
                case ')':
                    if (closer != ')' || open.Count == 0)
                    {
                        return "a ')' closes nothing";
                    }

                    open.Pop();
                    wordStart = false;
                    break;
                case '}' when closer == '}' && open.Count > 0:
                    open.Pop();
                    wordStart = false;
                    break;
                default:
                    wordStart = c is ' ' or '\t' or ';' or '&' or '|' or '<' or '>';
                    break;
            }
        }

        return open.Count == 0 ? null : open.Peek() switch
        {
            '"' => "a double quote is never closed",
            '`' => "a backquote is never closed",
            ')' => "a '(' or '$(' is never closed",
            _ => "a '${' is never closed",
        };
    }

    /// <summary>The position of the quote that closes a quoted part starting at <paramref name="from"/>, inside which
    /// a backslash escapes the next character; -1 when it is never closed.</summary>
    private static int ClosingQuote(string command, int from, char quote)
    {
        var i = from;
        while (i < command.Length && command[i] != quote)
        {
            i += command[i] == '\\' ? 2 : 1;
        }

        return i < command.Length ? i : -1;
    }

    private static bool IsSafe(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '@' or '%' or '+' or ':' or ',' or '.' or '/' or '-';
}
