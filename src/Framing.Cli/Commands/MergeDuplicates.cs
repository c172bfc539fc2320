using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing merge</c> merges each state once: the same file given twice, or two states of the same corpus (and
/// shard) with every figure equal (the same state saved twice, or one corpus scored twice), would count each of its
/// documents twice. States of different corpora merge whatever their figures, and states that count no document add
/// nothing however often they are given (empty partitions of a Spark job).
/// </summary>
internal static class MergeDuplicates
{
    /// <summary>Fails on the first state given twice.</summary>
    /// <param name="paths">The paths on the command line (<c>-</c> for standard input).</param>
    /// <param name="states">The states read, with their names for messages.</param>
    /// <exception cref="InputException">A state is given twice.</exception>
    public static void Check(IReadOnlyList<string> paths, IReadOnlyList<(TallyState State, string Name)> states)
    {
        var files = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path != "-" && !files.TryAdd(Path.GetFullPath(path), path))
            {
                var earlier = files[Path.GetFullPath(path)];
                throw new InputException(path == earlier
                    ? $"{path}: given twice; each state must be merged once"
                    : $"{path}: the same file as {earlier}; each state must be merged once");
            }
        }

        // Only states with the same corpus, shard and totals can be the same: compare those figure by figure.
        var candidates = new Dictionary<(string Corpus, string? Shard, long Scored, long Rejected), List<int>>();
        for (var i = 0; i < states.Count; i++)
        {
            var state = states[i].State;
            if (TallyStateIdentity.IsEmpty(state))
            {
                continue;
            }

            var key = (state.Corpus, state.Shard?.ToString(), state.Tally.ScoredDocuments, state.Tally.RejectedDocuments);
            if (!candidates.TryGetValue(key, out var earlier))
            {
                candidates[key] = earlier = [];
            }

            foreach (var j in earlier)
            {
                if (TallyStateIdentity.AreSame(states[j].State, state))
                {
                    throw new InputException(string.Create(CultureInfo.InvariantCulture,
                        $"{states[i].Name}: the same state as {states[j].Name} (corpus {StateJson.Quote(state.Corpus)}, {state.Tally.ScoredDocuments} documents, every figure equal); each state must be merged once (states of different corpora merge)"));
                }
            }

            earlier.Add(i);
        }
    }
}
