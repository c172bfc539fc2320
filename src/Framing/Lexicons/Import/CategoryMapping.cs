using System.Text;

namespace Framing.Lexicons.Import;

/// <summary>
/// Says which dimension and pole (or neutral) each category of an imported dictionary goes to, with an optional
/// weight; categories without a rule are skipped by <see cref="LexiconImporter"/> and reported.
/// </summary>
/// <remarks>
/// <para>A rule is written <c>CATEGORY=DIMENSION/POLE</c> or <c>CATEGORY=DIMENSION/POLE@WEIGHT</c> (see <see cref="FromRules"/>).</para>
/// <para>A mapping file is YAML (or JSON):</para>
/// <code>
/// categories:
///   terrorism: { dimension: armed-opposition, pole: terrorism, weight: 0.5 }
///   rebels: armed-opposition/opposition          # the rule form also works
///   fighters: { dimension: armed-opposition, pole: neutral }
/// dimensions:                                    # optional: which pole is a and which is b
///   armed-opposition: { a: terrorism, b: opposition, description: How armed opponents are named. }
/// </code>
/// <para>
/// Without a <c>dimensions</c> entry, pole a of a dimension is the first pole id the rules name for it and pole b the
/// second; naming a third pole for one dimension is an error.
/// </para>
/// </remarks>
internal sealed partial class CategoryMapping
{
    private readonly Dictionary<string, CategoryRule> _byCategory;

    /// <summary>Creates a mapping from rules and optional dimension definitions, checking them.</summary>
    /// <param name="rules">The rules; each category at most once.</param>
    /// <param name="dimensions">Dimensions whose poles a and b are given explicitly (their <see cref="MappedDimension.HasNeutral"/> is recomputed from the rules).</param>
    /// <exception cref="ImportException">An id is invalid, a weight is out of range, a category is mapped twice, or a dimension gets more than two poles.</exception>
    public CategoryMapping(IEnumerable<CategoryRule> rules, IEnumerable<MappedDimension>? dimensions = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<Diagnostic>();
        var ruleList = rules.ToList();
        (_byCategory, var resolved) = Validate(ruleList, dimensions ?? [], errors);
        Rules = ruleList;
        Dimensions = resolved;
        ImportException.ThrowIfAny(errors);
    }

    /// <summary>The rules, in the order given.</summary>
    public IReadOnlyList<CategoryRule> Rules { get; }

    /// <summary>The dimensions the rules name, in order of first mention (explicitly defined dimensions first), with their poles.</summary>
    public IReadOnlyList<MappedDimension> Dimensions { get; }

    /// <summary>
    /// The rule for <paramref name="category"/>: the rule naming it, or else the rule for its nearest parent
    /// (<c>a.b</c> for <c>a.b.c</c>, then <c>a</c>).
    /// </summary>
    /// <param name="category">The category name.</param>
    /// <returns>The rule, or null when the category is unmapped.</returns>
    public CategoryRule? Resolve(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var name = Canonical(category);
        while (true)
        {
            if (_byCategory.TryGetValue(name, out var rule))
            {
                return rule;
            }

            var dot = name.LastIndexOf('.');
            if (dot <= 0)
            {
                return null;
            }

            name = name[..dot];
        }
    }

    /// <summary>
    /// A category name as rules and dictionaries are matched: in Unicode normalization form C, so that a name typed
    /// decomposed (<c>Cafe</c> and a combining acute accent) is the dictionary's composed <c>Café</c>, which looks the same.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The name in form C (the same instance when it is already).</returns>
    internal static string Canonical(string name) => name.Normalize(NormalizationForm.FormC);

    /// <summary>Checks the rules and resolves the dimensions, adding every problem to <paramref name="errors"/>.</summary>
    private static (Dictionary<string, CategoryRule> ByCategory, List<MappedDimension> Dimensions) Validate(List<CategoryRule> rules, IEnumerable<MappedDimension> explicitDimensions, List<Diagnostic> errors)
    {
        var byCategory = new Dictionary<string, CategoryRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            errors.AddRange(Check(rule));
            if (byCategory.TryGetValue(Canonical(rule.Category), out var first))
            {
                errors.Add(new Diagnostic(rule.Location, $"category '{rule.Category}' is mapped twice (first at {first.Location})"));
            }
            else
            {
                byCategory[Canonical(rule.Category)] = rule;
            }
        }

        return (byCategory, ResolveDimensions(rules, explicitDimensions, errors));
    }
}
