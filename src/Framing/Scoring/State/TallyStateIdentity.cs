using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Framing.Scoring.State;

/// <summary>
/// Whether two states are the same state given twice: the same corpus and shard, scored the same way, with every
/// figure equal. Merging them would count each document twice. States of different corpora (the files of one
/// collection) or of different shards are never the same, whatever their figures.
/// </summary>
internal static class TallyStateIdentity
{
    /// <summary>Whether a state counts no document at all, scored or rejected (merging it twice adds nothing).</summary>
    /// <param name="state">The state.</param>
    /// <returns>True when it counts nothing.</returns>
    public static bool IsEmpty(TallyState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Tally.ScoredDocuments == 0 && state.Tally.RejectedDocuments == 0;
    }

    /// <summary>
    /// The SHA-256 digest of what makes a state the same as another: its corpus and shard, the lexicon's fingerprint
    /// (where the lexicon was loaded from does not matter), the grouping field, the bootstrap settings, and every
    /// figure (totals, kept rejections, the sample of the documents' identities, and each group's counts, weights and
    /// replicate sums). Two states have the same
    /// digest when they are the same state; the digest is cryptographic, so two different states with the same digest
    /// are not to be expected, and <c>framing merge</c> takes an equal digest for the same state without keeping the
    /// states to compare them (it holds one state at a time).
    /// </summary>
    /// <param name="state">The state.</param>
    /// <returns>The digest, as 64 hexadecimal digits.</returns>
    public static string Digest(TallyState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var tally = state.Tally;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Text(hash, state.Corpus);
        Text(hash, state.Shard?.ToString());
        Text(hash, state.LexiconFingerprint);
        Text(hash, state.GroupField);
        Number(hash, tally.Bootstrap is null ? -1 : tally.Bootstrap.Replicates);
        Number(hash, unchecked((long)(tally.Bootstrap?.Seed ?? 0)));
        Text(hash, tally.Bootstrap?.PooledVoices?.ToString());
        Number(hash, tally.DimensionCount);
        Number(hash, tally.ScoredDocuments);
        Number(hash, tally.RejectedDocuments);
        Number(hash, tally.Rejections.Count);
        foreach (var rejection in tally.Rejections)
        {
            Text(hash, rejection.Location.File);
            Number(hash, rejection.Location.Line);
            Number(hash, rejection.Location.Column);
            Text(hash, rejection.Message);
            Number(hash, (long)rejection.Severity);
            Number(hash, (long)rejection.Hint);
        }

        // The sample of the documents' identities (group, own id, text): two states of different documents whose
        // figures happen to be equal (two splits of a Hadoop job, each one short article without a match) are not the
        // same state.
        if (tally.Sample is { } sample)
        {
            Numbers(hash, MemoryMarshal.Cast<ulong, long>(sample.Identities));
        }
        else
        {
            Number(hash, -1);
        }

        Number(hash, tally.Groups.Count);
        foreach (var group in tally.Groups)
        {
            Text(hash, group.Group);
            Number(hash, group.Documents);
            Number(hash, group.Tokens);
            Number(hash, group.CoveredTokens);
            Numbers(hash, group.Counts.ExportCounts());
            Numbers(hash, group.Counts.ExportWeights());
            Numbers(hash, group.Counts.ExportNegated());
            Numbers(hash, group.Counts.ExportOffTarget());
            Numbers(hash, group.Counts.ExportOutOfScope());
            Number(hash, group.Counts.OutOfScopeDocuments);
            if (group.Replicates is null)
            {
                Number(hash, -1);
            }
            else
            {
                Numbers(hash, group.Replicates.Sums);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A string, or null, told apart from the next field by its length: its UTF-16 code units as they are
    /// (no encoding that could make two strings one).</summary>
    private static void Text(IncrementalHash hash, string? text)
    {
        Number(hash, text is null ? -1 : text.Length);
        if (text is not null)
        {
            hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }

    private static void Number(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    /// <summary>An array, told apart from the next field by its length (the digest is compared within one process, so
    /// the machine's byte order is the same for every state).</summary>
    private static void Numbers(IncrementalHash hash, ReadOnlySpan<long> values)
    {
        Number(hash, values.Length);
        hash.AppendData(MemoryMarshal.AsBytes(values));
    }
}
