using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Framing.Cli.Arguments;
using Framing.Lexicons;

namespace Framing.Cli.Commands.Check;

/// <summary>A JSON value with the place it starts in its file (1-based line, 1-based column in characters).</summary>
internal abstract class JsonNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>What the value is, for messages ("an object", "a string"...).</summary>
    public abstract string Kind { get; }
}

/// <summary>A JSON object; its properties keep their order and their own locations.</summary>
internal sealed class JsonObjectNode(SourceLocation location) : JsonNode(location)
{
    public List<JsonPropertyNode> Properties { get; } = [];

    public override string Kind => "an object";

    public JsonPropertyNode? Find(string name) => Properties.Find(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}

/// <summary>One property of a JSON object: its name (located at the name) and its value.</summary>
internal sealed record JsonPropertyNode(string Name, SourceLocation Location, JsonNode Value);

/// <summary>A JSON array.</summary>
internal sealed class JsonArrayNode(SourceLocation location) : JsonNode(location)
{
    public List<JsonNode> Items { get; } = [];

    public override string Kind => "an array";
}

/// <summary>A JSON string, number, boolean or null.</summary>
internal sealed class JsonScalarNode(SourceLocation location, JsonTokenType token, string? text, double? number) : JsonNode(location)
{
    public JsonTokenType Token { get; } = token;

    /// <summary>The string's value (for strings only).</summary>
    public string? Text { get; } = text;

    /// <summary>The number's value (for numbers only).</summary>
    public double? Number { get; } = number;

    public override string Kind => Token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.Null => "null",
        _ => "a boolean",
    };
}

/// <summary>
/// Reads a JSON file into a tree of <see cref="JsonNode"/>s that know their line and column, so that every problem
/// of a configuration or baseline file can be reported as <c>file:line:column: message</c>. Comments and trailing
/// commas are allowed; a byte-order mark is skipped; duplicate keys and invalid UTF-8 are errors.
/// </summary>
internal static class JsonTree
{
    public static JsonNode ReadFile(string path) => Parse(ReadBytes(path), path);

    /// <summary>The most bytes a configuration or baseline file may hold (read whole): far above any real one (a
    /// baseline of 100,000 groups is about 80 MB), and a device such as /dev/zero stops there instead of reading until
    /// memory runs out.</summary>
    public const int MaxBytes = 512 << 20;

    /// <summary>The bytes of <paramref name="path"/>; an <see cref="InputException"/> (<c>path: no such file</c> and the
    /// like) when it cannot be read or is larger than <see cref="MaxBytes"/>.</summary>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new InputException($"{path}: larger than {MaxBytes >> 20} MiB: not a JSON file this command reads (a configuration or a baseline of group scores)");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {SystemReason.OfRead(path, e)}");
        }
    }

    public static JsonNode Parse(byte[] bytes, string file)
    {
        bytes = Framing.Text.WideUnicode.ToUtf8(bytes);
        var content = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsMemory(3) : bytes.AsMemory();
        var positions = new BytePositions(content, file);
        var invalid = Framing.Text.Utf8Validation.IndexOfInvalid(content.Span);
        if (invalid >= 0)
        {
            throw new InputException($"{positions.At(invalid)}: invalid UTF-8");
        }

        var reader = new Utf8JsonReader(content.Span, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            if (!reader.Read())
            {
                throw new InputException($"{file}:1:1: empty file (expected a JSON object)");
            }

            var root = ReadValue(ref reader, positions, string.Empty);
            if (reader.Read())
            {
                throw new InputException($"{positions.At((int)reader.TokenStartIndex)}: unexpected content after the JSON value");
            }

            return root;
        }
        catch (JsonException e)
        {
            var place = positions.AtJsonPosition((int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            throw new InputException($"{place}: malformed JSON: {CleanMessage(e.Message)}");
        }
    }

    /// <summary>The value the reader is at, whose JSON path (<c>rules.groupScore[0].max</c>; empty for the root) is
    /// <paramref name="path"/>.</summary>
    private static JsonNode ReadValue(ref Utf8JsonReader reader, BytePositions positions, string path)
    {
        var location = positions.At((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonObjectNode(location);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameLocation = positions.At((int)reader.TokenStartIndex);
                    var name = StringAt(ref reader, nameLocation, "key");
                    if (obj.Find(name) is not null)
                    {
                        throw new InputException($"{nameLocation}: duplicate key \"{name}\"");
                    }

                    reader.Read();
                    obj.Properties.Add(new JsonPropertyNode(name, nameLocation, ReadValue(ref reader, positions, path.Length == 0 ? name : path + "." + name)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonArrayNode(location);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, positions, path + "[" + array.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"));
                }

                return array;
            case JsonTokenType.String:
                return new JsonScalarNode(location, JsonTokenType.String, StringAt(ref reader, location, "string"), null);
            case JsonTokenType.Number:
                return new JsonScalarNode(location, JsonTokenType.Number, null, reader.TryGetDouble(out var number) && double.IsFinite(number)
                    ? number
                    : throw new InputException(path.Length == 0 ? $"{location}: number out of range" : $"{location}: \"{path}\": number out of range"));
            default:
                return new JsonScalarNode(location, reader.TokenType, null, null);
        }
    }

    /// <summary>The string or key the reader is at; an error at its place when its escapes leave half a surrogate pair
    /// (<c>\ud800</c> with no <c>\udc00</c> after it, or the other way round), which valid UTF-8 can still hold.</summary>
    private static string StringAt(ref Utf8JsonReader reader, SourceLocation location, string what)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InputException($"{location}: {what} {Framing.Corpus.RecordMessages.UnpairedSurrogateEscape}");
        }
    }

    /// <summary>Removes the " LineNumber: 0 | BytePositionInLine: 3." tail that System.Text.Json appends (we give the place ourselves).</summary>
    private static string CleanMessage(string message)
    {
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (tail >= 0 ? message[..tail] : message).Trim().TrimEnd('.');
        return text.ReplaceLineEndings(" ");
    }


    /// <summary>Turns byte offsets of a UTF-8 file into 1-based lines and character columns. A line ends at <c>\n</c>,
    /// <c>\r\n</c> or a bare <c>\r</c>, as in every other file findings name; System.Text.Json counts its lines at
    /// <c>\n</c> only, so its positions are turned into offsets first.</summary>
    private sealed class BytePositions
    {
        private readonly ReadOnlyMemory<byte> _content;
        private readonly string _file;
        private readonly List<int> _lineStarts = [0];
        private readonly List<int> _newlineStarts = [0];

        public BytePositions(ReadOnlyMemory<byte> content, string file)
        {
            _content = content;
            _file = file;
            var span = content.Span;
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                    _newlineStarts.Add(i + 1);
                }
                else if (span[i] == (byte)'\r' && (i + 1 == span.Length || span[i + 1] != (byte)'\n'))
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourceLocation At(int offset)
        {
            var line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return new SourceLocation(_file, line + 1, Column(_lineStarts[line], offset));
        }

        /// <summary>The place of a 0-based line and 0-based byte position in it, as a JsonException gives them (lines counted at <c>\n</c>).</summary>
        public SourceLocation AtJsonPosition(int line, int bytePosition)
        {
            var start = _newlineStarts[Math.Clamp(line, 0, _newlineStarts.Count - 1)];
            return At(Math.Min(start + bytePosition, _content.Length));
        }

        private int Column(int lineStart, int offset) =>
            Encoding.UTF8.GetCharCount(_content.Span[lineStart..Math.Max(lineStart, offset)]) + 1;
    }
}
