namespace Framing.Cli.Commands;

/// <summary>The columns of <c>framing validate</c>, documented in its help and in README.md.</summary>
internal static class ValidateColumns
{
    public static readonly string[] Summary =
    [
        "dimension", "kind", "documents_a", "documents_b", "outlets_a", "outlets_b", "auc", "ci_low", "ci_high",
        "no_match_a", "no_match_b", "outlets_ordered", "margin", "lowest_outlet_a", "highest_outlet_b", "spearman", "voice", "ci_note",
        "out_of_scope_a", "out_of_scope_b",
    ];

    public static readonly string[] SummaryCompact =
    [
        "dimension", "documents_a", "documents_b", "outlets_a", "outlets_b", "auc", "ci_low", "ci_high", "no_match_a", "no_match_b",
        "outlets_ordered", "margin", "spearman",
    ];

    public static readonly string[] Entries =
    [
        "lang", "pattern", "dimension", "pole", "weight", "line", "documents_a", "documents_b", "outlets_a", "outlets_b",
        "count_a", "count_b", "rate_a", "rate_b", "log_odds_ratio", "ci_low", "ci_high", "verdict", "note",
    ];

    public static readonly string[] EntriesCompact =
    [
        "lang", "pattern", "dimension", "pole", "line", "documents_a", "documents_b", "outlets_a", "outlets_b", "log_odds_ratio",
        "ci_low", "ci_high", "verdict",
    ];

    public static readonly string[] Outlets =
    [
        "dimension", "outlet", "side", "leaning", "documents", "score", "no_match", "auc_outlet", "auc_without", "auc_all", "beats_other_side",
    ];

    public static readonly string[] OutletsCompact =
    [
        "dimension", "outlet", "side", "documents", "score", "auc_outlet", "auc_without", "auc_all", "beats_other_side",
    ];

    public const string Help = """
        Sides. --known FILE is a CSV table with a header: a column named as the --by field (default
        outlet; else a column 'group') and a column 'leaning'; other columns are ignored. When it has a
        'corpus' column and some row names the corpus's file name there, rows of other corpora are left
        out. --known-field FIELD reads the leaning from each document instead. --side-a and --side-b
        list the leanings (comma-separated) of pole A's camp and pole B's camp. Documents whose leaning
        is unknown or on neither side are counted (summary line, JSON metadata) but not compared.

        Definitions. A document's pole-A share on a dimension is weight_a / (weight_a + weight_b), with
        the weights of 'framing score' in the --voice selection (a composite pools its dimensions with
        their signs); a document without weight on it gets 0.5 and stays in the ranking. Document AUC =
        P(share of a random side-A document > share of a random side-B document) + 0.5 P(tie) (the
        Mann-Whitney U / (n_a n_b)): 1 separates the camps perfectly, 0.5 not at all. Its interval is
        an outlet-cluster bootstrap: each of --bootstrap replicates (default 2000) draws, within each
        side, as many outlets as the side has, with replacement, seeded by --seed; percentile
        interval at --confidence (default 0.95). No interval when a side has fewer than 2 outlets.
        Outlet score = the group score of 'framing score' ((weight_a - weight_b) / (weight_a +
        weight_b), pooled over the outlet's documents; an outlet without weight is placed at 0).

        Columns (one row per dimension, then per composite index; table and Markdown show a subset):
          dimension, kind      dimension or composite id; dimension or composite
          documents_a/_b       documents of side A and side B
          outlets_a/_b         outlets (--by groups) of side A and side B
          auc                  document AUC of the pole-A share, side A against side B
          ci_low, ci_high      its outlet-cluster bootstrap interval (ci_note says why there is none: no match on
                               either side, too few outlets, no bootstrap)
          no_match_a/_b        share of each side's documents with no weight on the dimension (at 0.5)
          outlets_ordered      whether every side-A outlet scores above every side-B outlet (TRUE or FALSE in CSV)
          margin               lowest side-A outlet score minus highest side-B outlet score
          lowest_outlet_a, highest_outlet_b   the outlets that make the margin
          spearman             Spearman correlation of outlet scores with the side (1 = A, 0 = B)
          voice                the --voice selection
          out_of_scope_a/_b    share of each side's documents out of the lexicon's scope (naming none of its
                               scope words: none of their matches counts; they are among no_match_a/_b)
        --entries: one row per lexicon entry (file order; then each actor's scare marker per language):
          lang, pattern, dimension, pole, weight, line   the entry and its line in the lexicon file
          documents_a/_b, outlets_a/_b   documents and outlets of each side that use it (counted
                               matches in the --voice selection: not negated, not off target)
          count_a/_b, rate_a/_b   its matches per side, and per 1,000 tokens of the side (rate empty when
                               the side's documents have no tokens)
          log_odds_ratio       ln((c_a+p_a)/(t_a-c_a+p_a)) - ln((c_b+p_b)/(t_b-c_b+p_b)), c matches and
                               t tokens of a side, p_a = t_a/(t_a+t_b) and p_b = t_b/(t_a+t_b) a prior of
                               one match shared by the sides' sizes (0.5 each for equal sides; an entry
                               neither side uses gets 0): > 0 used more by side A; empty when a side's
                               documents have no tokens
          ci_low, ci_high      its interval from the same outlet-cluster bootstrap
          verdict              agrees (interval entirely on the side of the entry's pole), contradicts
                               (entirely on the other side), unclear (interval includes 0, no interval,
                               or used by one outlet only, whatever its counts), unused (no document of
                               either side uses it), neutral (a neutral entry: counts, no verdict)
          note                 why, in a few words
        --cv outlets: leave-one-outlet-out, one row per dimension or composite and outlet. The lexicon
        is not fitted, so nothing is re-estimated: the rows show whether the pooled AUC rests on one
        outlet, and how each outlet's own documents fare against the other side.
          outlet, side, leaning, documents, score, no_match   the outlet and its group score
          auc_outlet           AUC of its documents against every document of the other side,
                               oriented so that 1 is right for either side
          auc_without          the document AUC with this outlet held out of its side
          auc_all              the document AUC with every outlet
          beats_other_side     share of the other side's outlets it is beyond, ties half
        CSV holds one table (the summary, --entries or --cv); JSON has the selected table as 'rows'
        and the summary as 'summary', with the sides, document counts and bootstrap settings.

        --fail-under X exits 1 when the document AUC of any composite index (of any dimension, when the
        lexicon has no composite) is below X; --fail-under ID=X checks one dimension or composite
        (repeatable). The point estimate is checked, not the interval.
        """;
}
