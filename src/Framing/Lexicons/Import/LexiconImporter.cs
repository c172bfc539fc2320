using System.Globalization;
using System.Text;
using Framing.Text;

namespace Framing.Lexicons.Import;

/// <summary>
/// Builds a Framing lexicon (YAML text) from an imported dictionary, a <see cref="CategoryMapping"/> and metadata.
/// </summary>
/// <remarks>
/// <para>
/// Each mapped category's patterns become entries of its dimension and pole, with the rule's weight and the note
/// <c>imported from &lt;file&gt; category &lt;name&gt;</c>. Categories without a rule are skipped and listed in
/// <see cref="LexiconImportResult.SkippedCategories"/>. Patterns that normalize to the same words within one dimension
/// are merged: the first wins and the others are reported. Patterns Framing cannot use are skipped and reported, and
/// imported entries that <c>lexicons validate</c> would warn of (an entry that never counts, a pattern in the other
/// script than its language is read in) are reported at their place in the dictionary.
/// </para>
/// <para>
/// Every dimension of the mapping gets poles a and b (a placeholder pole, reported, when the mapping names only one)
/// and a neutral category when some category maps to <c>neutral</c>. The generated text is parsed back with
/// <see cref="Lexicon.Parse"/> before it is returned, so it always loads.
/// </para>
/// </remarks>
internal sealed class LexiconImporter
{
    private readonly LanguageRegistry _languages;

    /// <summary>Creates an importer that checks patterns with the given languages.</summary>
    /// <param name="languages">The languages (default: the built-in ones).</param>
    public LexiconImporter(LanguageRegistry? languages = null)
    {
        _languages = languages ?? LanguageRegistry.Default;
    }

