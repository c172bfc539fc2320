namespace Framing.Lexicons;

/// <summary>The lexicon files embedded in the library as resources named <c>Framing.Lexicons.&lt;id&gt;.yaml</c>.</summary>
internal static class BuiltInLexicons
{
    private const string Prefix = "Framing.Lexicons.";
    private const string Suffix = ".yaml";

    public static IReadOnlyList<string> Ids { get; } = ReadOnlyLists.Of(FindIds());

    /// <summary>The bytes of a built-in lexicon's file where the library holds them (no copy, no decoding), for the image
    /// cache to compare with the bytes an image was made from; false when <paramref name="id"/> is not built in.</summary>
    /// <param name="id">The lexicon id.</param>
    /// <param name="bytes">The file's bytes (valid as long as the library is loaded: it is never unloaded).</param>
    /// <returns>Whether the lexicon is built in.</returns>
    public static unsafe bool TryGetBytes(string id, out ReadOnlySpan<byte> bytes)
    {
        using var stream = typeof(BuiltInLexicons).Assembly.GetManifestResourceStream(Prefix + id + Suffix);
        switch (stream)
        {
            case null:
                bytes = default;
                return false;
            case UnmanagedMemoryStream inPlace:
                // A resource stream of a loaded assembly reads the assembly's own memory.
                bytes = new ReadOnlySpan<byte>(inPlace.PositionPointer, checked((int)inPlace.Length));
                return true;
            default:
                var copy = new byte[stream.Length];
                stream.ReadExactly(copy);
                bytes = copy;
                return true;
        }
    }

    /// <summary>The text of a built-in lexicon's file (UTF-8, decoded as a file's text is), or null when
    /// <paramref name="id"/> is not built in.</summary>
    /// <param name="id">The lexicon id.</param>
    /// <returns>The YAML text, or null.</returns>
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
