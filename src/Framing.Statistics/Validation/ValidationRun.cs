using Framing.Corpus;
using Framing.Scoring;

namespace Framing.Statistics.Validation;

/// <summary>
/// Gathers what a validation needs from each scored document, in corpus order on one thread: the document's pole-A
/// share on every axis, its outlet's pooled weights and tokens, and (with entries) each entry's matches and documents.
/// Memory: one number per document and axis for the documents of either side; per-entry figures per outlet.
/// </summary>
internal sealed class ValidationRun
{
    private readonly KnownLeanings _leanings;
    private readonly GroupLeaningCheck _groupLeanings;
    private readonly SideSelection _sides;
    private readonly ScoreAxis[] _axes;
    private readonly EntryRows? _entries;
    private readonly VoiceSelection _voices;
    private readonly Dictionary<(string Group, KnownSide Side), OutletSample> _samples = [];
    private readonly SortedDictionary<string, long> _byLeaning = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _groupsWithoutLeaning = new(StringComparer.Ordinal);
    private readonly long[] _lastSeen;
    private long _document;

    public ValidationRun(KnownLeanings leanings, SideSelection sides, ScoreAxis[] axes, EntryRows? entries, VoiceSelection voices)
    {
        _leanings = leanings;
        _groupLeanings = new GroupLeaningCheck(leanings);
        _sides = sides;
        _axes = axes;
        _entries = entries;
        _voices = voices;
        _lastSeen = new long[entries?.Count ?? 0];
    }

    public long WithoutLeaning { get; private set; }

    public long SideA { get; private set; }

    public long SideB { get; private set; }

    public IReadOnlyList<string> GroupsWithoutLeaning => [.. _groupsWithoutLeaning];

    public IReadOnlyList<string> KnownGroupsNotInCorpus => _groupLeanings.GroupsNotSeen();

    public IReadOnlyList<KeyValuePair<string, long>> ByLeaning => [.. _byLeaning];

    public void Add(Document document, string group, DocumentResult result)
    {
        var leaning = _leanings.LeaningOf(document, group);
        if (leaning is null)
        {
            WithoutLeaning++;
            _groupsWithoutLeaning.Add(group);
            return;
        }

        _groupLeanings.Note(document, group, leaning);
        _byLeaning[leaning] = _byLeaning.GetValueOrDefault(leaning) + 1;
        if (_sides.SideOf(leaning) is not { } side)
        {
            return;
        }

        if (side == KnownSide.A)
        {
            SideA++;
        }
        else
        {
            SideB++;
        }

        // The outlet of the known-leanings row that gave the leaning: a group "a " is outlet "a", one cluster of the bootstrap.
        var outlet = _leanings.OutletOf(group);
        if (!_samples.TryGetValue((outlet, side), out var sample))
        {
            _samples[(outlet, side)] = sample = new OutletSample(outlet, side, _axes.Length, _entries?.Count ?? 0);
        }

        sample.Leanings.Add(leaning);
        sample.Documents++;
        sample.Tokens += result.Tokens;
        sample.OutOfScope += result.Counts.OutOfScopeDocuments;
        for (var x = 0; x < _axes.Length; x++)
        {
            var (a, b) = _axes[x].Weights(result.Counts, _voices);
            sample.WeightA[x] += a;
            sample.WeightB[x] += b;
            if (a + b == 0)
            {
                sample.NoMatch[x]++;
                sample.Shares[x].Add(0.5);
            }
            else
            {
                sample.Shares[x].Add((double)a / (a + b));
            }
        }

        if (_entries is not null)
        {
            _document++;
            foreach (var match in result.Matches)
            {
                var row = _voices.Includes(match.Voice) ? _entries.RowOf(match) : -1;
                if (row < 0)
                {
                    continue;
                }

                sample.EntryMatches[row]++;
                if (_lastSeen[row] != _document)
                {
                    _lastSeen[row] = _document;
                    sample.EntryDocuments[row]++;
                }
            }
        }
    }

    /// <summary>The outlets: side A's sorted by name (ordinal), then side B's; each one's shares sorted.</summary>
    public OutletSample[] Outlets()
    {
        var outlets = _samples.Values
            .OrderBy(s => s.Side)
            .ThenBy(s => s.Group, StringComparer.Ordinal)
            .ToArray();
        foreach (var outlet in outlets)
        {
            foreach (var shares in outlet.Shares)
            {
                shares.Sort();
            }
        }

        return outlets;
    }
}
