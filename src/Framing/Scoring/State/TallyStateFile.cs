using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Framing.Corpus;

namespace Framing.Scoring.State;

/// <summary>
/// Reads and writes <see cref="TallyState"/> as JSON. Counts are written as JSON numbers; bootstrap replicate sums,
/// which are large, as base64 of little-endian 64-bit integers. Every figure is an integer, so a state round-trips
/// exactly.
/// </summary>
internal static class TallyStateFile
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a state, followed by a line break.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="state">The state.</param>
    /// <param name="indented">Indent the JSON (a file) or write it on one line (a JSON Lines stream, for
    /// Hadoop Streaming or Spark's <c>pipe</c>).</param>
    public static void Write(Stream stream, TallyState state, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(state);
        var tally = state.Tally;
        if (tally.Bootstrap?.PooledVoices is not null)
        {
            throw new ArgumentException("a state keeps the replicate sums of each voice apart: score with BootstrapSettings.PooledVoices = null", nameof(state));
        }

        using var json = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        json.WriteStartObject();
        json.WriteString("format", TallyState.FormatName);
        json.WriteNumber("version", TallyState.FormatVersion);
        json.WriteStartObject("lexicon");
        json.WriteString("id", state.LexiconId);
        json.WriteString("version", state.LexiconVersion);
        json.WriteString("source", state.LexiconSource);
        json.WriteString("fingerprint", state.LexiconFingerprint);
        json.WriteEndObject();
        json.WriteString("corpus", state.Corpus);
        json.WriteString("by", state.GroupField);
        WriteOptional(json, "text_field", state.TextField);
        WriteOptional(json, "id_field", state.IdField);
        WriteOptional(json, "language_field", state.LanguageField);
        WriteOptional(json, "language", state.Language);
        if (state.Shard is { } shard)
        {
            json.WriteString("shard", shard.ToString());
        }
        else
        {
            json.WriteNull("shard");
        }

        json.WriteNumber("dimensions", tally.DimensionCount);
        json.WriteNumber("voices", FramingCounts.VoiceCount);
        if (tally.Bootstrap is { } bootstrap)
        {
            json.WriteStartObject("bootstrap");
            json.WriteNumber("replicates", bootstrap.Replicates);
            json.WriteString("seed", bootstrap.Seed.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("bootstrap");
        }

        json.WriteNumber("documents_scored", tally.ScoredDocuments);
        json.WriteNumber("documents_rejected", tally.RejectedDocuments);
        if (tally.Sample is { } sample)
        {
            json.WriteString("document_sample", ToBase64(MemoryMarshal.Cast<ulong, long>(sample.Identities)));
        }
        else
        {
            json.WriteNull("document_sample");
        }

        json.WriteStartArray("rejections");
        foreach (var r in tally.Rejections)
        {
            json.WriteStartObject();
            json.WriteString("file", r.Location.File);
            json.WriteNumber("line", r.Location.Line);
            json.WriteString("message", r.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("groups");
        foreach (var g in tally.Groups)
        {
            json.WriteStartObject();
            json.WriteString("group", g.Group);
            json.WriteNumber("documents", g.Documents);
            json.WriteNumber("tokens", g.Tokens);
            json.WriteNumber("covered_tokens", g.CoveredTokens);
            WriteArray(json, "counts", g.Counts.ExportCounts());
            WriteArray(json, "weights", g.Counts.ExportWeights());
            WriteArray(json, "negated", g.Counts.ExportNegated());
            WriteArray(json, "off_target", g.Counts.ExportOffTarget());
            WriteArray(json, "out_of_scope", g.Counts.ExportOutOfScope());
            json.WriteNumber("documents_out_of_scope", g.Counts.OutOfScopeDocuments);
            if (g.Replicates is { } replicates)
            {
                json.WriteString("replicates", ToBase64(replicates.Export()));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes a string, or null when it is not known.</summary>
    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Reads states written one per line (JSON Lines), as <c>framing score - --save-state -</c> writes them.</summary>
    /// <param name="stream">Where to read.</param>
    /// <param name="sourceName">The stream's name, for error messages (<c>-:3:17</c>: its third line, 17th character).</param>
    /// <returns>The states, in order; blank lines are skipped.</returns>
    /// <exception cref="TallyStateException">A line is not a valid state (one line naming the stream's line and the problem).</exception>
    public static IReadOnlyList<TallyState> ReadLines(Stream stream, string sourceName) => EnumerateLines(stream, sourceName).ToList();

    /// <summary>
    /// Reads states written one per line (JSON Lines) as they are enumerated: each line is read and parsed when the
    /// enumeration reaches it, so only one state is held at a time (the states of thousands of partitions do not fit in
    /// memory together). Enumerate once: the stream is read as it goes.
    /// </summary>
    /// <param name="stream">Where to read (left open).</param>
    /// <param name="sourceName">The stream's name, for error messages (<c>-:3:17</c>: its third line, 17th character).</param>
    /// <returns>The states, in order; blank lines are skipped.</returns>
    /// <exception cref="TallyStateException">A line is not a valid state, thrown when the enumeration reaches it.</exception>
    public static IEnumerable<TallyState> EnumerateLines(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Lines(stream, sourceName);
    }

    private static IEnumerable<TallyState> Lines(Stream stream, string sourceName)
    {
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ReadLine(System.Text.Encoding.UTF8.GetBytes(line), sourceName, number);
        }
    }

    /// <summary>Reads the state of one line; a line that ends inside its JSON value (the first line of a pretty-printed
    /// state, <c>{</c>) is said to be one, rather than that the JSON is cut short.</summary>
    private static TallyState ReadLine(byte[] json, string sourceName, int number)
    {
        try
        {
            return Read(json, sourceName, number);
        }
        catch (TallyStateException) when (EndsInsideValue(json))
        {
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{number}: not a framing state file: the line ends inside its JSON value, as the first line of a pretty-printed state does; states read line by line (standard input) are one state per line, compact JSON as 'framing score --save-state -' writes it (give a state file by its name instead, or make it one line with jq -c .)"));
        }
    }

    /// <summary>Whether the JSON is well-formed as far as it goes but stops inside an object or array.</summary>
    private static bool EndsInsideValue(byte[] json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return false;
        }

        // A container's start is at the depth outside it: "{" alone ends on a token at depth 0.
        return reader.CurrentDepth > 0 || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
    }

    /// <summary>Reads a state.</summary>
    /// <param name="stream">Where to read.</param>
    /// <param name="sourceName">The file's name, for error messages.</param>
    /// <returns>The state.</returns>
    /// <exception cref="TallyStateException">The file is not a valid state (one line naming the file, the place and the problem:
    /// <c>s.json:23:20: not a valid framing state file: "groups[0].documents" must be a non-negative whole number, not 3.5</c>).</exception>
    public static TallyState Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(stream.Length, Array.MaxLength)) : new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), sourceName, 1);
    }

    /// <summary>Reads a state from its JSON, which starts at line <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    private static TallyState Read(ReadOnlyMemory<byte> json, string file, int firstLine)
    {
        var name = firstLine == 1 ? file : string.Create(CultureInfo.InvariantCulture, $"{file}:{firstLine}");
        if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var invalid = Text.Utf8Validation.IndexOfInvalid(json.Span);
        if (invalid >= 0)
        {
            var (line, column) = StateJsonLocator.At(json.Span, invalid);
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"{file}:{firstLine + line - 1}:{column}: not a framing state file: invalid UTF-8"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = StateJsonLocator.Column(json.Span, line, (int)(e.BytePositionInLine ?? 0));
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"{file}:{firstLine + line}:{column}: not a framing state file: {e.Message.Split('.')[0]}"));
        }

        using (document)
        {
            TallyStateReader.CheckFormat(document.RootElement, name);
            if (StateJsonLocator.FindBadKey(json.Span) is { } bad)
            {
                var (line, column) = StateJsonLocator.At(json.Span, bad.Offset);
                throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"{file}:{firstLine + line - 1}:{column}: {StateJson.Invalid}{bad.Problem}"));
            }

            try
            {
                return TallyStateReader.Read(document.RootElement, name);
            }
            catch (TallyStateException e) when (e.JsonPath is { } path)
            {
                var (line, column) = StateJsonLocator.Locate(json.Span, path);
                throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"{file}:{firstLine + line - 1}:{column}: {e.Message}"), e);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
            {
                // Every field is checked before it is used; this is a last resort, so that a state is never an internal error.
                throw new TallyStateException($"{name}: not a valid framing state file ({e.Message.ReplaceLineEndings(" ")})", e);
            }
        }
    }

    private static void WriteArray(Utf8JsonWriter json, string name, long[] values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteNumberValue(v);
        }

        json.WriteEndArray();
    }

    private static string ToBase64(ReadOnlySpan<long> values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 8), values[i]);
        }

        return Convert.ToBase64String(bytes);
    }
}
