using System.Globalization;
using System.Text;

namespace Framing.Lexicons.Import;

/// <summary>Writes YAML scalars safely: plain for simple identifiers, double-quoted with escapes otherwise.</summary>
internal static class YamlScalar
{
    private static readonly string[] Reserved = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"];

    /// <summary>A plain scalar for an identifier such as <c>armed-opposition</c>, otherwise a double-quoted one.</summary>
    public static string Id(string value) => IsPlainIdentifier(value) ? value : Quote(value);

    /// <summary>A YAML double-quoted scalar that reads back as exactly <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    b.Append("\\\"");
                    break;
                case '\\':
                    b.Append("\\\\");
                    break;
                case '\n':
                    b.Append("\\n");
                    break;
                case '\r':
                    b.Append("\\r");
                    break;
                case '\t':
                    b.Append("\\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        b.Append(c).Append(value[++i]);
                    }
                    else if (c < 0x20 || c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c))
                    {
                        b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        return b.Append('"').ToString();
    }

    private static bool IsPlainIdentifier(string value)
    {
        if (value.Length == 0 || value[0] is < 'a' or > 'z' || Array.IndexOf(Reserved, value) >= 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
