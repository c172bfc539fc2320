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
    private readonly Dictionary<int, string> _seen = [];
    private (CorpusShard Shard, string Name)? _first; // the first shard read
    private string? _whole; // the first whole-corpus state read

    /// <summary>Checks a state against those read before it.</summary>
    /// <param name="state">The state.</param>
    /// <param name="name">Its name, for messages.</param>
    /// <exception cref="InputException">A shard of another split, a shard given twice, or shards mixed with a whole-corpus state.</exception>
    public void Check(TallyState state, string name)
    {
        if (state.Shard is not { } shard)
        {
            if (_first is not null)
            {
                throw Mixed(name);
            }

            _whole ??= name;
            return;
        }

        if (_whole is not null)
        {
            throw Mixed(_whole);
        }

        _first ??= (shard, name);
        var first = _first.Value;
        if (shard.Count != first.Shard.Count)
        {
            throw new InputException($"{name}: shard {shard} does not belong to the same split as {first.Name} (shard {first.Shard})");
        }

        if (!_seen.TryAdd(shard.Index, name))
        {
            throw new InputException($"{name}: shard {shard} is also in {_seen[shard.Index]}; each shard must be merged once");
        }
    }

    /// <summary>Once every state is read: fails when shards of the split are missing.</summary>
    /// <param name="firstName">The name of the first state, which the message names.</param>
    /// <param name="allowPartial">Whether missing shards are allowed (<c>--allow-partial</c>).</param>
    /// <exception cref="InputException">Shards are missing and partial merges are not allowed.</exception>
    public void CheckComplete(string firstName, bool allowPartial)
    {
        if (_first is not { } first || allowPartial)
        {
            return;
        }

        var count = first.Shard.Count;
        var missing = Enumerable.Range(1, count).Where(i => !_seen.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException($"{firstName}: shards {string.Join(", ", missing.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i}/{count}")))} are missing (use --allow-partial to merge anyway)");
        }
    }

    private static InputException Mixed(string whole) => new($"{whole}: a whole-corpus state cannot be merged with shards of it");
}
