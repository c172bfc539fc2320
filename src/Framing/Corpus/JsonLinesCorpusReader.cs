using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Framing.Corpus;

/// <summary>
/// Reads a JSON Lines corpus: one JSON object per line, read lazily line by line.
/// </summary>
/// <remarks>
/// <para>
/// Each line is decoded on its own with strict UTF-8, so a line with invalid bytes is rejected (<c>invalid UTF-8</c>)
/// while the other lines are still read. Blank lines are skipped and are not records. A UTF-8 byte-order mark at the
/// start is ignored; lines may end with <c>\n</c> or <c>\r\n</c>; the last line need not end with a line break; lines
/// may be arbitrarily long.
/// </para>
/// <para>
/// Fields: a string keeps its value; a number keeps its JSON text exactly as written (for example <c>1.50</c>);
/// <c>true</c>/<c>false</c> become <c>"true"</c>/<c>"false"</c>; an object or array keeps its raw JSON text; a
/// <c>null</c> field is left out. The text field (<see cref="CorpusReaderOptions.TextField"/>) must be a string that
/// is not empty or only whitespace, and is not copied to <see cref="Document.Fields"/>. The id field
/// (<see cref="CorpusReaderOptions.IdField"/>) must be a non-empty string or a number; when it is absent the id is the
/// record's location, <c>file:line</c> (for example <c>news.jsonl:12</c>, or <c>-:12</c> for standard input). When
/// <see cref="CorpusReaderOptions.RequireGroupField"/> is set, the group field must be present, not null and not empty.
/// An object with the same field twice is rejected.
/// </para>
/// <para>
/// Rejection messages: <c>invalid UTF-8</c>, <c>malformed JSON: &lt;reason&gt;</c>, <c>expected a JSON object, found
/// an array</c>, <c>duplicate field "x"</c>, <c>missing field "text"</c>, <c>field "text" is not a string</c>,
/// <c>empty text</c>, <c>field "id" is not a string or number</c>, <c>empty field "id"</c>, <c>missing field
/// "outlet"</c>, <c>field "outlet" is null</c>, <c>field "outlet" is not a string</c>, <c>empty field "outlet"</c>.
/// </para>
/// </remarks>
public sealed class JsonLinesCorpusReader : ICorpusReader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    private readonly CorpusInput _input;

    /// <summary>Creates a reader over a file.</summary>
    /// <param name="path">The file's path; also used as the file name in ids and messages.</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The path is empty or the options are inconsistent.</exception>
    public JsonLinesCorpusReader(string path, CorpusReaderOptions? options = null)
        : this(CorpusInput.FromPath(path), options)
    {
    }

    /// <summary>
    /// Creates a reader over a stream, such as standard input. The stream can be read once and is not disposed by the
    /// reader.
    /// </summary>
    /// <param name="stream">The stream of UTF-8 bytes.</param>
    /// <param name="displayName">The name used in ids and messages (<c>-</c> for standard input).</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The stream is not readable, the name is empty, or the options are inconsistent.</exception>
    public JsonLinesCorpusReader(Stream stream, string displayName = "-", CorpusReaderOptions? options = null)
        : this(CorpusInput.FromStream(stream, displayName), options)
    {
    }

    private JsonLinesCorpusReader(CorpusInput input, CorpusReaderOptions? options)
    {
        Options = options ?? CorpusReaderOptions.Default;
        Options.Validate();
        _input = input;
    }

    /// <inheritdoc/>
    public string Description => _input.Name;

    /// <summary>How far reading has got (bytes read and the file's size).</summary>
    public ReadProgress Progress => _input.Progress;

    /// <summary>The field names and rules.</summary>
    public CorpusReaderOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="CorpusException">The file does not exist (thrown by this call, before enumeration).</exception>
    /// <exception cref="InvalidOperationException">The reader is over a stream that has already been read.</exception>
    public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default) =>
        _input.Read(stream => ReadLines(stream, cancellationToken));

    private IEnumerable<CorpusItem> ReadLines(Stream stream, CancellationToken cancellationToken)
    {
        var lines = new Utf8LineReader(stream);
        while (lines.TryReadLine(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Utf8Text.IsBlank(line))
            {
                continue;
            }

            // The line is kept (copied, or a long one handed over) and decoded later, possibly on another thread (see CorpusItem.Deferred).
            var bytes = lines.Keep(line);
            var source = new DocumentSource(Description, lines.LineNumber);
            yield return CorpusItem.Deferred(bytes.Count, () => ParseLine(bytes, source));
        }
    }

    private CorpusItem ParseLine(ReadOnlyMemory<byte> line, DocumentSource source)
    {
        // The fast path first: it decodes every string it keeps, and decoding fails on invalid UTF-8, so a line it
        // accepts is valid; anything else is checked and reported below.
        if (TryReadObject(line.Span, source) is { } fast)
        {
            return fast;
        }

        if (!Utf8Text.IsValid(line.Span))
        {
            return Reject(source, RecordMessages.InvalidUtf8);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, ParseOptions);
        }
        catch (JsonException ex)
        {
            return Reject(source, RecordMessages.MalformedJson(ShortReason(ex)));
        }

        using (document)
        {
            return ToItem(document.RootElement, source);
        }
    }

    /// <summary>
    /// The fast path: reads a well-formed JSON object with a forward-only reader, without building a document.
    /// Returns null for anything unusual (malformed JSON, not an object, a repeated field), which the document-based
    /// path then reports with its exact message.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CorpusItem? TryReadObject(ReadOnlySpan<byte> line, DocumentSource source)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            string? text = null;
            var textKind = JsonTokenType.None;
            var idKind = JsonTokenType.None;
            var groupKind = JsonTokenType.None;
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (!names.Add(name) || !reader.Read())
                {
                    return null;
                }

                var kind = reader.TokenType;
                string? scalar;
                switch (kind)
                {
                    case JsonTokenType.String:
                        scalar = ReadString(ref reader);
                        break;
                    case JsonTokenType.Number:
                        scalar = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case JsonTokenType.True:
                        scalar = "true";
                        break;
                    case JsonTokenType.False:
                        scalar = "false";
                        break;
                    case JsonTokenType.Null:
                        scalar = null;
                        break;
                    default:
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        var raw = line[start..(int)reader.BytesConsumed];
                        if (!Utf8Text.IsValid(raw))
                        {
                            return null;
                        }

                        scalar = System.Text.Encoding.UTF8.GetString(raw);
                        break;
                }

                if (string.Equals(name, Options.TextField, StringComparison.Ordinal))
                {
                    textKind = kind;
                    text = kind == JsonTokenType.String ? scalar : null;
                    continue;
                }

                if (string.Equals(name, Options.IdField, StringComparison.Ordinal))
                {
                    idKind = kind;
                }

                if (string.Equals(name, Options.GroupField, StringComparison.Ordinal))
                {
                    groupKind = kind;
                }

                if (scalar is not null)
                {
                    fields[name] = scalar;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return null;
            }

            if (textKind != JsonTokenType.String || idKind is not (JsonTokenType.None or JsonTokenType.String or JsonTokenType.Number)
                || (Options.RequireGroupField && groupKind is JsonTokenType.None or JsonTokenType.Null or JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return null; // the document-based path words these rejections
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return Reject(source, RecordMessages.EmptyText);
            }

            string id;
            if (idKind == JsonTokenType.None)
            {
                id = RecordMessages.LocationId(source);
            }
            else
            {
                id = fields[Options.IdField];
                if (string.IsNullOrWhiteSpace(id))
                {
                    return Reject(source, RecordMessages.EmptyField(Options.IdField));
                }
            }

            if (Options.RequireGroupField && string.IsNullOrWhiteSpace(fields[Options.GroupField]))
            {
                return Reject(source, RecordMessages.EmptyField(Options.GroupField));
            }

            return CorpusItem.Accepted(new Document(id, fields, text!, source));
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The current string value, unescaped and decoded. A long value (a document's text) is decoded in one pass into a
    /// pooled buffer (<see cref="Utf8JsonReader.GetString"/> would first count its characters in a separate pass), then
    /// copied into the string. Invalid UTF-8 throws <see cref="InvalidOperationException"/> either way.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (length is < LongString or > LongestPooledString)
        {
            // Short strings gain nothing; a huge one (a document of many megabytes) would need a buffer as large as
            // the string itself at the same time as the string.
            return reader.GetString()!;
        }

        // A UTF-8 or escaped JSON string never decodes to more UTF-16 code units than it has bytes.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(length);
        try
        {
            var written = reader.CopyString(buffer);
            return new string(buffer, 0, written);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private const int LongString = 256;
    private const int LongestPooledString = 1 << 20;

    private CorpusItem ToItem(JsonElement root, DocumentSource source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Reject(source, "expected a JSON object, found " + KindName(root.ValueKind));
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        JsonElement? text = null;
        JsonElement? id = null;
        JsonElement? group = null;
        foreach (var property in root.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                return Reject(source, RecordMessages.DuplicateField(property.Name));
            }

            var value = property.Value;
            if (string.Equals(property.Name, Options.TextField, StringComparison.Ordinal))
            {
                text = value;
                continue;
            }

            if (string.Equals(property.Name, Options.IdField, StringComparison.Ordinal))
            {
                id = value;
            }

            if (string.Equals(property.Name, Options.GroupField, StringComparison.Ordinal))
            {
                group = value;
            }

            var scalar = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => null,
                _ => value.GetRawText(), // Numbers, objects and arrays: their JSON text as written.
            };
            if (scalar is not null)
            {
                fields[property.Name] = scalar;
            }
        }

        if (text is not { } textElement)
        {
            return Reject(source, RecordMessages.MissingField(Options.TextField));
        }

        if (textElement.ValueKind != JsonValueKind.String)
        {
            return Reject(source, RecordMessages.NotAString(Options.TextField));
        }

        var textValue = textElement.GetString()!;
        if (string.IsNullOrWhiteSpace(textValue))
        {
            return Reject(source, RecordMessages.EmptyText);
        }

        string idValue;
        if (id is not { } idElement)
        {
            idValue = RecordMessages.LocationId(source);
        }
        else if (idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            idValue = fields[Options.IdField];
            if (string.IsNullOrWhiteSpace(idValue))
            {
                return Reject(source, RecordMessages.EmptyField(Options.IdField));
            }
        }
        else
        {
            return Reject(source, RecordMessages.NotAStringOrNumber(Options.IdField));
        }

        if (Options.RequireGroupField)
        {
            var groupError = group switch
            {
                null => RecordMessages.MissingField(Options.GroupField),
                { ValueKind: JsonValueKind.Null } => RecordMessages.NullField(Options.GroupField),
                { ValueKind: JsonValueKind.Object or JsonValueKind.Array } => RecordMessages.NotAString(Options.GroupField),
                _ => string.IsNullOrWhiteSpace(fields[Options.GroupField]) ? RecordMessages.EmptyField(Options.GroupField) : null,
            };
            if (groupError is not null)
            {
                return Reject(source, groupError);
            }
        }

        return CorpusItem.Accepted(new Document(idValue, fields, textValue, source));
    }

    private static CorpusItem Reject(DocumentSource source, string message) => CorpusItem.Rejected(new CorpusError(source, message));

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an unknown value",
    };

    /// <summary>The parser's message without its position suffix, plus the 1-based byte where parsing stopped.</summary>
    private static string ShortReason(JsonException ex)
    {
        var message = RecordMessages.OneLine(ex.Message);
        foreach (var marker in (ReadOnlySpan<string>)[" LineNumber:", " Path:"])
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        message = message.TrimEnd().TrimEnd('.');
        if (message.Length == 0)
        {
            message = "invalid JSON";
        }

        return ex.BytePositionInLine is { } position
            ? $"{message} (at byte {(position + 1).ToString(CultureInfo.InvariantCulture)})"
            : message;
    }
}
