using Framing.Text;

namespace Framing.Lexicons.Import;

/// <summary>
/// Turns a dictionary users already have, a quanteda YAML dictionary or a LIWC <c>.dic</c> file, into a Framing lexicon,
/// as <c>framing lexicons import</c> does: a mapping sends categories to the poles of dimensions, patterns are checked
/// and normalized like lexicon entries, and whatever is left out is reported (lexicons/README.md, "Importing quanteda
/// and LIWC dictionaries"). The result's <see cref="LexiconImportResult.Yaml"/> is a lexicon file to review and save;
/// its <see cref="LexiconImportResult.Lexicon"/> is ready to compile.
/// </summary>
/// <example>
/// <code>
/// var import = LexiconImport.FromRules("terms.yml", ["terrorism=armed-opposition/terrorism", "rebels=armed-opposition/opposition@0.8"],
///     new ImportMetadata("armed-terms", "en"));
/// File.WriteAllText("armed-terms.yaml", import.Yaml);
/// </code>
/// </example>
public static class LexiconImport
{
    /// <summary>The format name of quanteda YAML dictionaries (<c>.yml</c>, <c>.yaml</c>).</summary>
    public const string Quanteda = "quanteda";

    /// <summary>The format name of LIWC dictionaries (<c>.dic</c>).</summary>
    public const string Liwc = "liwc";

    /// <summary>The format of a dictionary file by its extension: <see cref="Liwc"/> for <c>.dic</c>, <see cref="Quanteda"/>
    /// for <c>.yml</c> and <c>.yaml</c> (case-insensitive), null for anything else.</summary>
    /// <param name="path">The dictionary file's path.</param>
    /// <returns>The format name, or null.</returns>
    public static string? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".dic", StringComparison.OrdinalIgnoreCase))
        {
            return Liwc;
        }

        return extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            ? Quanteda
            : null;
    }

    /// <summary>Imports a dictionary file with a mapping file (<c>categories:</c> and optional <c>dimensions:</c>).</summary>
    /// <param name="dictionaryPath">The dictionary file.</param>
    /// <param name="mappingPath">The mapping file.</param>
    /// <param name="metadata">The new lexicon's id, languages and descriptive fields.</param>
    /// <param name="format"><see cref="Quanteda"/> or <see cref="Liwc"/>; null to tell it by the extension (<see cref="FormatOf"/>).</param>
    /// <param name="languages">The languages patterns are normalized for; <see cref="LanguageRegistry.Default"/> when null.</param>
    /// <returns>The lexicon and the report of what was left out.</returns>
    /// <exception cref="ImportException">A file cannot be read or is invalid, or the mapping is; every problem is listed with file:line:column.</exception>
    /// <exception cref="ArgumentException">The format is unknown or cannot be told from the extension, or the metadata is invalid.</exception>
    public static LexiconImportResult FromFile(string dictionaryPath, string mappingPath, ImportMetadata metadata, string? format = null, LanguageRegistry? languages = null)
    {
        ArgumentNullException.ThrowIfNull(mappingPath);
        return Import(dictionaryPath, () => CategoryMapping.LoadFile(mappingPath), metadata, format, languages);
    }

    /// <summary>Imports a dictionary file with mapping rules, each <c>CATEGORY=DIMENSION/POLE</c> or
    /// <c>CATEGORY=DIMENSION/POLE@WEIGHT</c> (as <c>framing lexicons import --map</c> takes them).</summary>
    /// <param name="dictionaryPath">The dictionary file.</param>
    /// <param name="rules">The mapping rules.</param>
    /// <param name="metadata">The new lexicon's id, languages and descriptive fields.</param>
    /// <param name="format"><see cref="Quanteda"/> or <see cref="Liwc"/>; null to tell it by the extension (<see cref="FormatOf"/>).</param>
    /// <param name="languages">The languages patterns are normalized for; <see cref="LanguageRegistry.Default"/> when null.</param>
    /// <param name="rulesName">What messages call the rules (their "file").</param>
    /// <returns>The lexicon and the report of what was left out.</returns>
    /// <exception cref="ImportException">The dictionary cannot be read or is invalid, or a rule is; every problem is listed.</exception>
    /// <exception cref="ArgumentException">The format is unknown or cannot be told from the extension, or the metadata is invalid.</exception>
    public static LexiconImportResult FromRules(string dictionaryPath, IEnumerable<string> rules, ImportMetadata metadata, string? format = null, LanguageRegistry? languages = null, string rulesName = "rules")
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Import(dictionaryPath, () => CategoryMapping.FromRules(rules, rulesName), metadata, format, languages);
    }

    private static LexiconImportResult Import(string dictionaryPath, Func<CategoryMapping> mapping, ImportMetadata metadata, string? format, LanguageRegistry? languages)
    {
        ArgumentNullException.ThrowIfNull(dictionaryPath);
        ArgumentNullException.ThrowIfNull(metadata);
        format ??= FormatOf(dictionaryPath)
            ?? throw new ArgumentException($"cannot tell the dictionary format of '{dictionaryPath}' from its extension (.dic: {Liwc}; .yml, .yaml: {Quanteda})", nameof(format));
        if (format is not (Quanteda or Liwc))
        {
            throw new ArgumentException($"unknown dictionary format '{format}' (expected {Quanteda} or {Liwc})", nameof(format));
        }

        if (metadata.Validate(languages) is [var problem, ..])
        {
            throw new ArgumentException(problem, nameof(metadata));
        }

        var rules = mapping();
        var dictionary = format == Liwc ? LiwcDictionaryReader.ReadFile(dictionaryPath) : QuantedaDictionaryReader.ReadFile(dictionaryPath);
        return new LexiconImporter(languages).Import(dictionary, rules, metadata);
    }
}
