namespace Framing.Text;

/// <summary>TEMPORARY STUB until the normalizers land.</summary>
public static class Normalizers
{
    /// <summary>Arabic.</summary>
    public static TextNormalizer Arabic { get; } = new StubNormalizer("arabic-default+latin-default");

    /// <summary>English.</summary>
    public static TextNormalizer English { get; } = new StubNormalizer("latin-default");

    /// <summary>For a language.</summary>
    /// <param name="code">Code.</param>
    /// <returns>Normalizer.</returns>
    public static TextNormalizer ForLanguage(string code) => code switch
    {
        "ar" => Arabic,
        "en" => English,
        _ => throw new ArgumentException($"no normalizer for language '{code}'", nameof(code)),
    };

    private sealed class StubNormalizer(string name) : TextNormalizer
    {
        public override string Name => name;

        public override void Normalize(ReadOnlySpan<char> source, NormalizedTextBuilder output)
        {
            var start = output.Length;
            foreach (var c in source)
            {
                switch (c)
                {
                    case >= '\u064B' and <= '\u065F':
                    case '\u0670':
                    case '\u0640':
                        break;
                    case '\u0623' or '\u0625' or '\u0622' or '\u0671':
                        output.Append('\u0627');
                        break;
                    case '\u0649':
                        output.Append('\u064A');
                        break;
                    case '\u0629':
                        output.Append('\u0647');
                        break;
                    case '\u2019' or '\'':
                        output.Append('\'');
                        break;
                    default:
                        output.Append(char.ToLowerInvariant(c));
                        break;
                }
            }

            var written = output.Slice(start, output.Length - start);
            if (written.EndsWith("'s", StringComparison.Ordinal))
            {
                output.Truncate(2);
            }
        }
    }
}
