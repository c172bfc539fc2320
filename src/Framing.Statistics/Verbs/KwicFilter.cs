using Framing.Lexicons;

namespace Framing.Verbs;

/// <summary>
/// Checks the dimension and pole a <see cref="KwicOptions"/> filters on against the lexicon: an id the lexicon does not
/// have would show no lines at all, silently, as if the corpus had no matches. The command-line tool says the same.
/// </summary>
internal static class KwicFilter
{
    /// <summary>What is wrong with the filter, or null when the lexicon has its dimension and pole.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="dimension">The dimension id filtered on, or null.</param>
    /// <param name="pole">The pole id filtered on (<c>neutral</c> for neutral entries), or null.</param>
    /// <returns>One line naming the unknown id and the known ones, or null.</returns>
    public static string? Problem(Lexicon lexicon, string? dimension, string? pole)
    {
        if (dimension is not null && lexicon.FindDimension(dimension) is null)
        {
            return $"unknown dimension '{dimension}' in lexicon '{lexicon.Id}' (known: {string.Join(", ", lexicon.Dimensions.Select(d => d.Id))})";
        }

        if (pole is null)
        {
            return null;
        }

        var dimensions = dimension is null ? lexicon.Dimensions : lexicon.Dimensions.Where(d => d.Id == dimension);
        var poles = dimensions.SelectMany(d => new[] { d.PoleA.Id, d.PoleB.Id, d.Neutral?.Id ?? "neutral" }).Append("neutral").Distinct(StringComparer.Ordinal).ToList();
        if (poles.Contains(pole, StringComparer.Ordinal))
        {
            return null;
        }

        var where = dimension is null ? $"lexicon '{lexicon.Id}'" : $"dimension '{dimension}'";
        return $"unknown pole '{pole}' in {where} (known: {string.Join(", ", poles)})";
    }
}
