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

        if (spec.Pattern is not null && !lexicon.Entries.Any(e => string.Equals(e.Pattern, spec.Pattern, StringComparison.Ordinal)
            && (dimension is null || string.Equals(e.DimensionId, dimension.Id, StringComparison.Ordinal))
            && (side is null || e.Side == side)))
        {
            throw spec.Origin.Error($"no entry of lexicon '{lexicon.Id}' has the pattern '{spec.Pattern}'{(dimension is null ? string.Empty : $" in dimension '{dimension.Id}'")} (patterns as written in the lexicon: see 'framing lexicons show {lexicon.Id} --entries')");
        }

        return new EditorialRule(dimension?.Id, side, spec.Pattern, spec.Level);
    }

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
