namespace Framing.Lexicons;

/// <summary>The lexicon files embedded in the library as resources named <c>Framing.Lexicons.&lt;id&gt;.yaml</c>.</summary>
internal static class BuiltInLexicons
{
    private const string Prefix = "Framing.Lexicons.";
    private const string Suffix = ".yaml";

    public static IReadOnlyList<string> Ids { get; } = ReadOnlyLists.Of(FindIds());

    public static string? TryReadText(string id)
    {
        using var stream = typeof(BuiltInLexicons).Assembly.GetManifestResourceStream(Prefix + id + Suffix);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string[] FindIds()
    {
        var ids = new List<string>();
        foreach (var name in typeof(BuiltInLexicons).Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
            {
                ids.Add(name[Prefix.Length..^Suffix.Length]);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return [.. ids];
    }
}
