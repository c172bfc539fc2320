using System.Text;
using System.Text.Json;

namespace Framing.Scoring.State;

/// <summary>
/// Finds where the value at a JSON path (<c>groups[2].documents</c>, as <see cref="StateJson"/> names fields) starts in
/// a state file, as a 1-based line and a 1-based column in characters, so that a damaged field is reported as
/// <c>file:line:column</c> like the other input files. Only run when a state is refused.
/// </summary>
internal static class StateJsonLocator
{
    /// <summary>The line and column of the value at <paramref name="path"/>, or of the file's start when it is not found.</summary>
    /// <param name="json">The file's JSON (valid: it was parsed before).</param>
    /// <param name="path">The value's path; the empty path is the root.</param>
    /// <returns>The 1-based line and column.</returns>
    public static (int Line, int Column) Locate(ReadOnlySpan<byte> json, string path) => At(json, Offset(json, path));

    /// <summary>The line and column of a byte offset.</summary>
    /// <param name="json">The file's bytes.</param>
    /// <param name="offset">The offset.</param>
    /// <returns>The 1-based line and column.</returns>
    public static (int Line, int Column) At(ReadOnlySpan<byte> json, int offset)
    {
        var lineStart = json[..offset].LastIndexOf((byte)'\n') + 1;
        var line = json[..offset].Count((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(json[lineStart..offset]) + 1);
    }

    /// <summary>
    /// The first key that an object repeats or that escapes half a surrogate pair (which System.Text.Json would take
    /// for the last of the repeated keys, or fail to compare), with what is wrong with it.
    /// </summary>
    /// <param name="json">The file's JSON (valid: it was parsed before).</param>
    /// <returns>The key's byte offset and the problem, or null when every key is sound.</returns>
    public static (int Offset, string Problem)? FindBadKey(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var objects = new Stack<(string Path, HashSet<string>? Keys)>();
        var frames = new Stack<Frame>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = Name(ref reader);
                    var (path, keys) = objects.Peek();
                    var where = path.Length == 0 ? "the state" : StateJson.Quote(path);
                    if (name is null)
                    {
                        return ((int)reader.TokenStartIndex, $"a key of {where} {Framing.Corpus.RecordMessages.UnpairedSurrogateEscape}");
                    }

                    if (!keys!.Add(name))
                    {
                        return ((int)reader.TokenStartIndex, $"{where} has the key {StateJson.Quote(name)} twice");
                    }

                    frames.Peek().Name = name;
                    continue;
                case JsonTokenType.EndObject:
                    objects.Pop();
                    frames.Pop();
                    continue;
                case JsonTokenType.EndArray:
                    frames.Pop();
                    continue;
            }

            var at = frames.Count == 0 ? string.Empty : frames.Peek().Next();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var isArray = reader.TokenType == JsonTokenType.StartArray;
                frames.Push(new Frame(at, isArray));
                if (!isArray)
                {
                    objects.Push((at, new HashSet<string>(StringComparer.Ordinal)));
                }
            }
        }

        return null;
    }

    /// <summary>The 1-based column in characters of a 0-based line and 0-based byte position in it (as a <see cref="JsonException"/> gives them).</summary>
    /// <param name="json">The file's bytes.</param>
    /// <param name="line">The 0-based line.</param>
    /// <param name="bytePosition">The 0-based byte position in the line.</param>
    /// <returns>The 1-based column.</returns>
    public static int Column(ReadOnlySpan<byte> json, int line, int bytePosition)
    {
        var start = 0;
        for (var i = 0; i < line && start < json.Length; i++)
        {
            var next = json[start..].IndexOf((byte)'\n');
            start = next < 0 ? json.Length : start + next + 1;
        }

        var end = Math.Min(json.Length, start + Math.Max(0, bytePosition));
        return Encoding.UTF8.GetCharCount(json[start..end]) + 1;
    }

    private static int Offset(ReadOnlySpan<byte> json, string path)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = false });
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames.Peek().Name = Name(ref reader);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                    case JsonTokenType.Comment or JsonTokenType.None:
                        continue;
                }

                var at = frames.Count == 0 ? string.Empty : frames.Peek().Next();
                if (string.Equals(at, path, StringComparison.Ordinal))
                {
                    return (int)reader.TokenStartIndex;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (!path.StartsWith(at, StringComparison.Ordinal))
                    {
                        reader.Skip(); // the path is not inside this value
                        continue;
                    }

                    frames.Push(new Frame(at, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
        }

        return 0;
    }

    private static string? Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null; // an unpaired surrogate escape: no path names it
        }
    }

    /// <summary>An object or array being read: its path, and the property or item whose value comes next.</summary>
    private sealed class Frame(string path, bool isArray)
    {
        private int _index;

        public string? Name { get; set; }

        /// <summary>The path of the value that starts now (an array moves on to its next item).</summary>
        public string Next() => isArray ? StateJson.Item(path, _index++) : Name is null ? "\0" : StateJson.Join(path, Name);
    }
}
