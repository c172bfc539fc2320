using System.Collections;
using System.Text;
using System.Text.Json.Nodes;
using Framing.Cli.Commands;
using Framing.Scoring.State;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>framing merge</c> reads, checks and merges one state at a time: its memory is the merged tally and the state
/// being read, not every state (a Spark or Slurm job has hundreds or thousands of partitions, each state megabytes).
/// </summary>
public sealed class MergeStreamingTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl");

    private const int Shards = 12;

    /// <summary>The states of the sample corpus's shards 1/12 … 12/12, one JSON line each (with bootstrap replicates).</summary>
    private static List<string> ShardLines() =>
        [.. Enumerable.Range(1, Shards).Select(i => CliRunner.Run("score", Sample, "--shard", $"{i}/{Shards}", "--save-state", "-", "-q").Out)];

    [Fact]
    public void TheFoldHoldsOneStateAtATime()
    {
        var source = new ProbeSource(ShardLines());
        var (merged, firstName, count, _, _) = StateMerge.Fold(source, allowPartial: false);
        Assert.Equal(1, source.Enumerations);
        Assert.Equal(Shards, count);
        Assert.Equal("probe:1", firstName);
        Assert.Equal(24, merged.Tally.ScoredDocuments);
        Assert.Null(merged.Shard);

        // When each state is read, the states before it are garbage except the one merged last (still the current
        // item of the enumerators until the next replaces it): a merge that loads every state first holds them all.
        Assert.True(source.MostAliveBefore <= 2, $"{source.MostAliveBefore} earlier states were still in memory when a state was read");
    }

    [Fact]
    public void MergeChecksEachStateAsItIsRead()
    {
        // A state that does not fit is refused when it is read: the merge stops there, and never reads (nor holds)
        // the states after it. A merge that loads every state first reports the unreadable third line instead.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", File.ReadAllText(Sample));
        var first = CliRunner.Run("score", corpus, "--shard", "1/2", "--save-state", "-", "-q").Out;
        var otherSeed = CliRunner.Run("score", corpus, "--shard", "2/2", "--seed", "7", "--save-state", "-", "-q").Out;
        var result = CliRunner.RunWithInput(first + otherSeed + "not a state\n", "merge", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: -:2: bootstrap settings (2000 replicates, seed 7) differ from -:1", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void StatesThatDifferInOneFigureAreNotTheSameState()
    {
        // The duplicate check keeps a digest of each state, not the state: the digest covers every figure.
        var line = CliRunner.Run("score", Sample, "--save-state", "-", "-q").Out;
        var root = JsonNode.Parse(line)!.AsObject();
        var counts = root["groups"]![1]!["counts"]!.AsArray();
        counts[0] = counts[0]!.GetValue<long>() + 1;
        // They hold the same documents, which the overlap check refuses, but the duplicate check does not call them
        // the same state: with --allow-overlap they merge, and the copy of the first is still refused.
        var merged = CliRunner.RunWithInput(line + root.ToJsonString() + "\n", "merge", "-", "-q", "--allow-overlap");
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.StartsWith("framing: warning: -:1 and -:2 share 24 documents", Assert.Single(merged.ErrorLines), StringComparison.Ordinal);
        var again = CliRunner.RunWithInput(line + root.ToJsonString() + "\n" + line, "merge", "-", "--allow-overlap");
        Assert.Equal(2, again.ExitCode);
        Assert.StartsWith("framing: error: -:3: the same state as -:1 (corpus", Assert.Single(again.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>States parsed only when the enumeration reaches them; before each, counts how many of the states
    /// already handed out are still reachable (after a full garbage collection).</summary>
    private sealed class ProbeSource(List<string> lines) : IEnumerable<StateInput>
    {
        private readonly List<WeakReference> _handedOut = [];

        public int Enumerations { get; private set; }

        public int MostAliveBefore { get; private set; }

        public IEnumerator<StateInput> GetEnumerator()
        {
            Enumerations++;
            return States();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private IEnumerator<StateInput> States()
        {
            for (var i = 0; i < lines.Count; i++)
            {
                CountAlive();
                yield return Parse(i);
            }
        }

        private StateInput Parse(int i)
        {
            var name = "probe:" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var state = TallyStateFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(lines[i])), name);
            _handedOut.Add(new WeakReference(state.Tally));
            return new StateInput(state, name, null);
        }

        private void CountAlive()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            MostAliveBefore = Math.Max(MostAliveBefore, _handedOut.Count(w => w.IsAlive));
        }
    }
}
