using System.Text;
using System.Text.Json;

namespace Framing.Cli.Output;

/// <summary>
/// The key-value metadata of a Parquet file the tool writes: what produced it (<c>framing.version</c>,
/// <c>framing.command</c>, <c>framing.command_line</c>, <c>framing.options</c>) and the table's own metadata — the same
/// pairs as in JSON output (lexicon, corpus, counts, settings), nested objects flattened into dotted keys
/// (<c>lexicon.id</c>, <c>lexicon.version</c>), lists as JSON arrays, numbers culture-invariant.
/// </summary>
internal static class ParquetMetadata
{
    public static Dictionary<string, string> Build(CliContext context, IEnumerable<KeyValuePair<string, object?>> tableMetadata)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["framing.version"] = FramingApp.Version,
        };
        if (context.Invocation is { } invocation)
        {
            pairs["framing.command"] = invocation.Command;
            pairs["framing.command_line"] = Json(json =>
            {
                json.WriteStartArray();
                foreach (var argument in invocation.CommandLine)
                {
                    json.WriteStringValue(argument);
                }

                json.WriteEndArray();
            });
            pairs["framing.options"] = Json(json =>
            {
                json.WriteStartObject();
                foreach (var (name, values) in invocation.Arguments.Given())
                {
                    json.WritePropertyName(name);
                    if (values is null)
                    {
                        json.WriteBooleanValue(true);
                    }
                    else if (values.Count == 1)
                    {
                        json.WriteStringValue(values[0]);
                    }
                    else
                    {
                        json.WriteStartArray();
                        foreach (var value in values)
                        {
                            json.WriteStringValue(value);
                        }

                        json.WriteEndArray();
                    }
                }

                json.WriteEndObject();
            });
        }

        foreach (var (key, value) in tableMetadata)
        {
            Add(pairs, key, value);
        }

        return pairs;
    }

    private static void Add(Dictionary<string, string> pairs, string key, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                pairs[key] = text;
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                foreach (var (k, v) in map)
                {
                    Add(pairs, key + "." + k, v);
                }

                break;
            case IEnumerable<string> list:
                pairs[key] = Json(json => JsonOutput.WriteValue(json, list));
                break;
            default:
                pairs[key] = CellFormat.Format(value);
                break;
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOutput.Options.Encoder }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