    /// <summary>Builds the lexicon.</summary>
    /// <param name="dictionary">The imported dictionary.</param>
    /// <param name="mapping">Which category goes to which dimension and pole.</param>
    /// <param name="metadata">The lexicon's id, language and other metadata.</param>
    /// <returns>The YAML text, the parsed lexicon and a report of what was skipped.</returns>
    /// <exception cref="ArgumentException">The metadata is invalid (see <see cref="ImportMetadata.Validate"/>).</exception>
    /// <exception cref="ImportException">A mapping rule names a category the dictionary does not have, or no pattern could be
    /// imported (nothing mapped, or every mapped pattern skipped).</exception>
    public LexiconImportResult Import(ImportedDictionary dictionary, CategoryMapping mapping, ImportMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(metadata);
        var problems = metadata.Validate(_languages);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0], nameof(metadata));
        }

        var languages = BuiltInAnalyses.Extend(_languages, metadata.Analysis); // the patterns' languages, declared ones included
        var fileName = Path.GetFileName(dictionary.SourceName);
        if (fileName.Length == 0)
        {
            fileName = dictionary.SourceName;
        }

        var warnings = new List<Diagnostic>(dictionary.Warnings);
        var mapped = new List<string>();
        var skipped = new List<string>();
        var usedRules = new HashSet<CategoryRule>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<Entry>();
        var poleCategories = new Dictionary<(string Dimension, string Pole), List<string>>();
        var duplicates = 0;
        var invalid = dictionary.SkippedPatternCount; // what the reader left out counts as left out
        var everyLanguage = 0; // patterns without letters, imported for each language
        var winners = FirstOccurrences(dictionary, mapping, metadata, languages);
        foreach (var category in dictionary.Categories)
        {
            if (mapping.Resolve(category.Name) is not { } rule)
            {
                skipped.Add(category.Name);
                continue;
            }

            mapped.Add(category.Name);
            usedRules.Add(rule);
            if (category.Patterns.Count == 0)
            {
                warnings.Add(new Diagnostic(category.Location, $"category '{category.Name}' has no patterns: nothing was imported from it into {rule.Target.DimensionId}/{rule.Target.PoleId}"));
            }

            var target = rule.Target;
            var key = (target.DimensionId, target.PoleId);
            if (!poleCategories.TryGetValue(key, out var names))
            {
                poleCategories[key] = names = [];
            }

            names.Add(category.Name);
            foreach (var pattern in category.Patterns)
            {
                // A number such as 2011 belongs to neither script: one entry for each language.
                var patternLanguages = metadata.LanguagesOf(pattern.Pattern);
                var several = patternLanguages.Count > 1;
                var (imported, warned) = (false, false);
                foreach (var language in patternLanguages)
                {
                    var words = PatternParser.TryParse(pattern.Pattern, languages.Get(language).Normalizer, out var error);
                    if (words is null)
                    {
                        if (!warned)
                        {
                            invalid++;
                            warnings.Add(new Diagnostic(pattern.Location, $"pattern \"{PatternParser.Clipped(pattern.Pattern)}\" of category '{category.Name}' skipped: {error}"));
                            warned = true;
                        }

                        continue;
                    }

                    var dedupKey = DedupKey(language, target, words);
                    var winner = winners[dedupKey];
                    if (seen.Contains(dedupKey) || winner.Location != pattern.Location || !string.Equals(winner.Category, category.Name, StringComparison.Ordinal))
                    {
                        duplicates++;
                        warnings.Add(new Diagnostic(pattern.Location, string.Create(CultureInfo.InvariantCulture,
                            $"pattern \"{PatternParser.Clipped(pattern.Pattern)}\" of category '{category.Name}' merged{(several ? " as " + language : string.Empty)}: imported as {winner.Target.DimensionId}/{winner.Target.PoleId} from category '{winner.Category}' (line {winner.Location.Line}), which comes first")));
                        continue;
                    }

                    seen.Add(dedupKey);
                    entries.Add(new Entry(language, pattern.Pattern, target, $"imported from {fileName} category {category.Name}", words, category.Name, pattern.Location));
                    if (ScriptCautions.Of(pattern.Pattern, language, metadata.Analysis) is { } script)
                    {
                        warnings.Add(new Diagnostic(pattern.Location, $"pattern \"{PatternParser.Clipped(PatternParser.Shown(pattern.Pattern))}\" of category '{category.Name}' {script}"));
                    }

                    if (!imported)
                    {
                        foreach (var caution in PatternCautions.Of(pattern.Pattern, languages.Get(language), everyApostropheS: true))
                        {
                            warnings.Add(new Diagnostic(pattern.Location, $"pattern \"{PatternParser.Clipped(PatternParser.Shown(pattern.Pattern))}\" of category '{category.Name}': {caution}"));
                        }
                    }

                    imported = true;
                }

                everyLanguage += several && imported ? 1 : 0;
            }
        }

        var unknown = new List<Diagnostic>();
        foreach (var rule in mapping.Rules)
        {
            if (usedRules.Contains(rule))
            {
                continue;
            }

            if (!Names(dictionary, rule.Category))
            {
                // A typo ('negmo' for 'negemo') left one pole of the dimension empty with only a warning.
                var hint = Spelling.Suggest(rule.Category, dictionary.Categories.Select(c => c.Name)) is { } meant
                    ? $"did you mean '{meant}'?"
                    : $"categories: {Shorten(dictionary.Categories.Select(c => c.Name))}";
                unknown.Add(new Diagnostic(rule.Location, $"category '{rule.Category}' is not in {fileName} ({hint})"));
            }
            else
            {
                // A parent whose every category has a rule of its own.
                warnings.Add(new Diagnostic(rule.Location, $"the mapping of category '{rule.Category}' is unused: each of its categories has a mapping of its own"));
            }
        }

        ImportException.ThrowIfAny(unknown);

        if (entries.Count == 0)
        {
            var reason = mapped.Count == 0
                ? $"no category of {fileName} is mapped (categories: {Shorten(dictionary.Categories.Select(c => c.Name))})"
                : $"the mapped categories ({Shorten(mapped)}) have no usable pattern"
                    + (warnings.Where(w => mapped.Any(name => w.Message.Contains($"category '{name}'", StringComparison.Ordinal))).ToList() is { Count: > 0 } why
                        ? string.Create(CultureInfo.InvariantCulture, $"; the first of {why.Count} warnings about them: {why[0]}")
                        : string.Empty);
            throw new ImportException(new Diagnostic(new SourceLocation(dictionary.SourceName, 0, 0), "nothing to import: " + reason)); // about the whole file
        }

        var dimensions = new List<MappedDimension>();
        foreach (var dimension in mapping.Dimensions)
        {
            var poleA = dimension.PoleA ?? Placeholder("pole-a", dimension.PoleB);
            var poleB = dimension.PoleB ?? Placeholder("pole-b", poleA);
            if (dimension.PoleA is null || dimension.PoleB is null)
            {
                var which = dimension.PoleA is null && dimension.PoleB is null ? $"poles a '{poleA}' and b '{poleB}' are placeholders"
                    : dimension.PoleA is null ? $"pole a '{poleA}' is a placeholder" : $"pole b '{poleB}' is a placeholder";
                warnings.Add(new Diagnostic(dimension.Location, $"dimension '{dimension.Id}': {which}: no category maps to it; rename it and add entries by hand"));
            }

            dimensions.Add(dimension with { PoleA = poleA, PoleB = poleB });
        }

        var yaml = Write(dictionary, fileName, metadata, dimensions, poleCategories, entries, skipped);
        Lexicon lexicon;
        try
        {
            lexicon = Lexicon.Parse(yaml, metadata.Id + ".yaml", _languages);
        }
        catch (LexiconException e)
        {
            throw new InvalidOperationException("the generated lexicon does not load (a bug in the importer): " + e.Message, e);
        }

        WarnOfShadowedEntries(entries, lexicon, warnings);
        return new LexiconImportResult(dictionary.SourceName, yaml, lexicon, mapped, skipped, duplicates, invalid, ImportException.Sorted(warnings)) { EveryLanguagePatternCount = everyLanguage };
    }

    /// <summary>
    /// Warns, at the pattern in the dictionary, of each imported entry that can never count (<see cref="ShadowedEntries"/>:
    /// <c>rebellion*</c> of one category after <c>rebel*</c> of another), as <c>lexicons validate</c> would of the lexicon.
    /// </summary>
    private static void WarnOfShadowedEntries(List<Entry> entries, Lexicon lexicon, List<Diagnostic> warnings)
    {
        if (lexicon.Entries.Count != entries.Count)
        {
            throw new InvalidOperationException("the generated lexicon does not have the imported entries (a bug in the importer)");
        }

        var candidates = entries.Select((e, i) => new ShadowedEntries.Candidate(e.Language, e.Target.DimensionId, e.Words, lexicon.Entries[i].Side, lexicon.Entries[i].WeightMilli, HasContextRules: false)).ToList();
        foreach (var (n, b, byWeight) in ShadowedEntries.Find(candidates))
        {
            var (narrow, broad) = (entries[n], entries[b]);
            var why = byWeight ? "it has the higher weight" : "it comes first in the lexicon";
            warnings.Add(new Diagnostic(narrow.Location, string.Create(CultureInfo.InvariantCulture,
                $"pattern \"{PatternParser.Clipped(narrow.Pattern)}\" of category '{narrow.Category}' never counts: every word it matches is also matched by \"{PatternParser.Clipped(broad.Pattern)}\" of category '{broad.Category}' (line {broad.Location.Line}), which wins the tie ({why}); remove it, or list it before that entry in the lexicon with a weight at least as high for it to count")));
        }
    }

    /// <summary>
    /// For each pattern (per language and dimension, after normalization), the occurrence that is imported: the first in
    /// the file (by line, then column), whatever order the categories come in. A LIWC dictionary lists its categories
    /// in its header and a word's categories on the word's line, so taking categories in header order would let the
    /// header decide which of two lines wins. (Two categories of one dimension on the same line: the one listed first
    /// in the header.)
    /// </summary>
    private static Dictionary<string, (string Category, CategoryTarget Target, SourceLocation Location)> FirstOccurrences(
        ImportedDictionary dictionary, CategoryMapping mapping, ImportMetadata metadata, LanguageRegistry languages)
    {
        var first = new Dictionary<string, (string Category, CategoryTarget Target, SourceLocation Location)>(StringComparer.Ordinal);
        foreach (var category in dictionary.Categories)
        {
            if (mapping.Resolve(category.Name) is not { } rule)
            {
                continue;
            }

            foreach (var pattern in category.Patterns)
            {
                foreach (var language in metadata.LanguagesOf(pattern.Pattern))
                {
                    if (PatternParser.TryParse(pattern.Pattern, languages.Get(language).Normalizer, out _) is not { } words)
                    {
                        continue;
                    }

                    var key = DedupKey(language, rule.Target, words);
                    if (!first.TryGetValue(key, out var earlier) || Before(pattern.Location, earlier.Location))
                    {
                        first[key] = (category.Name, rule.Target, pattern.Location);
                    }
                }
            }
        }

        return first;
    }

    /// <summary>Whether <paramref name="name"/> is a category of the dictionary or the parent of one (<c>a</c> of <c>a.b</c>),
    /// the names compared as <see cref="CategoryMapping.Canonical"/> gives them.</summary>
    private static bool Names(ImportedDictionary dictionary, string name)
    {
        name = CategoryMapping.Canonical(name);
        return dictionary.Categories.Select(c => CategoryMapping.Canonical(c.Name)).Any(c => string.Equals(c, name, StringComparison.Ordinal)
            || (c.Length > name.Length && c[name.Length] == '.' && c.StartsWith(name, StringComparison.Ordinal)));
    }

    private static bool Before(SourceLocation a, SourceLocation b) => a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);

    private static string DedupKey(string language, CategoryTarget target, PatternWord[] words) =>
        language + "\u0001" + target.DimensionId + "\u0001" + PatternParser.Key(words);

    private static string Placeholder(string id, string? taken) => string.Equals(id, taken, StringComparison.Ordinal) ? id + "-2" : id;

    private static string Shorten(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 20 ? string.Join(", ", list) : string.Join(", ", list.Take(20)) + string.Create(CultureInfo.InvariantCulture, $", … ({list.Count - 20} more)");
    }

    private static string Write(
        ImportedDictionary dictionary,
        string fileName,
        ImportMetadata metadata,
        List<MappedDimension> dimensions,
        Dictionary<(string Dimension, string Pole), List<string>> poleCategories,
        List<Entry> entries,
        List<string> skipped)
    {
        var b = new StringBuilder();
        b.Append("# Imported by 'framing lexicons import' from ").Append(YamlScalar.Comment(fileName)).Append(" (").Append(YamlScalar.Comment(dictionary.FormatName)).Append(" dictionary): ")
            .Append(entries.Count.ToString(CultureInfo.InvariantCulture)).Append(entries.Count == 1 ? " entry.\n" : " entries.\n");
        b.Append("# The patterns were not written for framing analysis: review every entry, the poles' labels and descriptions,\n");
        b.Append("# and the licence before use.\n");
        if (skipped.Count > 0)
        {
            AppendWrapped(b, "# Unmapped categories, not imported: ", string.Join(", ", skipped.Select(YamlScalar.Comment)));
        }

        b.Append('\n');
        b.Append("id: ").Append(YamlScalar.Id(metadata.Id)).Append('\n');
        b.Append("version: ").Append(YamlScalar.Quote(metadata.Version.Trim())).Append('\n');
        b.Append("title: ").Append(YamlScalar.Quote(metadata.Title?.Trim() ?? $"Imported from {fileName}")).Append('\n');
        b.Append("description: ").Append(YamlScalar.Quote(metadata.Description?.Trim()
            ?? $"Entries imported from the {dictionary.FormatName} dictionary {fileName}; categories mapped to dimensions and poles with 'framing lexicons import'.")).Append('\n');
        b.Append("license: ").Append(YamlScalar.Quote(metadata.License.Trim())).Append('\n');
        var authors = metadata.Authors.Count > 0 ? metadata.Authors : ["unknown"];
        b.Append("authors: [").Append(string.Join(", ", authors.Select(a => YamlScalar.Quote(a.Trim())))).Append("]\n");
        if (!string.IsNullOrWhiteSpace(metadata.Citation))
        {
            b.Append("citation: ").Append(YamlScalar.Quote(metadata.Citation.Trim())).Append('\n');
        }

        b.Append("languages: [").Append(string.Join(", ", metadata.Languages.Select(YamlScalar.Id))).Append("]\n");
        if (metadata.Analysis.Count > 0)
        {
            b.Append("analysis:\n");
            foreach (var analysis in metadata.Analysis)
            {
                b.Append("  ").Append(YamlScalar.Id(analysis.Language)).Append(": ").Append(YamlScalar.Id(analysis.Analysis)).Append('\n');
            }
        }

        b.Append('\n');
        b.Append("dimensions:\n");
        foreach (var dimension in dimensions)
        {
            var description = dimension.Description ?? $"Imported from {fileName}: {Describe(dimension, poleCategories)}.";
            b.Append("  - id: ").Append(YamlScalar.Id(dimension.Id)).Append('\n');
            b.Append("    description: ").Append(YamlScalar.Quote(description)).Append('\n');
            b.Append("    poles:\n");
            AppendPole(b, "a", dimension.Id, dimension.PoleA!, poleCategories);
            AppendPole(b, "b", dimension.Id, dimension.PoleB!, poleCategories);
            if (dimension.HasNeutral)
            {
                var neutral = Categories(poleCategories, dimension.Id, CategoryTarget.NeutralPoleId);
                b.Append("    neutral:\n");
                b.Append("      description: ").Append(YamlScalar.Quote(neutral.Length > 0
                    ? "Imported categories: " + neutral + "."
                    : "No imported category maps to neutral: add entries by hand.")).Append('\n');
            }
        }

        b.Append("\nentries:\n");
        foreach (var entry in entries)
        {
            b.Append("  - { lang: ").Append(YamlScalar.Id(entry.Language))
                .Append(", pattern: ").Append(YamlScalar.Quote(entry.Pattern))
                .Append(", dimension: ").Append(YamlScalar.Id(entry.Target.DimensionId))
                .Append(", pole: ").Append(YamlScalar.Id(entry.Target.PoleId));
            if (entry.Target.Weight is { } weight && weight != 1)
            {
                b.Append(", weight: ").Append(weight.ToString("0.###", CultureInfo.InvariantCulture));
            }

            b.Append(", note: ").Append(YamlScalar.Quote(entry.Note)).Append(" }\n");
        }

        return b.ToString();
    }

    private static void AppendPole(StringBuilder b, string side, string dimensionId, string poleId, Dictionary<(string Dimension, string Pole), List<string>> poleCategories)
    {
        var categories = Categories(poleCategories, dimensionId, poleId);
        b.Append("      ").Append(side).Append(":\n");
        b.Append("        id: ").Append(YamlScalar.Id(poleId)).Append('\n');
        b.Append("        label: ").Append(YamlScalar.Quote(poleId)).Append('\n');
        b.Append("        description: ").Append(YamlScalar.Quote(categories.Length > 0
            ? "Imported categories: " + categories + "."
            : "No imported category maps to this pole: add entries by hand.")).Append('\n');
    }

    private static string Describe(MappedDimension dimension, Dictionary<(string Dimension, string Pole), List<string>> poleCategories)
    {
        var parts = new List<string>();
        foreach (var pole in new[] { dimension.PoleA!, dimension.PoleB!, CategoryTarget.NeutralPoleId })
        {
            var categories = Categories(poleCategories, dimension.Id, pole);
            if (categories.Length > 0)
            {
                parts.Add($"{pole} ← {categories}");
            }
        }

        return parts.Count > 0 ? string.Join("; ", parts) : "no category mapped";
    }

    private static string Categories(Dictionary<(string Dimension, string Pole), List<string>> poleCategories, string dimensionId, string poleId) =>
        poleCategories.TryGetValue((dimensionId, poleId), out var names) ? string.Join(", ", names) : string.Empty;

    private static void AppendWrapped(StringBuilder b, string prefix, string text)
    {
        var line = new StringBuilder(prefix);
        foreach (var word in text.Split(' '))
        {
            if (line.Length > prefix.Length && line.Length + 1 + word.Length > 110)
            {
                b.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append("#   ");
            }

            line.Append(word).Append(' ');
        }

        b.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private sealed record Entry(string Language, string Pattern, CategoryTarget Target, string Note, PatternWord[] Words, string Category, SourceLocation Location);
}
