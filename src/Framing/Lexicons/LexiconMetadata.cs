namespace Framing.Lexicons;

/// <summary>What a lexicon is and where it comes from. Compares by value, lists element by element.</summary>
/// <param name="Id">Identifier (lower-case letters, digits and '-').</param>
/// <param name="Version">Version of the data (semantic versioning).</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What the lexicon measures.</param>
/// <param name="License">Licence (SPDX identifier).</param>
/// <param name="Authors">Authors.</param>
/// <param name="Citation">How to cite the lexicon, when given.</param>
/// <param name="Languages">Language codes the entries use.</param>
/// <param name="Validation">What the file says about the lexicon's validity (its <c>validation</c> section); null means
/// the file says nothing (<see cref="LexiconValidation.NotStated"/>).</param>
public sealed record LexiconMetadata(
    string Id,
    string Version,
    string Title,
    string Description,
    string License,
    IReadOnlyList<string> Authors,
    string? Citation,
    IReadOnlyList<string> Languages,
    LexiconValidation? Validation = null)
{
    /// <summary>What the file says about the lexicon's validity; <see cref="LexiconValidation.NotStated"/> when it has no
    /// <c>validation</c> section.</summary>
    public LexiconValidation Validation { get; init; } = Validation ?? LexiconValidation.NotStated;

    /// <summary>Authors (a read-only view).</summary>
    public IReadOnlyList<string> Authors { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Of(Authors);

    /// <summary>Language codes the entries use (a read-only view).</summary>
    public IReadOnlyList<string> Languages { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Of(Languages);

    /// <summary>The built-in analysis the file gives each language Framing has no profile for (its <c>analysis</c>
    /// section), in file order; empty when it declares none (a read-only view).</summary>
    public IReadOnlyList<LanguageAnalysis> Analysis { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Empty<LanguageAnalysis>();

    /// <summary>The record's members as the compiler prints them (<c>LexiconMetadata { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LexiconMetadata), PrintMembers);
}
