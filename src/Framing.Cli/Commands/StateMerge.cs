using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Corpus;
using Framing.Scoring;
using Framing.Scoring.State;
using Framing.Verbs;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing merge</c>'s fold: reads, checks and merges one state at a time, so that memory holds the merged tally
/// and the state being read (and the one merged before it, until the next replaces it), however many states there
/// are. Each state is checked against the first (lexicon, grouping field, dimensions, bootstrap), against the shards
/// and states before it, and, once all are read and before anything is written, the shards for completeness and the
/// whole-corpus states for documents they share (<see cref="MergeOverlaps"/>).
/// The merged state does not depend on the order of the states: figures are sums, and the rejections are kept in
/// <see cref="StateOrder"/> (shard by shard).
/// </summary>
internal sealed class StateMerge
{
    private readonly MergeShards _shards = new();
    private readonly MergeDuplicates _duplicates = new();
    private readonly MergeOverlaps _overlaps = new();
    private readonly MergeRejections _rejections = new();
    private readonly SortedSet<string> _corpora = new(StringComparer.Ordinal); // in ordinal order, not the order given
    private TallyState? _first; // the first state read, checked against each next one (with an empty tally: its figures are not kept)
    private string _firstName = string.Empty;
    private (TallyState State, string Name, StateOrder Order)? _leading; // the first in StateOrder (with an empty tally), which the merged state describes
    private int _count;
    private readonly ReadingOption[] _reading =
    [
        new("--text-field", static s => s.TextField),
        new("--id-field", static s => s.IdField),
        new("--language-field", static s => s.LanguageField),
        new("--language", static s => s.Language),
    ];
    private string _merging = string.Empty; // the name of the state being merged

    private StateMerge()
    {
    }

    /// <summary>Merges states as they are enumerated (once), checking each.</summary>
    /// <param name="states">The states, read lazily (<see cref="StateFiles.Read"/>).</param>
    /// <param name="allowPartial">Whether shards may be missing (<c>--allow-partial</c>).</param>
    /// <param name="allowOverlap">Whether whole-corpus states may share documents (<c>--allow-overlap</c>).</param>
    /// <returns>The merged state (the lexicon and settings of the state first in <see cref="StateOrder"/>, whatever
    /// the order of the states: shard 1's, not that of the first argument; the names of the corpora in ordinal order,
    /// joined with " + "; no shard), that state's
    /// name, how many states were merged, and warnings: which shards are missing when <paramref name="allowPartial"/> let
    /// them be, shards whose corpora have different names, and states that share documents when
    /// <paramref name="allowOverlap"/> let them; and notes: states without a sample of their documents.</returns>
    /// <exception cref="InputException">A state is unreadable or does not fit the others, shards are missing, states
    /// share documents, or their sums exceed a 64-bit count.</exception>
    public static (TallyState Merged, string LeadingName, int Count, IReadOnlyList<string> Warnings, IReadOnlyList<string> Notes) Fold(IEnumerable<StateInput> states, bool allowPartial, bool allowOverlap = false)
    {
        ArgumentNullException.ThrowIfNull(states);
        var merge = new StateMerge();
        CorpusTally tally;
        try
        {
            tally = FramingVerbs.Merge(merge.Checked(states));
        }
        catch (OverflowException)
        {
            // Each state's figures are checked when it is read; their sums only here.
            throw new InputException($"{merge._merging}: not a valid framing state file: added to the states before it, a figure exceeds a 64-bit count (the figures are not those of a real corpus)");
        }

        tally.ReplaceRejections(merge._rejections.Kept); // in the order of the shards, not of the arguments
        var leading = merge._leading!.Value;
        var warnings = new List<string>();
        if (merge._shards.CheckComplete(leading.Name, allowPartial) is { } missing)
        {
            warnings.Add($"{missing} (--allow-partial): the scores cover only the shards given");
        }

        if (merge._overlaps.Check(allowOverlap) is { } overlap)
        {
            warnings.Add(overlap);
        }

        if (merge._shards.Any && merge._corpora.Count > 1)
        {
            // Shards of one split name one corpus; the same corpus at another path on another node is possible, so this is
            // a warning, not an error.
            warnings.Add($"the shards come from corpora of different names ({string.Join(", ", merge._corpora.Take(5).Select(RecordMessages.NameOnOneLine))}{(merge._corpora.Count > 5 ? ", …" : string.Empty)}): they were merged as shards of one corpus; check that they are");
        }

        var merged = leading.State with
        {
            Corpus = string.Join(" + ", merge._corpora),
            Shard = null,
            TextField = merge._reading[0].Merged,
            IdField = merge._reading[1].Merged,
            LanguageField = merge._reading[2].Merged,
            Language = merge._reading[3].Merged,
            Tally = tally,
        };
        var notes = merge._overlaps.Note() is { } note ? new[] { note } : [];
        return (merged, leading.Name, merge._count, warnings, notes);
    }

