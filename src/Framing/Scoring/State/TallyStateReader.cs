using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Framing.Corpus;
using static Framing.Scoring.State.StateJson;

namespace Framing.Scoring.State;

/// <summary>
/// Reads a <see cref="TallyState"/> from a parsed state file, checking every field before it is used: the kinds and
/// ranges of the figures (counts are non-negative whole numbers), the lengths of the arrays, each group listed once,
/// and totals that agree with the groups. A damaged or hand-edited state is refused with its field named, never merged.
/// </summary>
internal static class TallyStateReader
{
    /// <summary>Reads a state.</summary>
    /// <param name="root">The file's root value.</param>
    /// <param name="sourceName">The file's name, for the message when the file is no state at all.</param>
    /// <returns>The state.</returns>
    /// <exception cref="TallyStateException">The file is not a valid state; <see cref="TallyStateException.JsonPath"/>
    /// names the place of the problem, except when the file is no state at all.</exception>
    public static TallyState Read(JsonElement root, string sourceName)
    {
        CheckFormat(root, sourceName);
        var version = IntOf(root, string.Empty, "version");
        if (version is < TallyState.OldestFormatVersion or > TallyState.FormatVersion)
        {
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"state format version {version} is not supported (this framing reads versions {TallyState.OldestFormatVersion} to {TallyState.FormatVersion})")) { JsonPath = "version" };
        }

        if (version < TallyState.OldestBootstrapVersion && root.TryGetProperty("bootstrap", out var oldBootstrap) && oldBootstrap.ValueKind != JsonValueKind.Null)
        {
            var keyed = version < 4 ? "by document id alone" : "by group and document id";
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"state format version {version} keyed the bootstrap weights {keyed} (version {TallyState.OldestBootstrapVersion} keys them by group, id and text): its replicate sums do not merge with this framing's; score the shard again")) { JsonPath = "version" };
        }

        var voices = IntOf(root, string.Empty, "voices");
        if (voices != FramingCounts.VoiceCount)
        {
            throw new TallyStateException(string.Create(CultureInfo.InvariantCulture, $"written by a framing that tracks {voices} voices; this one tracks {FramingCounts.VoiceCount}")) { JsonPath = "voices" };
        }

        var lexicon = ObjectOf(root, string.Empty, "lexicon");
        var state = new TallyState
        {
            LexiconId = TextOf(lexicon, "lexicon", "id"),
            LexiconVersion = TextOf(lexicon, "lexicon", "version"),
            LexiconSource = TextOf(lexicon, "lexicon", "source"),
            LexiconFingerprint = TextOf(lexicon, "lexicon", "fingerprint"),
            Corpus = TextOf(root, string.Empty, "corpus"),
            GroupField = TextOf(root, string.Empty, "by"),
            TextField = OptionalText(root, "text_field"),
            IdField = OptionalText(root, "id_field"),
            LanguageField = OptionalText(root, "language_field"),
            Language = OptionalText(root, "language"),
            Shard = Shard(root),
            Tally = new CorpusTally(IntOf(root, string.Empty, "dimensions", 0, int.MaxValue), Bootstrap(root), lexiconFingerprint: TextOf(lexicon, "lexicon", "fingerprint")),
        };
        ReadTally(root, state.Tally, version);
        state.Tally.ReplaceSample(version < 3 ? null : Sample(root, state.Tally.ScoredDocuments));
        return state;
    }

    /// <summary>Checks that a file is a state at all: an object whose <c>format</c> is <see cref="TallyState.FormatName"/>.</summary>
    /// <param name="root">The file's root value.</param>
    /// <param name="sourceName">The file's name, for the message.</param>
    /// <exception cref="TallyStateException">The file is no state (<see cref="TallyStateException.NotAState"/>).</exception>
    public static void CheckFormat(JsonElement root, string sourceName)
    {
        bool isState;
        try
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out var format))
            {
                isState = format.ValueKind == JsonValueKind.String && IsFormatName(format);
            }
            else
            {
                isState = false;
            }
        }
        catch (InvalidOperationException)
        {
            isState = true; // a key escapes half a surrogate pair, so keys cannot be compared: reported as such
        }

        if (!isState)
        {
            throw new TallyStateException($"{sourceName}: not a framing state file") { NotAState = true };
        }
    }

    /// <summary>Whether a string is the format's name (compared as text: <c>ValueEquals</c> takes a string that
    /// escapes half a surrogate pair for a prefix of it).</summary>
    private static bool IsFormatName(JsonElement format)
    {
        try
        {
            return string.Equals(format.GetString(), TallyState.FormatName, StringComparison.Ordinal);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A string that states saved before it was recorded lack: null when it is missing or null.</summary>
    private static string? OptionalText(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null : TextOf(value, name);

    private static CorpusShard? Shard(JsonElement root)
    {
        var value = Property(root, string.Empty, "shard");
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return CorpusShard.TryParse(value.ValueKind == JsonValueKind.String ? TextOf(value, "shard") : null, out var shard)
            ? shard
            : throw Error("shard", $"\"shard\" must be I/N (a shard such as \"2/4\") or null, not {(value.ValueKind == JsonValueKind.String ? Quote(value.GetString()!) : Describe(value))}");
    }

    private static BootstrapSettings? Bootstrap(JsonElement root)
    {
        var value = Property(root, string.Empty, "bootstrap");
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var bootstrap = ObjectOf(root, string.Empty, "bootstrap");
        var replicates = IntOf(bootstrap, "bootstrap", "replicates", 1, BootstrapSettings.MaxReplicates);
        var seed = TextOf(bootstrap, "bootstrap", "seed");
        return ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new BootstrapSettings(replicates, number)
            : throw Error("bootstrap.seed", $"\"bootstrap.seed\" must be a non-negative whole number written as a string, not {Quote(seed)}");
    }

    private static void ReadTally(JsonElement root, CorpusTally tally, int version)
    {
        var rejections = ArrayOf(root, string.Empty, "rejections");
        var i = 0;
        foreach (var item in rejections.EnumerateArray())
        {
            var at = Item("rejections", i++);
            var r = ObjectOf(item, at);
            var line = IntOf(r, at, "line", 0, int.MaxValue);
            tally.Reject(new Diagnostic(new DocumentSource(TextOf(r, at, "file"), line), TextOf(r, at, "message")));
        }

        var scored = Count(root, string.Empty, "documents_scored");
        var rejected = Count(root, string.Empty, "documents_rejected");
        if (rejected < i)
        {
            throw Error("documents_rejected", string.Create(CultureInfo.InvariantCulture, $"\"documents_rejected\" is {rejected}, fewer than the {i} rejections listed"));
        }

        tally.AddTotals(scored, rejected - i);
        var inGroups = ReadGroups(root, tally, version);
        if (inGroups != scored)
        {
            throw Error("documents_scored", string.Create(CultureInfo.InvariantCulture, $"\"documents_scored\" is {scored}, but the groups hold {inGroups} documents"));
        }
    }

    /// <summary>Reads the groups into the tally (their out-of-scope figures from version 5 on; none before).</summary>
    /// <returns>The sum of their documents.</returns>
    private static long ReadGroups(JsonElement root, CorpusTally tally, int version)
    {
        var groups = ArrayOf(root, string.Empty, "groups");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var dimensions = tally.DimensionCount;
        var slots = (long)dimensions * FramingCounts.SlotsPerDimension;
        var why = string.Create(CultureInfo.InvariantCulture, $"{FramingCounts.SlotsPerDimension} for each of the {dimensions} dimensions");
        var documents = 0L;
        var i = 0;
        foreach (var item in groups.EnumerateArray())
        {
            var at = Item("groups", i);
            var g = ObjectOf(item, at);
            var name = TextOf(g, at, "group");
            if (Corpus.RecordMessages.KeyValueProblem(name) is { } problem)
            {
                // Every corpus reader refuses such a group (RecordMessages.KeyFieldError, by the same rule): no run can
                // have written it; merged, it would be a row with an empty or unreadable group.
                throw Error(Join(at, "group"), $"\"{Join(at, "group")}\" {problem}, which every corpus reader refuses as a group: no run can have written it");
            }

            if (!seen.TryAdd(name, i))
            {
                throw Error(Join(at, "group"), $"\"{Join(at, "group")}\" is {Quote(name)} again (as {Item("groups", seen[name])}); a state lists each group once");
            }

            var count = Count(g, at, "documents");
            var tokens = Count(g, at, "tokens");
            var covered = Count(g, at, "covered_tokens");
            if (covered > tokens)
            {
                throw Error(Join(at, "covered_tokens"), string.Create(CultureInfo.InvariantCulture, $"\"{Join(at, "covered_tokens")}\" is {covered}, more than the {tokens} tokens of the group"));
            }

            var counts = Counts(g, at, "counts", slots, why);
            var weights = Counts(g, at, "weights", slots, why);
            var negated = Counts(g, at, "negated", slots, why);
            var offTarget = Counts(g, at, "off_target", slots, why);
            var outOfScope = version >= 5 ? Counts(g, at, "out_of_scope", slots, why) : new long[slots];
            var outOfScopeDocuments = version >= 5 ? Count(g, at, "documents_out_of_scope") : 0;
            if (outOfScopeDocuments > count)
            {
                throw Error(Join(at, "documents_out_of_scope"), string.Create(CultureInfo.InvariantCulture, $"\"{Join(at, "documents_out_of_scope")}\" is {outOfScopeDocuments}, more than the {count} documents of the group"));
            }

            var replicates = tally.Bootstrap is { } bootstrap ? Replicates(g, at, dimensions, bootstrap.Replicates) : null;
            documents = documents <= long.MaxValue - count
                ? documents + count
                : throw Error(Join(at, "documents"), "the groups hold more documents than a 64-bit count can (the figures are not those of a real corpus)");

            // Only now, with every figure checked, is the group made (its sums take memory in proportion to them).
            var group = tally.GetOrAddGroup(name);
            group.AddTotals(count, tokens, covered);
            group.Counts.Import(counts, weights, negated, offTarget);
            group.Counts.ImportOutOfScope(outOfScope, outOfScopeDocuments);
            if (replicates is not null)
            {
                group.Replicates!.Import(replicates);
            }

            if (!group.SumsFit())
            {
                // Each figure fits, but the rows pool them (a pole's voices, a composite's dimensions): their sums
                // would be negative.
                throw Error(at, $"the figures of \"{at}\" add up past a 64-bit count (the figures are not those of a real corpus)");
            }

            i++;
        }

        return documents;
    }

    /// <summary>The sample of the documents scored (version 3), or null when the state holds none: base64 of at most
    /// <see cref="DocumentSample.Capacity"/> distinct identities, little-endian, in ascending order, no more than the
    /// documents scored and at least one when there are any.</summary>
    private static DocumentSample? Sample(JsonElement root, long scored)
    {
        const string at = "document_sample";
        var value = Property(root, string.Empty, at);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = TextOf(value, at);
        var bytes = new byte[(text.Length + 3) / 4 * 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written))
        {
            throw Error(at, $"\"{at}\" is not valid base64");
        }

        var most = Math.Min(DocumentSample.Capacity, scored);
        var least = Math.Min(1, scored);
        if (written % 8 != 0 || written / 8 > most || written / 8 < least)
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"\"{at}\" must hold from {least} to {most} 64-bit identities ({DocumentSample.Capacity} at most, and no more than the {scored} documents scored), not {written} bytes"));
        }

        var sample = new DocumentSample();
        var previous = 0UL;
        for (var i = 0; i < written / 8; i++)
        {
            var identity = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * 8));
            if (i > 0 && identity <= previous)
            {
                throw Error(at, string.Create(CultureInfo.InvariantCulture, $"\"{at}\" must list distinct identities in ascending order, but identity {i} (counting from 0) is not above the one before it"));
            }

            sample.Add(identity);
            previous = identity;
        }

        return sample;
    }

    private static long[] Replicates(JsonElement group, string path, int dimensions, int replicates)
    {
        var at = Join(path, "replicates");
        var text = TextOf(group, path, "replicates");
        var expected = (long)dimensions * 2 * FramingCounts.VoiceCount * replicates;
        var length = (expected * 8 + 2) / 3 * 4;
        if (text.Length != length)
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"\"{at}\" must be {length} characters of base64 ({expected} 64-bit sums: 2 poles x {FramingCounts.VoiceCount} voices x {replicates} replicates for each of the {dimensions} dimensions), not {text.Length}"));
        }

        var bytes = new byte[expected * 8];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != bytes.Length)
        {
            throw Error(at, $"\"{at}\" is not valid base64");
        }

        var values = new long[expected];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(i * 8));
            if (values[i] < 0)
            {
                throw Error(at, string.Create(CultureInfo.InvariantCulture, $"\"{at}\" holds a negative sum, {values[i]} (sum {i}, counting from 0); replicate sums are never negative"));
            }
        }

        return values;
    }
}
