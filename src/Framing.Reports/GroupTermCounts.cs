using Framing.Corpus;
using Framing.Matching;
using Framing.Statistics.MultipleTesting;
using Framing.Statistics.Terms;
using Framing.Text;

namespace Framing.Reports;

/// <summary>Counts each group's terms (normalized words, as <c>framing keyness</c> counts them, in each document's
/// language as the lexicon analyzes it) and finds the terms that distinguish a group from all the others. Function
/// words of Arabic and English documents (the built-in stopwords, as <c>framing coverage</c> leaves them out) and
/// one-letter terms are not tested; the built-in lists hold no words of the other languages a lexicon may declare
/// (English "on" is a French word), so nothing is left out of those documents.</summary>
internal sealed class GroupTermCounts
{
    private readonly Func<Document, string?>? _languageOf;
    private readonly ScriptDetector _detector;
    private readonly TermExtractor _extractor;
    private readonly HashSet<string> _stopwords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _document = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, long>> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);

    /// <summary>Creates the counts.</summary>
    /// <param name="lexicon">The compiled lexicon, whose languages (built-in and declared) analyze the documents.</param>
    /// <param name="languageOf">A document's language, or null to let its script decide as the lexicon's scorer does.</param>
    public GroupTermCounts(CompiledLexicon lexicon, Func<Document, string?>? languageOf)
    {
        _languageOf = languageOf;
        _detector = CompiledLexicon.DetectorFor(lexicon.Lexicon);
        _extractor = new TermExtractor(1, 1, lexicon.Languages, _detector);
        foreach (var code in LanguageRegistry.Default.Codes)
        {
            _stopwords.UnionWith(StopwordList.BuiltIn.ToTermSet(_extractor, LanguageRegistry.Default.Get(code)));
        }
    }

    /// <summary>Adds a document's terms to its group (but the stopwords of an Arabic or English document).</summary>
    public void Add(string group, Document document)
    {
        if (!_counts.TryGetValue(group, out var counts))
        {
            counts = new Dictionary<string, long>(StringComparer.Ordinal);
            _counts[group] = counts;
        }

        var language = _languageOf?.Invoke(document) ?? _detector.Detect(document.Text);
        _document.Clear();
        _totals[group] = _totals.GetValueOrDefault(group) + _extractor.Count(document.Text, language, _document);
        var filtered = language is "ar" or "en";
        foreach (var (term, count) in _document)
        {
            if (!filtered || !_stopwords.Contains(term))
            {
                counts[term] = counts.GetValueOrDefault(term) + count;
            }
        }
    }

    /// <summary>Per group, its most distinctive terms against the rest (log-odds z-score with the uninformative
    /// Dirichlet prior; Holm-adjusted p across the group's tested terms).</summary>
    public List<GroupTerms> Distinctive(IReadOnlyList<string> groups, int top, int minimumCount, Func<string, string> describe)
    {
        var all = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var counts in _counts.Values)
        {
            foreach (var (term, count) in counts)
            {
                all[term] = all.GetValueOrDefault(term) + count;
            }
        }

        var total = _totals.Values.Sum();
        var result = new List<GroupTerms>();
        foreach (var group in groups)
        {
            var targetTotal = _totals.GetValueOrDefault(group);
            var referenceTotal = total - targetTotal;
            if (!_counts.TryGetValue(group, out var counts) || targetTotal == 0 || referenceTotal == 0)
            {
                result.Add(new GroupTerms(group, []));
                continue;
            }

            var target = new Dictionary<string, long>(StringComparer.Ordinal);
            var reference = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (term, count) in all)
            {
                if (count >= minimumCount && term.Length > 1)
                {
                    target[term] = counts.GetValueOrDefault(term);
                    reference[term] = count - target[term];
                }
            }

            if (target.Count == 0)
            {
                result.Add(new GroupTerms(group, []));
                continue;
            }

            var table = KeynessTable.Compute(target, reference, targetTotal, referenceTotal, KeynessMeasure.LogOdds);
            var adjusted = PValues.Adjust(table.Rows.Select(r => r.PValue).ToArray(), PValueAdjustment.Holm);
            var terms = new List<DistinctiveTerm>();
            for (var i = 0; i < table.Rows.Count && terms.Count < top; i++)
            {
                var row = table.Rows[i];
                if (row.Statistic <= 0)
                {
                    break;
                }

                terms.Add(new DistinctiveTerm(row.Term, row.TargetCount, row.ReferenceCount, row.Statistic, double.IsNaN(adjusted[i]) ? null : adjusted[i], describe(row.Term)));
            }

            result.Add(new GroupTerms(group, terms));
        }

        return result;
    }
}
