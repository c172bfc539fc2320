using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Framing.Corpus;

/// <summary>
/// The fast path of <see cref="JsonLinesCorpusReader"/>: reads a well-formed JSON object without building a document,
/// and collects its fields with <see cref="JsonFlatObjectScanner"/>, or with a forward-only <see cref="Utf8JsonReader"/>
/// when the scanner does not accept the line. It gives up (returns false) on anything unusual — malformed
/// JSON, not an object, a repeated field, invalid UTF-8 — which <see cref="JsonRecordDocumentPath"/> then reports with
/// its exact message. It decodes every string it keeps, and decoding fails on invalid UTF-8, so a line it reads is
/// valid.
/// </summary>
internal static class JsonRecordFastPath
{
    private const int LongString = 256;
    private const int LongestPooledString = 1 << 20;

    /// <summary>Collects the fields of <paramref name="line"/>, or returns false when the line is unusual.</summary>
    /// <param name="line">The line's bytes.</param>
    /// <param name="rules">The field names.</param>
    /// <param name="record">The fields and kinds.</param>
    /// <param name="lent">A buffer to decode the text into instead of a string (when it is a string of at most
    /// <see cref="LentText.MaxBytes"/> bytes), or null.</param>
    /// <returns>Whether the line is a well-formed object without repeated fields.</returns>
    public static bool TryRead(ReadOnlySpan<byte> line, JsonRecordRules rules, out JsonRecord record, LentText? lent = null) =>
        TryReadFlat(line, rules, out record, lent) || TryReadWithUtf8JsonReader(line, rules, out record, lent);

    /// <summary>
    /// Collects the fields of an object that <see cref="JsonFlatObjectScanner"/> accepts as
    /// <see cref="TryReadWithUtf8JsonReader"/> does, decoding every name and string it keeps as strictly; returns false
    /// for any other line, which that method then reads (or gives up on).
    /// </summary>
    [MethodImpl(HotPath.Compilation)]
    internal static bool TryReadFlat(ReadOnlySpan<byte> line, JsonRecordRules rules, out JsonRecord record, LentText? lent)
    {
        record = default;
        var scanner = new JsonFlatObjectScanner(line);
        try
        {
            var fields = new JsonRecordFields(rules);
            while (scanner.MoveNext())
            {
                var name = rules.PropertyName(scanner.Name, scanner.NameEscaped);
                var isText = rules.IsTextField(name);
                if (fields.IsRepeated(name, isText))
                {
                    return false;
                }

                var kind = scanner.Kind;
                var value = scanner.Value;
                string? scalar;
                switch (kind)
                {
                    case JsonValueKind.String when isText && lent is not null && value.Length <= LentText.MaxBytes:
                        // A UTF-8 or escaped JSON string never decodes to more UTF-16 code units than it has bytes.
                        lent.SetLength(JsonStringDecoding.DecodeInto(value, lent.Reserve(value.Length), scanner.ValueEscaped));
                        scalar = null;
                        fields.TextLent();
                        break;
                    case JsonValueKind.String:
                        scalar = JsonStringDecoding.ToText(value, scanner.ValueEscaped);
                        break;
                    default:
                        // A number, literal, or nested object or array: as written.
                        if (!JsonRecordFields.TryScalar(kind, value, out scalar))
                        {
                            return false;
                        }

                        break;
                }

                fields.Add(name, kind, scalar);
            }

            if (!scanner.Completed)
            {
                return false;
            }

            record = fields.ToRecord(lent);
            return true;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 or an unpaired escaped surrogate.
            return false;
        }
    }

