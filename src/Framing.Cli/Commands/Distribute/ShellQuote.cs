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

    private static bool IsSafe(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '@' or '%' or '+' or ':' or ',' or '.' or '/' or '-';
}
