using Framing.Text;

namespace Framing.Lexicons.Import;

/// <summary>
/// The metadata of a lexicon built by <see cref="LexiconImport"/>. Only the id and the language are required; the
/// rest has defaults that say the data was imported, to be completed by hand.
/// Compares by value, lists element by element.</summary>
/// <param name="Id">The lexicon id (lower-case letters, digits and '-').</param>
/// <param name="Languages">
/// The languages of the imported patterns (ISO 639-1 codes the library supports, for example <c>en</c>). With one
/// language every pattern gets it. With two, one of which is Arabic (<c>ar</c>) and the other not declared an
/// Arabic-script analysis, each pattern gets a language by its script, as documents do: <c>ar</c> when at least half of its letters are Arabic, the other language otherwise; a pattern without letters is <c>ar</c> with Arabic-Indic digits and is imported for both languages otherwise (<c>2011</c>).
/// </param>
public sealed record ImportMetadata(string Id, IReadOnlyList<string> Languages)
{
    /// <summary>The languages of the imported patterns (ISO 639-1 codes the library supports, for example <c>en</c>). With one language every pattern gets it. With two, one of which is Arabic (<c>ar</c>) and the other not declared an Arabic-script analysis, each pattern gets a language by its script, as documents do: <c>ar</c> when at least half of its letters are Arabic, the other language otherwise; a pattern without letters is <c>ar</c> with Arabic-Indic digits and is imported for both languages otherwise (<c>2011</c>) (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> Languages { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Languages);

    /// <summary>Creates metadata for patterns in one language.</summary>
    /// <param name="id">The lexicon id.</param>
    /// <param name="language">The language of every pattern.</param>
    public ImportMetadata(string id, string language)
        : this(id, [language])
    {
    }

    /// <summary>The title; default: <c>Imported from &lt;file&gt;</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The version of the data; default <c>0.1.0</c>.</summary>
    public string Version { get; init; } = "0.1.0";

    /// <summary>The licence as an SPDX identifier; default <c>NOASSERTION</c> (unknown: set it to the dictionary's licence).</summary>
    public string License { get; init; } = "NOASSERTION";

