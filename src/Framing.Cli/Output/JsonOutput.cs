using System.Text.Encodings.Web;
using System.Text.Json;

namespace Framing.Cli.Output;

/// <summary>
/// Writes a JSON document: the metadata pairs, then <c>rows</c>, an array of objects keyed by column name, with
/// numbers as JSON numbers and missing values as null. Non-ASCII text is written as is (UTF-8), not escaped.
/// </summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, TabularData data)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        BeginRows(json, data.Metadata);
        foreach (var row in data.Rows)
        {
            WriteRowObject(json, data.Columns, row);
        }

        json.WriteEndArray();
        EndDocument(json, stream);
    }

    /// <summary>Opens the document: the metadata pairs, then the <c>rows</c> array, left open for the rows.</summary>
    public static void BeginRows(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, object?>> metadata)
    {
        json.WriteStartObject();
        foreach (var (key, value) in metadata)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }

        json.WritePropertyName("rows");
        json.WriteStartArray();
    }

    /// <summary>Closes the document (its <c>rows</c> array already closed, and any pairs after it written), passes the
    /// bytes on to <paramref name="stream"/> and ends the line.</summary>
    public static void EndDocument(Utf8JsonWriter json, Stream stream)
    {
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Bytes a streaming writer holds before it passes them on (see <see cref="FlushWhenFull"/>).</summary>
    internal const int StreamingBufferBytes = 1 << 16;

    /// <summary>
    /// Passes a streaming writer's pending bytes on to its stream once they reach <see cref="StreamingBufferBytes"/>: a
    /// <see cref="Utf8JsonWriter"/> on a stream keeps everything written until it is flushed, so rows written as they
    /// come would otherwise all be held in memory (and fail past the 2 GiB a buffer can hold). The bytes are the same.
    /// </summary>
    public static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= StreamingBufferBytes)
        {
            json.Flush();
        }
    }

    public static void WriteRowObject(Utf8JsonWriter json, IReadOnlyList<string> columns, IReadOnlyList<object?> row)
    {
        json.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            json.WritePropertyName(columns[i]);
            WriteValue(json, row[i]);
        }

        json.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case double d when double.IsFinite(d):
                json.WriteRawValue(CellFormat.FormatDouble(d), skipInputValidation: true);
                break;
            case double:
                json.WriteNullValue();
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case TabularData table:
                json.WriteStartArray();
                foreach (var row in table.Rows)
                {
                    WriteRowObject(json, table.Columns, row);
                }

                json.WriteEndArray();
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                json.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    json.WritePropertyName(k);
                    WriteValue(json, v);
                }

                json.WriteEndObject();
                break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(CellFormat.Format(value));
                break;
        }
    }
}
