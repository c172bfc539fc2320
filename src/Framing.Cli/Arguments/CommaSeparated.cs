using System.Text;

namespace Framing.Cli.Arguments;

/// <summary>
/// Splits an option's value at commas, as a CSV line is split: a value holding a comma (or starting with a quote) is
/// written in double quotes, with a quote inside written twice (<c>"a,b",c</c> is <c>a,b</c> and <c>c</c>). Nothing is
/// trimmed, so a name is matched as written.
/// </summary>
internal static class CommaSeparated
{
    /// <summary>Splits <paramref name="text"/>.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="values">The values, in order.</param>
    /// <returns>False when a quoted value is not closed, or a closing quote is followed by something other than a comma.</returns>
    public static bool TrySplit(string text, out IReadOnlyList<string> values)
    {
        var list = new List<string>();
        values = list;
        var value = new StringBuilder();
        var i = 0;
        while (true)
        {
            value.Clear();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return false;
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    value.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',')
                {
                    return false;
                }
            }
            else
            {
                var comma = text.IndexOf(',', i);
                var end = comma < 0 ? text.Length : comma;
                value.Append(text, i, end - i);
                i = end;
            }

            list.Add(value.ToString());
            if (i >= text.Length)
            {
                return true;
            }

            i++; // the comma
        }
    }
}
