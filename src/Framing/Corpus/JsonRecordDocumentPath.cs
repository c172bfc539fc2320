using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Framing.Corpus;

/// <summary>
/// The careful path of <see cref="JsonLinesCorpusReader"/>, for the lines <see cref="JsonRecordFastPath"/> gives up on:
/// checks UTF-8, parses the line into a document and words exactly what is wrong (invalid UTF-8, malformed JSON with
/// the byte where parsing stopped, not an object, a repeated field), then applies the same <see cref="JsonRecordRules"/>.
/// </summary>
internal static class JsonRecordDocumentPath
{
    /// <summary>The deepest nesting of a record read (System.Text.Json's default): the record's object is level 1.</summary>
    internal const int MaxDepth = 64;

    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth };

    /// <summary>The record of <paramref name="line"/>, accepted or rejected.</summary>
    /// <param name="line">The line's bytes.</param>
    /// <param name="rules">The record rules.</param>
    /// <param name="source">Where the line is.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Read(ReadOnlyMemory<byte> line, JsonRecordRules rules, DocumentSource source)
    {
        if (!Utf8Text.IsValid(line.Span))
        {
            return JsonRecordRules.Reject(source, RecordMessages.InvalidUtf8);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, ParseOptions);
        }
        catch (JsonException ex)
        {
            return JsonRecordRules.Reject(
                source,
                line.Span.Contains((byte)0) ? RecordMessages.MalformedJson(RecordMessages.NulBytes("the line"))
                : EndsLinesWithCarriageReturns(line.Span, ex) ? RecordMessages.BareCarriageReturns
                : OpensAnArray(line.Span) ? RecordMessages.MalformedJson("the line opens an array; " + RecordMessages.JsonArrayNotLines)
                : TooDeep(line.Span) is { } tooDeep ? tooDeep
                : RecordMessages.MalformedJson(Reason(line.Span, ex)));
        }

        using (document)
        {
            return ToItem(document.RootElement, rules, source);
        }
    }

    /// <summary>Whether an unparsable line starts (after spaces) with '[': a JSON array file, pretty-printed or not, read
    /// as JSON Lines (a .json file is read as JSON Lines).</summary>
    private static bool OpensAnArray(ReadOnlySpan<byte> line) => line.TrimStart(" \t"u8) is [(byte)'[', ..];

    /// <summary>
    /// Why a line that did not parse is refused when the cause is its nesting: valid JSON whose arrays and objects nest
    /// deeper than <see cref="MaxDepth"/> levels, which the parser stops at (<c>nesting deeper than 64 levels in field
    /// "meta"</c>, naming the record's field that holds it), not malformed JSON; null for any other cause. The line is
    /// read again, without the limit, up to the first array or object that is too deep.
    /// </summary>
    private static string? TooDeep(ReadOnlySpan<byte> line)
    {
        // The reader keeps its nesting in a bit stack, without recursion, so no depth is too deep for it.
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = int.MaxValue });
        string? field = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    field = FieldName(ref reader);
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MaxDepth)
                {
                    var levels = $"nesting deeper than {MaxDepth.ToString(CultureInfo.InvariantCulture)} levels";
                    return field is null ? levels : $"{levels} in field \"{RecordMessages.NameOnOneLine(field)}\"";
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before any array or object too deep: the parser's reason says what.
        }

        return null;
    }

    // A field name's text, its escapes decoded; one that decodes to no text (an unpaired surrogate escape) as written.
    private static string FieldName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static CorpusItem ToItem(JsonElement root, JsonRecordRules rules, DocumentSource source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return JsonRecordRules.Reject(source, root.ValueKind == JsonValueKind.Array
                ? "expected a JSON object, found an array: " + RecordMessages.JsonArrayNotLines
                : "expected a JSON object, found " + KindName(root.ValueKind));
        }

        var fields = default(FieldCollector);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? text = null;
        var textKind = JsonValueKind.Undefined;
        var idKind = JsonValueKind.Undefined;
        var groupKind = JsonValueKind.Undefined;
        foreach (var property in root.EnumerateObject())
        {
            // Valid UTF-8 can still escape half a surrogate pair (\ud800 alone), which no string can be decoded from.
            if (!TryDecode(property, out var name))
            {
                return JsonRecordRules.Reject(source, RecordMessages.UnpairedSurrogateInName);
            }

            if (!names.Add(name))
            {
                return JsonRecordRules.Reject(source, RecordMessages.DuplicateField(name));
            }

            var value = property.Value;
            string? decoded = null;
            if (value.ValueKind == JsonValueKind.String ? !TryDecode(value, out decoded)
                : value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && JsonSurrogateEscapes.HasUnpaired(RawUtf8(value)))
            {
                // In a nested value too: kept as written, it would pass on an escape that no text can be decoded from.
                return JsonRecordRules.Reject(source, RecordMessages.UnpairedSurrogate(name));
            }

            if (rules.Classify(name, value.ValueKind, ref textKind, ref idKind, ref groupKind))
            {
                text = decoded;
                continue;
            }

            var scalar = value.ValueKind switch
            {
                JsonValueKind.String => decoded,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => null,
                _ => value.GetRawText(), // Numbers, objects and arrays: their JSON text as written.
            };
            if (scalar is not null)
            {
                fields.Set(property.Name, scalar);
            }
        }

        return rules.Judge(new JsonRecord(fields.ToFields(), text, textKind, idKind, groupKind), source);
    }

    /// <summary>The property's name, or false when its escapes leave half a surrogate pair.</summary>
    private static bool TryDecode(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    /// <summary>The string's value, or false when its escapes leave half a surrogate pair.</summary>
    private static bool TryDecode(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an unknown value",
    };

    /// <summary>Whether the first line of a file, <paramref name="line"/>, is only the opening of a JSON object or array
    /// (<c>{</c>, <c>[</c>, <c>[{</c>, with white space): the first line of a pretty-printed JSON file, which is not JSON
    /// Lines at all; null when it is anything else.</summary>
    /// <param name="line">The first line that is not blank.</param>
    /// <returns>Why the file cannot be read (<see cref="RecordMessages.NotJsonLines"/>), or null.</returns>
    public static string? NotJsonLines(ReadOnlySpan<byte> line)
    {
        var opening = line.Trim(" \t\r"u8);
        return opening switch
        {
            [(byte)'{'] => RecordMessages.NotJsonLines(array: false),
            [(byte)'[', .. var rest] when rest.TrimStart(" \t"u8) is [] or [(byte)'{'] => RecordMessages.NotJsonLines(array: true),
            _ => null,
        };
    }

    /// <summary>
    /// What is wrong with a line that did not parse, in our words for the common mistakes (an object left open at the
    /// end of the line, as a line of pretty-printed JSON is; a trailing comma), else in the parser's, without its advice
    /// about reader options that a user cannot change; with the 1-based byte where parsing stopped.
    /// </summary>
    private static string Reason(ReadOnlySpan<byte> line, JsonException ex)
    {
        var at = ex.BytePositionInLine is { } position && position < line.Length ? (int)position : -1;
        var reason = LeftOpen(line) ? RecordMessages.UnclosedObject
            : at > 0 && line[at] is (byte)'}' or (byte)']' && line[..at].TrimEnd(" \t\r\n"u8) is [.., (byte)','] ? RecordMessages.TrailingComma(line[at])
            : null;
        return reason is null ? ShortReason(ex) : WithPosition(reason, ex);
    }

    /// <summary>Whether <paramref name="line"/> starts a JSON object and ends before closing it (inside a member, a
    /// string or a nested value), without anything malformed before its end.</summary>
    private static bool LeftOpen(ReadOnlySpan<byte> line)
    {
        // Read as the first block of a longer input: the reader stops where it needs more bytes instead of failing.
        var reader = new Utf8JsonReader(line, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = int.MaxValue }));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read())
            {
                if (reader.CurrentDepth == 0)
                {
                    return false; // closed: what is wrong comes after it
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The parser's message without its position suffix, plus the 1-based byte where parsing stopped.</summary>
    // Whether the line stops being JSON after a carriage return: JSON takes a bare \r between values as white space, so
    // a file whose lines end in \r alone reads as one line with a second value after the first.
    private static bool EndsLinesWithCarriageReturns(ReadOnlySpan<byte> line, JsonException ex)
    {
        var carriageReturn = line.IndexOf((byte)'\r');
        return carriageReturn >= 0 && ex.BytePositionInLine is { } position && carriageReturn < position;
    }

    private static string ShortReason(JsonException ex)
    {
        var message = RecordMessages.OneLine(ex.Message);
        foreach (var marker in (ReadOnlySpan<string>)[" LineNumber:", " Path:", " Change the reader options"])
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

        return WithPosition(message, ex);
    }

    private static string WithPosition(string reason, JsonException ex) =>
        ex.BytePositionInLine is { } position
            ? $"{reason} (at byte {(position + 1).ToString(CultureInfo.InvariantCulture)})"
            : reason;

    // The nested value as written: JsonMarshal reads it in place (.NET 9 and later); net8.0 copies it (this path is the
    // rare one: records the fast readers hand over).
    private static ReadOnlySpan<byte> RawUtf8(JsonElement value) =>
#if NET9_0_OR_GREATER
        JsonMarshal.GetRawUtf8Value(value);
#else
        System.Text.Encoding.UTF8.GetBytes(value.GetRawText());
#endif
}