    /// <summary>The authors; default: <c>unknown</c>.</summary>
    public IReadOnlyList<string> Authors { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.Empty<string>();

    /// <summary>The built-in analysis of each language of <see cref="Languages"/> that Framing has no profile for
    /// (<c>fr</c> analyzed as <c>latin</c>), written as the lexicon's <c>analysis</c> section; empty by default (a
    /// read-only list, compared element by element).</summary>
    public IReadOnlyList<LanguageAnalysis> Analysis { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.Empty<LanguageAnalysis>();

    /// <summary>What the lexicon measures; default: a sentence naming the imported file and its format.</summary>
    public string? Description { get; init; }

    /// <summary>How to cite the lexicon (optional).</summary>
    public string? Citation { get; init; }

    /// <summary>The language a pattern is imported as (see <see cref="Languages"/>); with two languages, a pattern without
    /// letters is Arabic when it has Arabic-Indic digits (<c>١٩٤٨</c>), and otherwise (<c>2011</c>) belongs to neither
    /// script: this gives the language other than Arabic, <see cref="LanguagesOf"/> both.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The language code.</returns>
    public string LanguageOf(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (Languages.Count == 1)
        {
            return Languages[0];
        }

        var other = Languages.First(l => !string.Equals(l, "ar", StringComparison.Ordinal));
        return ScriptDetector.CountLetters(pattern).Letters == 0 && HasArabicIndicDigit(pattern) ? "ar" : new ScriptDetector(0.5, other).Detect(pattern);
    }

    /// <summary>
    /// The languages a pattern is imported for: <see cref="LanguageOf"/>, except that with two languages a pattern with
    /// neither letters nor Arabic-Indic digits (a number such as <c>2011</c>), which no script assigns, is imported for
    /// both, in the order of <see cref="Languages"/>.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>One language code, or both.</returns>
    public IReadOnlyList<string> LanguagesOf(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Languages.Count > 1 && ScriptDetector.CountLetters(pattern).Letters == 0 && !HasArabicIndicDigit(pattern)
            ? Languages
            : [LanguageOf(pattern)];
    }

    /// <summary>Whether <paramref name="pattern"/> has an Arabic-Indic digit (U+0660..U+0669) or an Eastern one (U+06F0..U+06F9).</summary>
    private static bool HasArabicIndicDigit(string pattern) =>
        pattern.Any(c => c is (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9'));

    /// <summary>
    /// What is wrong with declared analyses, in the words of the command line's <c>--analysis LANG=ANALYSIS</c>
    /// (<c>framing lexicons import</c>, and <c>framing scale wordscores</c>, which declares languages for its run without
    /// a lexicon): the rules of <see cref="BuiltInAnalyses.Check"/>, and one analysis per language.
    /// </summary>
    /// <param name="analyses">The declared analyses.</param>
    /// <param name="languages">The registry they extend.</param>
    /// <param name="declared">The languages an analysis may name (an import: its patterns' languages).</param>
    /// <returns>One line per problem; empty when there is none.</returns>
    internal static List<string> AnalysisProblems(IReadOnlyList<LanguageAnalysis> analyses, LanguageRegistry languages, IReadOnlyList<string> declared)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var analysis in analyses)
        {
            var (code, name) = (analysis?.Language ?? string.Empty, analysis?.Analysis ?? string.Empty);
            var problem = BuiltInAnalyses.Check(code, name, languages, declared) switch
            {
                AnalysisProblem.NotALanguageCode => $"'{code}' in the analysis is not a language code: use 2 or 3 lower-case letters (ISO 639)",
                AnalysisProblem.HasBuiltInProfile => $"language '{code}' has its own built-in analysis: do not declare one",
                AnalysisProblem.NotADeclaredLanguage => $"the analysis of '{code}' names a language the patterns are not in ({string.Join(", ", declared)})",
                AnalysisProblem.UnknownAnalysis => $"unknown analysis '{name}' for language '{code}' (expected {string.Join(", ", BuiltInAnalyses.Names)})",
                _ => seen.TryGetValue(code, out var first) ? $"language '{code}' is given two analyses ({first}, {name}): give each language one" : null,
            };
            seen.TryAdd(code, name);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>Lists what is wrong with the metadata (an invalid id, an unsupported language, an empty version…).</summary>
    /// <param name="languages">The languages the lexicon may use (default: the built-in ones).</param>
    /// <returns>The problems, one line each; empty when the metadata is valid.</returns>
    public IReadOnlyList<string> Validate(LanguageRegistry? languages = null)
    {
        languages ??= LanguageRegistry.Default;
        var problems = AnalysisProblems(Analysis ?? [], languages, Languages ?? []);
        if (problems.Count == 0)
        {
            languages = BuiltInAnalyses.Extend(languages, Analysis ?? []);
        }

        if (string.IsNullOrWhiteSpace(Id) || !LexiconYamlReader.IsIdentifier(Id))
        {
            problems.Add($"lexicon id '{Id}' must use lower-case letters, digits and '-'");
        }

        if (Languages is null || Languages.Count == 0)
        {
            problems.Add("no language: give the language of the dictionary's patterns");
        }
        else
        {
            foreach (var language in Languages)
            {
                if (!string.IsNullOrWhiteSpace(language) && LexiconYamlReader.NotALanguageCode(language, languages) is { } problem)
                {
                    problems.Add($"language '{language}' {problem}"); // not "--analysis EN=latin", which is refused too
                }
                else if (string.IsNullOrWhiteSpace(language) || !languages.TryGet(language, out _))
                {
                    problems.Add($"unsupported language '{language}' (supported: {string.Join(", ", languages.Codes)}): declare how to analyze it ({string.Join(", ", BuiltInAnalyses.Names)}; on the command line, --analysis {language}=latin)");
                }
            }

            if (Languages.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                problems.Add($"language '{twice.Key}' is given twice in {string.Join(", ", Languages)}: give each language once");
            }
            else if (Languages.Count > 1 && (Languages.Count != 2 || !Languages.Contains("ar", StringComparer.Ordinal)))
            {
                problems.Add($"languages {string.Join(", ", Languages)}: patterns can be told apart by script only for two languages, one of them Arabic (ar); import the others separately");
            }
            else if (Languages.Count == 2 && Languages.First(l => l != "ar") is var other
                && Analysis?.FirstOrDefault(a => a is not null && a.Language == other && BuiltInAnalyses.IsArabicScript(a.Analysis)) is { } arabicScript)
            {
                // Every Arabic-script pattern would go to ar and every other one to the other language, written in Arabic
                // script too: Persian patterns imported as Arabic, English ones as Persian.
                problems.Add($"languages {string.Join(", ", Languages)}: both are written in Arabic script ({other}: {arabicScript.Analysis}), so patterns cannot be told apart by script: import each language separately");
            }
        }

        if (string.IsNullOrWhiteSpace(Version))
        {
            problems.Add("the version is empty");
        }
        else if (!MetadataFormats.IsSemanticVersion(Version))
        {
            problems.Add($"the version '{Version}' is not a semantic version such as 1.0.0 (MAJOR.MINOR.PATCH)");
        }

        if (string.IsNullOrWhiteSpace(License))
        {
            problems.Add("the licence is empty (use an SPDX identifier, or NOASSERTION when unknown)");
        }
        else if (!MetadataFormats.IsSpdxExpression(License))
        {
            problems.Add($"the licence '{License}' is not an SPDX license identifier or expression (such as CC-BY-4.0, or NOASSERTION when unknown)");
        }

        if (Title is not null && string.IsNullOrWhiteSpace(Title))
        {
            problems.Add("the title is empty");
        }

        if (Description is not null && string.IsNullOrWhiteSpace(Description))
        {
            problems.Add("the description is empty");
        }

        if (Authors is not null && Authors.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("an author's name is empty");
        }

        return problems;
    }

    /// <summary>The record's members as the compiler prints them (<c>ImportMetadata { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ImportMetadata), PrintMembers);
}
