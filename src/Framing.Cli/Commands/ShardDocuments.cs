using Framing.Corpus;
using Framing.Scoring;

namespace Framing.Cli.Commands;

/// <summary>The documents <see cref="EmptyCorpus"/> checks for a run that may be one shard of a corpus.</summary>
internal static class ShardDocuments
{
    /// <summary>
    /// The whole corpus (no shard, or shard 1/1): the documents scored, so that a corpus whose every record was
    /// rejected fails. A shard of several: the corpus's records, so that a shard left empty by a corpus with fewer
    /// records than shards, or holding only rejected records, does not fail the job; <c>framing merge</c> then fails
    /// when no shard scored a document, as the whole run would.
    /// </summary>
    /// <param name="shard">The shard, or null.</param>
    /// <param name="tally">The run's counts.</param>
    /// <param name="records">Records of the corpus read (before the shard selects its own).</param>
    /// <returns>The count that must not be 0.</returns>
    public static long CheckedCount(CorpusShard? shard, CorpusTally tally, long records) =>
        shard is null || shard.Count == 1 ? tally.ScoredDocuments : records;
}