    /// <summary>
    /// Collects the fields of <paramref name="line"/> with a <see cref="Utf8JsonReader"/>, as <see cref="TryRead"/>
    /// does, or returns false when the line is unusual: the way every line was read before
    /// <see cref="JsonFlatObjectScanner"/>, and now the way of the lines it does not accept (such as malformed JSON),
    /// kept apart so that tests can compare the two.
    /// </summary>
    /// <param name="line">The line's bytes.</param>
    /// <param name="rules">The field names.</param>
    /// <param name="record">The fields and kinds.</param>
    /// <param name="lent">A buffer for the text, or null (see <see cref="TryRead"/>).</param>
    /// <returns>Whether the line is a well-formed object without repeated fields.</returns>
    [PerDocument]
    internal static bool TryReadWithUtf8JsonReader(ReadOnlySpan<byte> line, JsonRecordRules rules, out JsonRecord record, LentText? lent = null)
    {
        record = default;
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var fields = new JsonRecordFields(rules);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = rules.PropertyName(ref reader);
                var isText = rules.IsTextField(name);
                if (fields.IsRepeated(name, isText) || !reader.Read())
                {
                    return false;
                }

                var kind = KindOf(reader.TokenType);
                string? scalar;
                switch (kind)
                {
                    case JsonValueKind.String when isText && lent is not null && TryLend(ref reader, lent):
                        scalar = null;
                        fields.TextLent();
                        break;
                    case JsonValueKind.String:
                        scalar = ReadString(ref reader);
                        break;
                    case JsonValueKind.Object or JsonValueKind.Array:
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        if (!JsonRecordFields.TryScalar(kind, line[start..(int)reader.BytesConsumed], out scalar))
                        {
                            return false;
                        }

                        break;
                    default:
                        // A number or literal: as written.
                        _ = JsonRecordFields.TryScalar(kind, reader.ValueSpan, out scalar);
                        break;
                }

                fields.Add(name, kind, scalar);
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }

            record = fields.ToRecord(lent);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        JsonTokenType.StartArray => JsonValueKind.Array,
        _ => JsonValueKind.Object,
    };

    /// <summary>Decodes the current string value into <paramref name="lent"/>, unless it is too long to lend.</summary>
    private static bool TryLend(ref Utf8JsonReader reader, LentText lent)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > LentText.MaxBytes)
        {
            return false;
        }

        // A UTF-8 or escaped JSON string never decodes to more UTF-16 code units than it has bytes.
        var written = CopyString(ref reader, lent.Reserve((int)length));
        lent.SetLength(written);
        return true;
    }

    /// <summary>
    /// Decodes the current string value into <paramref name="buffer"/> (at least as long as the value's bytes) as
    /// <see cref="Utf8JsonReader.CopyString(Span{char})"/> does, and returns the count of code units: a value in one
    /// span by <see cref="JsonStringDecoding.DecodeInto"/>, whose UTF-8 decoding takes far fewer instructions for
    /// Arabic text than the framework's. Invalid UTF-8 or an unpaired escaped surrogate throws
    /// <see cref="InvalidOperationException"/>, as <see cref="Utf8JsonReader.CopyString(Span{char})"/> does.
    /// </summary>
    private static int CopyString(ref Utf8JsonReader reader, Span<char> buffer) =>
        reader.HasValueSequence ? reader.CopyString(buffer) : JsonStringDecoding.DecodeInto(reader.ValueSpan, buffer, reader.ValueIsEscaped);

    /// <summary>
    /// The current string value, unescaped and decoded. A long value (a document's text) is decoded in one pass into a
    /// pooled buffer (<see cref="Utf8JsonReader.GetString"/> would first count its characters in a separate pass), then
    /// copied into the string; a value over 1 MiB straight into its string (<see cref="JsonStringDecoding"/>). Invalid
    /// UTF-8 throws <see cref="InvalidOperationException"/> either way.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (length > LongestPooledString && !reader.HasValueSequence)
        {
            // A huge one (a document of many megabytes) would need a buffer as large as the string itself at the same
            // time as the string: it is decoded straight into the string.
            return JsonStringDecoding.Decode(reader.ValueSpan);
        }

        if (length is < LongString or > LongestPooledString)
        {
            // Short strings gain nothing.
            return reader.GetString()!;
        }

        // A UTF-8 or escaped JSON string never decodes to more UTF-16 code units than it has bytes.
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var written = CopyString(ref reader, buffer);
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
