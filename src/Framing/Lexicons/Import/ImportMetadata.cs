using Framing.Text;

namespace Framing.Lexicons.Import;

/// <summary>
/// The metadata of a lexicon built by <see cref="LexiconImporter"/>. Only the id and the language are required; the
/// rest has defaults that say the data was imported, to be completed by hand.
/// </summary>
/// <param name="Id">The lexicon id (lower-case letters, digits and '-').</param>
/// <param name="Language">The language of every imported pattern (an ISO 639-1 code the library supports, for example <c>en</c>).</param>
public sealed record ImportMetadata(string Id, string Language)
{
    /// <summary>The title; default: <c>Imported from &lt;file&gt;</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The version of the data; default <c>0.1.0</c>.</summary>
    public string Version { get; init; } = "0.1.0";

    /// <summary>The licence as an SPDX identifier; default <c>NOASSERTION</c> (unknown: set it to the dictionary's licence).</summary>
    public string License { get; init; } = "NOASSERTION";

    /// <summary>The authors; default: <c>unknown</c>.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>What the lexicon measures; default: a sentence naming the imported file and its format.</summary>
    public string? Description { get; init; }

    /// <summary>How to cite the lexicon (optional).</summary>
    public string? Citation { get; init; }

    /// <summary>Lists what is wrong with the metadata (an invalid id, an unsupported language, an empty version…).</summary>
    /// <param name="languages">The languages the lexicon may use (default: the built-in ones).</param>
    /// <returns>The problems, one line each; empty when the metadata is valid.</returns>
    public IReadOnlyList<string> Validate(LanguageRegistry? languages = null)
    {
        languages ??= LanguageRegistry.Default;
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id) || !LexiconYamlReader.IsIdentifier(Id))
        {
            problems.Add($"lexicon id '{Id}' must use lower-case letters, digits and '-'");
        }

        if (string.IsNullOrWhiteSpace(Language) || !languages.TryGet(Language, out _))
        {
            problems.Add($"unsupported language '{Language}' (supported: {string.Join(", ", languages.Codes)})");
        }

        if (string.IsNullOrWhiteSpace(Version))
        {
            problems.Add("the version is empty");
        }

        if (string.IsNullOrWhiteSpace(License))
        {
            problems.Add("the licence is empty (use an SPDX identifier, or NOASSERTION when unknown)");
        }

        if (Title is not null && string.IsNullOrWhiteSpace(Title))
        {
            problems.Add("the title is empty");
        }

        if (Description is not null && string.IsNullOrWhiteSpace(Description))
        {
            problems.Add("the description is empty");
        }

        if (Authors.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("an author's name is empty");
        }

        return problems;
    }
}
