using System.Globalization;

namespace Framing.Lexicons.Import;

// Checking a mapping: targets, weights, categories mapped twice, and the poles of each dimension (every problem collected, none thrown half-way).
internal sealed partial class CategoryMapping
{
    /// <summary>Parses <c>DIMENSION/POLE</c> or <c>DIMENSION/POLE@WEIGHT</c>.</summary>
    internal static bool TryParseTarget(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CategoryTarget? target, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        target = null;
        decimal? weight = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var weightText = text[(at + 1)..].Trim();
            if (!YamlNodeReader.TryParseDecimal(weightText, out var w))
            {
                error = YamlNodeReader.UnreadWeight(weightText);
                return false;
            }

            weight = w;
            text = text[..at];
        }

        var parts = text.Split('/');
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
        {
            error = "expected DIMENSION/POLE after '=' (for example armed-opposition/terrorism)";
            return false;
        }

        var candidate = new CategoryTarget(parts[0].Trim(), parts[1].Trim(), weight);
        error = CheckTarget(candidate);
        if (error is not null)
        {
            return false;
        }

        target = candidate;
        return true;
    }

    private static string? CheckTarget(CategoryTarget target)
    {
        if (!LexiconYamlReader.IsIdentifier(target.DimensionId))
        {
            return $"dimension id '{target.DimensionId}' must use lower-case letters, digits and '-'";
        }

        if (!LexiconYamlReader.IsIdentifier(target.PoleId))
        {
            return $"pole id '{target.PoleId}' must use lower-case letters, digits and '-' (or be 'neutral')";
        }

        if (target.Weight is { } weight)
        {
            if (weight <= 0 || weight > 1)
            {
                return string.Create(CultureInfo.InvariantCulture, $"weight {weight} is out of range: it must be in (0, 1]");
            }

            if (weight * 1000 != decimal.Truncate(weight * 1000))
            {
                return string.Create(CultureInfo.InvariantCulture, $"weight {weight} has more than three decimals");
            }
        }

        return null;
    }

    private static IEnumerable<Diagnostic> Check(CategoryRule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Category))
        {
            yield return new Diagnostic(rule.Location, "empty category name");
        }

        if (CheckTarget(rule.Target) is { } error)
        {
            yield return new Diagnostic(rule.Location, $"category '{rule.Category}': {error}");
        }
    }

    private static List<MappedDimension> ResolveDimensions(List<CategoryRule> rules, IEnumerable<MappedDimension> explicitDimensions, List<Diagnostic> errors)
    {
        var order = new List<string>();
        var byId = new Dictionary<string, MappedDimension>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dimension in explicitDimensions)
        {
            var problem = !LexiconYamlReader.IsIdentifier(dimension.Id) ? $"dimension id '{dimension.Id}' must use lower-case letters, digits and '-'"
                : byId.ContainsKey(dimension.Id) ? $"dimension '{dimension.Id}' is defined twice"
                : BadPole(dimension.PoleA, "a") ?? BadPole(dimension.PoleB, "b")
                ?? (dimension.PoleA is not null && string.Equals(dimension.PoleA, dimension.PoleB, StringComparison.Ordinal) ? $"poles a and b of dimension '{dimension.Id}' are both '{dimension.PoleA}'" : null);
            if (problem is not null)
            {
                errors.Add(new Diagnostic(dimension.Location, problem));
                continue;
            }

            order.Add(dimension.Id);
            byId[dimension.Id] = dimension with { HasNeutral = false };
        }

        foreach (var rule in rules)
        {
            var target = rule.Target;
            if (!byId.TryGetValue(target.DimensionId, out var dimension))
            {
                dimension = new MappedDimension(target.DimensionId, null, null, false, null, rule.Location);
                order.Add(target.DimensionId);
            }

            if (target.IsNeutral)
            {
                dimension = dimension with { HasNeutral = true };
            }
            else if (string.Equals(dimension.PoleA, target.PoleId, StringComparison.Ordinal) || string.Equals(dimension.PoleB, target.PoleId, StringComparison.Ordinal))
            {
                // Already a pole of the dimension.
            }
            else if (dimension.PoleA is null)
            {
                dimension = dimension with { PoleA = target.PoleId };
            }
            else if (dimension.PoleB is null)
            {
                dimension = dimension with { PoleB = target.PoleId };
            }
            else
            {
                errors.Add(new Diagnostic(rule.Location, $"category '{rule.Category}' maps to a third pole '{target.PoleId}' of dimension '{target.DimensionId}', which already has poles '{dimension.PoleA}' (a) and '{dimension.PoleB}' (b)"));
            }

            byId[target.DimensionId] = dimension;
            named.Add(target.DimensionId);
        }

        // A dimension given its poles but named by no category is a mistyped id (the dimension the categories name would
        // take its poles in the order they come, perhaps the other way round) or a dimension without entries.
        foreach (var dimension in explicitDimensions)
        {
            if (byId.ContainsKey(dimension.Id) && !named.Contains(dimension.Id))
            {
                var names = string.Join(", ", rules.Select(r => r.Target.DimensionId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(10));
                errors.Add(new Diagnostic(dimension.Location, $"dimension '{dimension.Id}' is given poles but no category maps to it" + (names.Length > 0 ? $" (the categories map to: {names})" : string.Empty)));
            }
        }

        return [.. order.Select(id => byId[id])];
    }

    private static string? BadPole(string? pole, string side) =>
        pole is null ? null
        : string.Equals(pole, CategoryTarget.NeutralPoleId, StringComparison.Ordinal) ? $"pole {side} cannot be 'neutral' (neutral is not a pole)"
        : !LexiconYamlReader.IsIdentifier(pole) ? $"pole id '{pole}' must use lower-case letters, digits and '-'"
        : null;
}
