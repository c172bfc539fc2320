using System.Buffers.Binary;
using System.Globalization;
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

    /// <summary>Reads states written one per line (JSON Lines), as <c>framing score - --save-state -</c> writes them.</summary>
    /// <param name="stream">Where to read.</param>
    /// <param name="sourceName">The stream's name, for error messages.</param>
    /// <returns>The states, in order; blank lines are skipped.</returns>
    public static IReadOnlyList<TallyState> ReadLines(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var states = new List<TallyState>();
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var item = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line));
            states.Add(Read(item, string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{number}")));
        }

        return states;
    }

    /// <summary>Reads a state.</summary>
    /// <param name="stream">Where to read.</param>
    /// <param name="sourceName">The file's name, for error messages.</param>
    /// <returns>The state.</returns>
    /// <exception cref="TallyStateException">The file is not a valid state (one line naming the file and the problem).</exception>
    public static TallyState Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{(e.LineNumber ?? 0) + 1}: not a framing state file: {e.Message.Split('.')[0]}"));
        }

        using (document)
        {
            try
            {
                return Parse(document.RootElement, sourceName);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
            {
                throw new TallyStateException($"{sourceName}: not a valid framing state file ({e.Message})", e);
            }
        }
    }

    private static TallyState Parse(JsonElement root, string sourceName)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != TallyState.FormatName)
        {
            throw new TallyStateException($"{sourceName}: not a framing state file") { NotAState = true };
        }

        var version = root.GetProperty("version").GetInt32();
        if (version != TallyState.FormatVersion)
        {
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}: state format version {version} is not supported (this framing reads version {TallyState.FormatVersion})"));
        }

        var voices = root.GetProperty("voices").GetInt32();
        if (voices != FramingCounts.VoiceCount)
        {
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}: written by a framing that tracks {voices} voices; this one tracks {FramingCounts.VoiceCount}"));
        }

        var dimensions = root.GetProperty("dimensions").GetInt32();
        BootstrapSettings? bootstrap = null;
        if (root.GetProperty("bootstrap") is { ValueKind: JsonValueKind.Object } b)
        {
            bootstrap = new BootstrapSettings(b.GetProperty("replicates").GetInt32(), ulong.Parse(b.GetProperty("seed").GetString()!, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        var tally = new CorpusTally(dimensions, bootstrap);
        var rejections = root.GetProperty("rejections");
        foreach (var r in rejections.EnumerateArray())
        {
            tally.Reject(new Diagnostic(new DocumentSource(r.GetProperty("file").GetString()!, r.GetProperty("line").GetInt32()), r.GetProperty("message").GetString()!));
        }

        tally.AddTotals(root.GetProperty("documents_scored").GetInt64(), root.GetProperty("documents_rejected").GetInt64() - rejections.GetArrayLength());
        foreach (var g in root.GetProperty("groups").EnumerateArray())
        {
            var group = tally.GetOrAddGroup(g.GetProperty("group").GetString()!);
            group.AddTotals(g.GetProperty("documents").GetInt64(), g.GetProperty("tokens").GetInt64(), g.GetProperty("covered_tokens").GetInt64());
            group.Counts.Import(ReadArray(g.GetProperty("counts")), ReadArray(g.GetProperty("weights")), ReadArray(g.GetProperty("negated")), ReadArray(g.GetProperty("off_target")));
            if (group.Replicates is { } replicates)
            {
                replicates.Import(FromBase64(g.GetProperty("replicates").GetString()!));
            }
        }

        var lexicon = root.GetProperty("lexicon");
        CorpusShard? shard = null;
        if (root.GetProperty("shard") is { ValueKind: JsonValueKind.String } s && !CorpusShard.TryParse(s.GetString(), out shard))
        {
            throw new FormatException($"invalid shard '{s.GetString()}'");
        }

        return new TallyState
        {
            LexiconId = lexicon.GetProperty("id").GetString()!,
            LexiconVersion = lexicon.GetProperty("version").GetString()!,
            LexiconSource = lexicon.GetProperty("source").GetString()!,
            LexiconFingerprint = lexicon.GetProperty("fingerprint").GetString()!,
            Corpus = root.GetProperty("corpus").GetString()!,
            GroupField = root.GetProperty("by").GetString()!,
            Shard = shard,
            Tally = tally,
        };
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

    private static long[] ReadArray(JsonElement array)
    {
        var values = new long[array.GetArrayLength()];
        var i = 0;
        foreach (var v in array.EnumerateArray())
        {
            values[i++] = v.GetInt64();
        }

        return values;
    }

    private static string ToBase64(long[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 8), values[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    private static long[] FromBase64(string text)
    {
        var bytes = Convert.FromBase64String(text);
        if (bytes.Length % 8 != 0)
        {
            throw new FormatException("replicate sums are not a whole number of 64-bit values");
        }

        var values = new long[bytes.Length / 8];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(i * 8));
        }

        return values;
    }
}
