namespace Framing.Cli.Commands;

/// <summary>The columns of <c>framing score</c>, documented in its help and in README.md.</summary>
internal static class ScoreColumns
{
    public static readonly string[] Group =
    [
        "group", "dimension", "documents", "tokens", "pole_a", "pole_b", "count_a", "count_b", "weight_a", "weight_b",
        "score", "ci_low", "ci_high", "log_odds", "count_neutral", "rate_a", "rate_b", "coverage",
        "editorial_count_a", "editorial_count_b", "quoted_count_a", "quoted_count_b", "voice", "ci_note",
        "attributed_count_a", "attributed_count_b", "negated_count_a", "negated_count_b", "off_target_count_a", "off_target_count_b",
        "out_of_scope_count_a", "out_of_scope_count_b", "documents_out_of_scope",
    ];

    /// <summary>The group columns that hold text; the others are numbers (empty where undefined), aligned as numbers
    /// in every run, whatever its rows hold.</summary>
    public static readonly IReadOnlySet<string> Text = new HashSet<string>(["group", "dimension", "pole_a", "pole_b", "voice", "ci_note"], StringComparer.Ordinal);

    /// <summary>The columns the table and Markdown formats show (CSV and JSON have them all).</summary>
    public static readonly string[] Compact =
    [
        "group", "dimension", "documents", "count_a", "count_b", "weight_a", "weight_b", "score", "ci_low", "ci_high", "log_odds", "ci_note",
    ];

    public static readonly string[] Document =
    [
        "id", "group", "language", "dimension", "tokens", "count_a", "count_b", "weight_a", "weight_b", "score",
        "count_neutral", "coverage", "editorial_count_a", "editorial_count_b", "quoted_count_a", "quoted_count_b",
        "attributed_count_a", "attributed_count_b", "negated_count_a", "negated_count_b", "off_target_count_a", "off_target_count_b",
        "out_of_scope_count_a", "out_of_scope_count_b", "out_of_scope",
    ];

    /// <summary>The per-document columns that hold text; the others are numbers (empty where undefined), aligned as
    /// numbers in every run, whatever its rows hold (none, or a document without tokens whose score is empty).</summary>
    public static readonly IReadOnlySet<string> DocumentText = new HashSet<string>(["id", "group", "language", "dimension"], StringComparer.Ordinal);

    /// <summary>The per-document columns the table and Markdown formats show (CSV and JSON have them all).</summary>
    public static readonly string[] DocumentCompact =
    [
        "id", "group", "language", "dimension", "tokens", "count_a", "count_b", "weight_a", "weight_b", "score",
    ];

    public const string Help = """
        Columns (one row per group and dimension, then per group and composite index; the table and
        Markdown formats show a subset, CSV and JSON show all):
          group              value of the --by field
          dimension          dimension id, or composite index id
          documents, tokens  documents in the group and their tokens (words and numbers)
          pole_a, pole_b     pole ids (a composite shows a and b)
          count_a, count_b   matches of pole A and pole B (in the --voice selection)
          weight_a, weight_b sums of the matches' weights
          score              (weight_a - weight_b) / (weight_a + weight_b), in [-1, 1]; empty without matches
          ci_low, ci_high    bootstrap confidence interval of score (--confidence, default 95%): percentile
                             interval of --bootstrap replicates (default 2000) of a document bootstrap with
                             Poisson(1) resampling weights drawn from each document's group, id and text
                             and --seed (documents that share an id draw their own); empty when the group has fewer
                             than --min-documents documents or too few with matches, or when --bootstrap is
                             0 or 1 (fewer than two replicates; ci_note says which)
          log_odds           ln((weight_a + 0.5) / (weight_b + 0.5)); empty without matches
          count_neutral      matches of neutral vocabulary
          rate_a, rate_b     matches per 1,000 tokens; empty when the group has no tokens
          coverage           share of the group's tokens inside any match; empty when the group has no
                             tokens (as for a document without tokens with --per-document)
          editorial_count_a/b, quoted_count_a/b   the counts split by voice: the outlet's own voice, and
                             inside quotation marks
          voice              which voices the counts, weights and scores above include
          ci_note            why there is no interval, when there is none
          attributed_count_a/b   the counts in reported speech outside quotation marks (after a speech
                             verb or attribution phrase of the lexicon: said, according to, قال، بحسب);
                             editorial + quoted + attributed = count_a/b with --voice all
          negated_count_a/b  pole labels right after a negation word of the lexicon ("not terrorists",
                             «ليسوا إرهابيين»): not in count_a/b, weight or score (in the --voice selection)
          off_target_count_a/b   pole labels aimed at an actor the lexicon's target rule excludes ("ISIS
                             terrorists" on armed-opposition), or at none where the rule ignores those:
                             not in count_a/b, weight or score (in the --voice selection)
          out_of_scope_count_a/b   pole labels in documents out of the lexicon's scope: documents that
                             name none of its scope words (syria-conflict: Syria, Damascus, Aleppo, Assad,
                             ...); none of their matches counts, negated or off target included (in the
                             --voice selection); 0 for a lexicon without a scope
          documents_out_of_scope   how many of the group's documents are out of scope (counted in documents
                             and tokens; their text holds no counted match)
        With --per-document: one row per document and dimension, then one per document and composite index
        (id, group, language, dimension, tokens, count_a, count_b, weight_a, weight_b, score, count_neutral,
        coverage, the voice split, the negated, off-target and out-of-scope counts, and out_of_scope: 1 when
        the document is out of the lexicon's scope, 0 otherwise; a composite pools its dimensions with their
        signs, as in the group rows; the table and Markdown formats show id to score).
        """;
}
