namespace Framing.Lexicons;

/// <summary>What a lexicon is and where it comes from.</summary>
/// <param name="Id">Identifier (lower-case letters, digits and '-').</param>
/// <param name="Version">Version of the data (semantic versioning).</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What the lexicon measures.</param>
/// <param name="License">Licence (SPDX identifier).</param>
/// <param name="Authors">Authors.</param>
/// <param name="Citation">How to cite the lexicon, when given.</param>
/// <param name="Languages">Language codes the entries use.</param>
public sealed record LexiconMetadata(
    string Id,
    string Version,
    string Title,
    string Description,
    string License,
    IReadOnlyList<string> Authors,
    string? Citation,
    IReadOnlyList<string> Languages);
