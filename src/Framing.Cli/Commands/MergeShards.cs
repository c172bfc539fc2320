using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Corpus;
using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing merge</c>'s check of shards, one state at a time: shards of one split only, each once, never mixed with a
/// whole-corpus state; and, once every state is read, no shard missing (unless partial merges are allowed). What is
/// kept is the shard numbers seen and the names of their states.
/// </summary>
internal sealed class MergeShards
{
    /// <summary>The most runs of missing shards named in the message (the shards of the others are counted).</summary>
    internal const int MaxNamedRuns = 20;

    private readonly Dictionary<int, (string Name, string Corpus)> _seen = [];
    private (CorpusShard Shard, string Name)? _first; // the first shard read
    private string? _whole; // the first whole-corpus state read

    /// <summary>Whether a shard was read.</summary>
    public bool Any => _first is not null;

    /// <summary>Checks a state against those read before it.</summary>
    /// <param name="state">The state.</param>
    /// <param name="name">Its name, for messages.</param>
    /// <exception cref="InputException">A shard of another split, a shard given twice, or shards mixed with a whole-corpus state.</exception>
    public void Check(TallyState state, string name)
    {
        if (state.Shard is not { } shard)
        {
            if (_first is { } shardRead)
            {
                throw new InputException($"{name}: a state that is not a shard (a whole corpus, or shards merged into one state) cannot be merged with shards ({shardRead.Name} is shard {shardRead.Shard}): it may hold their documents; merge every shard of a split in one run");
            }

            _whole ??= name;
            return;
        }

        if (_whole is not null)
        {
            throw new InputException($"{name}: shard {shard} cannot be merged with a state that is not a shard ({_whole}: a whole corpus, or shards merged into one state): it may hold the shard's documents; merge every shard of a split in one run");
        }

        _first ??= (shard, name);
        var first = _first.Value;
        if (shard.Count != first.Shard.Count)
        {
            throw new InputException($"{name}: shard {shard} does not belong to the same split as {first.Name} (shard {first.Shard})");
        }

        if (!_seen.TryAdd(shard.Index, (name, state.Corpus)))
        {
            var (other, corpus) = _seen[shard.Index];
            throw new InputException(
                other == name ? $"{name}: given twice (shard {shard}); each shard must be merged once"
                : corpus != state.Corpus ? $"{name}: shard {shard} of {StateJson.Quote(state.Corpus)}, and {other} is shard {shard} of {StateJson.Quote(corpus)}: the shards of one split are merged in one run, each once; to merge two sharded corpora, merge each corpus's shards first (framing merge <its shards> --save-state FILE), then merge the merged states"
                : $"{name}: shard {shard} is also in {other}; each shard must be merged once");
        }
    }

    /// <summary>Once every state is read: fails when shards of the split are missing, unless partial merges are allowed.</summary>
    /// <param name="firstName">The name of the first state, which the message names.</param>
    /// <param name="allowPartial">Whether missing shards are allowed (<c>--allow-partial</c>).</param>
    /// <returns>Which shards are missing (<c>shard 2/3 is missing</c>, <c>shards 2-3, 7 of 8 are missing</c>: the first runs
    /// named), when partial merges are allowed and some are; otherwise null.</returns>
    /// <exception cref="InputException">Shards are missing and partial merges are not allowed.</exception>
    public string? CheckComplete(string firstName, bool allowPartial)
    {
        if (_first is not { } first)
        {
            return null;
        }

        // The count comes from the states (a shard 1/2000000000 is valid): the missing shards are the gaps between the
        // shards read, named as runs (2-5, 9), the first few of them, the rest counted.
        var count = first.Shard.Count;
        var missing = count - _seen.Count;
        if (missing == 0)
        {
            return null;
        }

        var runs = new List<(long From, long To)>();
        long next = 1;
        foreach (var index in _seen.Keys.Order().Select(i => (long)i).Append((long)count + 1))
        {
            if (index > next)
            {
                runs.Add((next, index - 1));
            }

            next = index + 1;
        }

        string absent;
        if (missing == 1)
        {
            absent = string.Create(CultureInfo.InvariantCulture, $"shard {runs[0].From}/{count} is missing");
        }
        else
        {
            var named = runs.Take(MaxNamedRuns).Select(r => r.From == r.To ? r.From.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{r.From}-{r.To}"));
            var rest = runs.Skip(MaxNamedRuns).Sum(r => r.To - r.From + 1);
            var more = rest > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {rest} more") : string.Empty;
            absent = string.Create(CultureInfo.InvariantCulture, $"shards {string.Join(", ", named)}{more} of {count} are missing");
        }

        return allowPartial ? absent : throw new InputException($"{firstName}: {absent} (use --allow-partial to merge anyway)");
    }
}