    /// <summary>The tallies of the states, each checked as it is read; nothing of a state is kept but its name,
    /// corpus, shard number, digest and rejections (at most 1,000 in all), the description of the first, and the
    /// identities of its sample that are among the smallest of all.</summary>
    private IEnumerable<CorpusTally> Checked(IEnumerable<StateInput> states)
    {
        foreach (var input in states)
        {
            var state = input.State;
            if (_first is null)
            {
                _first = state with { Tally = EmptyLike(state.Tally) };
                _firstName = input.Name;
            }
            else
            {
                Check(state, _first, input.Name, _firstName);
            }

            foreach (var option in _reading)
            {
                option.Check(state, input.Name);
            }

            _shards.Check(state, input.Name);
            var digest = state.Shard is null ? TallyStateIdentity.Digest(state) : null;
            _duplicates.Check(input, digest);
            _overlaps.Add(state, input.Name);
            var order = StateOrder.Of(state, digest);
            _rejections.Add(order, state.Tally.Rejections);
            if (_leading is not { } leading || order.CompareTo(leading.Order) < 0)
            {
                _leading = (state with { Tally = EmptyLike(state.Tally) }, input.Name, order);
            }

            _corpora.Add(state.Corpus);
            _count++;
            _merging = input.Name;
            yield return state.Tally;
        }
    }

    private static CorpusTally EmptyLike(CorpusTally tally) => new(tally.DimensionCount, tally.Bootstrap, lexiconFingerprint: tally.LexiconFingerprint);

    private static void Check(TallyState state, TallyState first, string path, string firstPath)
    {
        if (!string.Equals(state.LexiconFingerprint, first.LexiconFingerprint, StringComparison.Ordinal))
        {
            throw new InputException($"{path}: scored with lexicon {state.LexiconId} {state.LexiconVersion}, but {firstPath} with {first.LexiconId} {first.LexiconVersion} (different fingerprints); states must come from the same lexicon");
        }

        if (!string.Equals(state.GroupField, first.GroupField, StringComparison.Ordinal))
        {
            throw new InputException($"{path}: grouped by '{state.GroupField}', but {firstPath} by '{first.GroupField}'");
        }

        if (state.Tally.DimensionCount != first.Tally.DimensionCount)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: not a valid framing state file: \"dimensions\" is {state.Tally.DimensionCount}, but {firstPath}, of the same lexicon, has {first.Tally.DimensionCount}"));
        }

        if (state.Tally.Bootstrap != first.Tally.Bootstrap)
        {
            throw new InputException($"{path}: bootstrap settings ({Describe(state.Tally.Bootstrap)}) differ from {firstPath} ({Describe(first.Tally.Bootstrap)}); score every shard with the same --bootstrap and --seed");
        }
    }

    /// <summary>
    /// An option of <c>score</c> that changes what is read from a corpus and how it is analyzed (<c>--text-field</c>,
    /// <c>--language</c>…), as states record it. Shards are parts of one corpus, so they must agree on it: each shard is
    /// checked against the first shard that records it (a state saved before it was recorded says nothing, and is not
    /// refused). Whole-corpus states of different corpora may differ (a collection's files need not share field names or
    /// a language); the merged state then records it as unknown (null), as it does when a state does not say.
    /// </summary>
    private sealed class ReadingOption(string name, Func<TallyState, string?> of)
    {
        private (string Value, string State)? _firstShard;
        private bool _any;

        /// <summary>The value every state recorded, or null when one did not say or they differ.</summary>
        public string? Merged { get; private set; }

        public void Check(TallyState state, string path)
        {
            var value = of(state);
            Merged = !_any || string.Equals(Merged, value, StringComparison.Ordinal) ? value : null;
            _any = true;
            if (value is null || state.Shard is null)
            {
                return;
            }

            if (_firstShard is not { } first)
            {
                _firstShard = (value, path);
            }
            else if (!string.Equals(first.Value, value, StringComparison.Ordinal))
            {
                throw new InputException($"{path}: scored with {name} {Shown(value)}, but {first.State} with {name} {Shown(first.Value)}; shards of one corpus must be scored with the same {name}");
            }
        }

        private static string Shown(string value) => "'" + RecordMessages.NameOnOneLine(value) + "'";
    }

    private static string Describe(BootstrapSettings? settings) =>
        settings is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{settings.Replicates} replicates, seed {settings.Seed}");
}
