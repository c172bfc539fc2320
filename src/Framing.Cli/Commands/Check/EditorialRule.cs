using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// The editorial-voice rule, resolved against the lexicon: which matches it reports when they stand outside
/// quotation marks. A dimension alone selects both poles (not neutral vocabulary); a pattern selects the lexicon
/// entries written exactly so.
/// </summary>
internal sealed class EditorialRule
{
    private readonly string? _dimension;
    private readonly PoleSide? _side;
    private readonly string? _pattern;

    private EditorialRule(string? dimension, PoleSide? side, string? pattern, RuleLevel level)
    {
        _dimension = dimension;
        _side = side;
        _pattern = pattern;
        Level = level;
    }

    public RuleLevel Level { get; }

    private static readonly System.Buffers.SearchValues<char> DirectionMarks =
        System.Buffers.SearchValues.Create("\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static EditorialRule Resolve(EditorialRuleSpec spec, Lexicon lexicon)
    {
        Dimension? dimension = null;
        PoleSide? side = null;
        if (spec.Dimension is not null)
        {
            dimension = lexicon.FindDimension(spec.Dimension);
            if (dimension is null)
            {
                var composite = lexicon.Composites.Any(c => string.Equals(c.Id, spec.Dimension, StringComparison.Ordinal));
                throw spec.Origin.Error(composite
                    ? $"'{spec.Dimension}' is a composite index; an editorial rule needs one of its dimensions"
                    : $"unknown dimension '{spec.Dimension}' in lexicon '{lexicon.Id}' (known: {string.Join(", ", lexicon.Dimensions.Select(d => d.Id))})");
            }
        }

        if (spec.Pole is not null)
        {
            side = dimension!.PoleA.Id == spec.Pole ? PoleSide.A
                : dimension.PoleB.Id == spec.Pole ? PoleSide.B
                : spec.Pole == "neutral" && dimension.Neutral is not null ? PoleSide.Neutral
                : throw spec.Origin.Error($"unknown pole '{spec.Pole}' of dimension '{dimension.Id}' (poles: {dimension.PoleA.Id}, {dimension.PoleB.Id}{(dimension.Neutral is null ? string.Empty : ", neutral")})");
        }

        // A pattern copied from the table of 'framing lexicons show --entries' carries the invisible marks that isolate an
        // Arabic pattern there (U+2068 … U+2069); no pattern holds such a mark, so they are left out.
        var pattern = spec.Pattern is null ? null : WithoutDirectionMarks(spec.Pattern);
        if (pattern is not null && !lexicon.Entries.Any(e => string.Equals(e.Pattern, pattern, StringComparison.Ordinal)
            && (dimension is null || string.Equals(e.DimensionId, dimension.Id, StringComparison.Ordinal))
            && (side is null || e.Side == side)))
        {
            var elsewhere = dimension is null || side is null ? null : lexicon.Entries.FirstOrDefault(e => string.Equals(e.Pattern, pattern, StringComparison.Ordinal)
                && string.Equals(e.DimensionId, dimension.Id, StringComparison.Ordinal));
            var where = dimension is null ? string.Empty : elsewhere is null ? $" in dimension '{dimension.Id}'" : $" under pole '{spec.Pole}' of dimension '{dimension.Id}' (its entry is under {PoleName(dimension, elsewhere.Side)})";
            throw spec.Origin.Error($"no entry of lexicon '{lexicon.Id}' has the pattern '{pattern}'{where} (patterns as written in the lexicon: see 'framing lexicons show {lexicon.Id} --entries')");
        }

        return new EditorialRule(dimension?.Id, side, pattern, spec.Level);
    }

    private static string PoleName(Dimension dimension, PoleSide side) => side switch
    {
        PoleSide.A => $"pole '{dimension.PoleA.Id}'",
        PoleSide.B => $"pole '{dimension.PoleB.Id}'",
        _ => "the neutral words",
    };

    /// <summary>The text without the marks that set direction (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069).</summary>
    private static string WithoutDirectionMarks(string text) =>
        text.AsSpan().IndexOfAny(DirectionMarks) < 0 ? text : string.Concat(text.Where(c => !DirectionMarks.Contains(c)));

    public bool Matches(FramingMatch match) =>
        match.Voice == Voice.Editorial
        && (_dimension is null || string.Equals(match.Dimension.Id, _dimension, StringComparison.Ordinal))
        && (_side is { } side ? match.Entry.Side == side : _pattern is not null || match.Entry.Side != PoleSide.Neutral)
        && (_pattern is null || string.Equals(match.Entry.Pattern, _pattern, StringComparison.Ordinal));

    /// <summary>One finding per editorial match that any rule selects, at the highest level of those rules, in text order.</summary>
    public static IEnumerable<Finding> Evaluate(IReadOnlyList<EditorialRule> rules, Document document, string group, DocumentResult result, DocumentLocator locator)
    {
        if (rules.Count == 0)
        {
            yield break;
        }

        foreach (var match in result.Matches.OrderBy(m => m.Start).ThenBy(m => m.Dimension.Id, StringComparer.Ordinal))
        {
            RuleLevel? level = null;
            foreach (var rule in rules)
            {
                if ((level is null || rule.Level > level) && rule.Matches(match))
                {
                    level = rule.Level;
                }
            }

            if (level is null)
            {
                continue;
            }

            var pole = match.Pole?.Id ?? "neutral";
            yield return new Finding(
                CheckRules.EditorialTerm,
                level.Value,
                $"{match.Dimension.Id}/{pole} term in the editorial voice (lexicon entry {match.Entry.Pattern})",
                locator.Span(match.Start, match.Length, match.Surface))
            {
                Document = document.Id,
                Group = group,
                Dimension = match.Dimension.Id,
                Pole = pole,
                Entry = match.Entry.Pattern,
            };
        }
    }
}
