using System.Collections.Frozen;
using Framing.Parquet;

namespace Framing.Cli.Output;

/// <summary>
/// The Parquet type of each column of a table. Columns the commands write are listed here by name, so that a file has
/// the same schema on every run, even when a column is empty throughout (intervals without a bootstrap, a note no row
/// needs, a reference position of Wordscores without <c>--include-references</c>, an empty table); any other column (of
/// a new command, or one named after a lexicon's language such as <c>entries_ar</c>) takes the type its cells have:
/// integers, numbers, booleans or else text.
/// </summary>
internal static class ParquetColumnTypes
{
    private static readonly FrozenDictionary<string, ParquetColumnType> Known = Build();

    /// <summary>The types of <paramref name="columns"/>, from the list of known columns or else from the cells of <paramref name="rows"/>.</summary>
    public static ParquetColumnType[] Resolve(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var types = new ParquetColumnType[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var inferred = Infer(rows, c);
            types[c] = Known.TryGetValue(columns[c], out var known) && Fits(rows, c, known) ? known : inferred ?? ParquetColumnType.String;
        }

        return types;
    }

    /// <summary>The type of a column known by name, for tables written as they are produced (before any cell is seen).</summary>
    public static ParquetColumnType? KnownType(string column) => Known.TryGetValue(column, out var type) ? type : null;

    /// <summary>The type the cells of column <paramref name="column"/> have, or null when every cell is empty.</summary>
    internal static ParquetColumnType? Infer(IReadOnlyList<object?[]> rows, int column)
    {
        ParquetColumnType? type = null;
        foreach (var row in rows)
        {
            var cell = row[column];
            ParquetColumnType? kind = cell switch
            {
                null => null,
                long or int => ParquetColumnType.Int64,
                double or float or decimal => ParquetColumnType.Double,
                bool => ParquetColumnType.Boolean,
                string s when s.Length == 0 => null,
                string s when ParquetCells.IsSpecialNumber(s) => ParquetColumnType.Double,
                _ => ParquetColumnType.String,
            };
            type = (type, kind) switch
            {
                (_, null) => type,
                (null, _) => kind,
                _ when type == kind => type,
                (ParquetColumnType.Int64 or ParquetColumnType.Double, ParquetColumnType.Int64 or ParquetColumnType.Double) => ParquetColumnType.Double,
                _ => ParquetColumnType.String,
            };
        }

        return type;
    }

    private static bool Fits(IReadOnlyList<object?[]> rows, int column, ParquetColumnType type)
    {
        foreach (var row in rows)
        {
            if (!ParquetCells.TryConvert(row[column], type, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, ParquetColumnType> Build()
    {
        var types = new Dictionary<string, ParquetColumnType>(StringComparer.Ordinal);
        void Add(ParquetColumnType type, params string[] names)
        {
            foreach (var name in names)
            {
                types.Add(name, type);
            }
        }

        Add(
            ParquetColumnType.Int64,
            // score (groups and documents), merge
            "documents", "tokens", "count_a", "count_b", "count_neutral", "editorial_count_a", "editorial_count_b", "quoted_count_a", "quoted_count_b",
            "attributed_count_a", "attributed_count_b", "negated_count_a", "negated_count_b", "off_target_count_a", "off_target_count_b",
            "out_of_scope_count_a", "out_of_scope_count_b", "documents_out_of_scope", "out_of_scope",
            // compare
            "documents_1", "documents_2", "count_a_1", "count_b_1", "count_a_2", "count_b_2",
            // keyness, coverage, kwic, lexicons list
            "n", "count_target", "count_reference", "covered_tokens", "rank", "count", "start", "length", "line", "dimensions", "composites", "entries",
            // validate, calibrate, learn, scale wordscores
            "documents_a", "documents_b", "outlets_a", "outlets_b", "outlets", "folds", "entries_kept", "entries_to_neutral", "entries_unused",
            "features", "words", "scored_words");
        Add(
            ParquetColumnType.Double,
            "weight_a", "weight_b", "score", "ci_low", "ci_high", "log_odds", "rate_a", "rate_b", "coverage",
            "score_1", "score_2", "difference", "diff_ci_low", "diff_ci_high", "p_permutation", "p_permutation_adj", "statistic", "df", "p_counts",
            "p_counts_adj", "cohens_h", "odds_ratio", "or_ci_low", "or_ci_high", "cramers_v",
            "rate_target", "rate_reference", "p", "p_adj", "log_ratio", "share", "weight",
            // validate (summary, --entries, --cv outlets)
            "auc", "no_match_a", "no_match_b", "out_of_scope_a", "out_of_scope_b", "margin", "spearman", "log_odds_ratio", "no_match", "auc_outlet", "auc_without", "auc_all", "beats_other_side",
            // calibrate
            "auc_original", "ci_low_original", "ci_high_original", "auc_calibrated", "ci_low_calibrated", "ci_high_calibrated", "calibrated_weight", "coefficient",
            // learn
            "captured", "top_outlet_share", "top_outlet_coverage", "inside_entries",
            // scale wordscores
            "position", "se", "score_lbg", "ci_low_lbg", "ci_high_lbg", "score_mv", "se_mv", "ci_low_mv", "ci_high_mv");
        Add(
            ParquetColumnType.String,
            "group", "dimension", "pole_a", "pole_b", "voice", "ci_note", "id", "language", "comparison", "group_1", "group_2", "count_test", "adjust",
            "note", "term", "lexicon", "measure", "kind", "pole", "left", "match", "right", "normalized", "pattern", "rule", "target", "status",
            "version", "title", "languages", "license", "side", "label", "description",
            "lang", "exclude", "verdict", "lowest_outlet_a", "highest_outlet_b", "outlet", "leaning", "calibrated_pole", "model", "axis", "mark", "top_outlet");
        Add(ParquetColumnType.Boolean, "outlets_ordered");
        return types.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
