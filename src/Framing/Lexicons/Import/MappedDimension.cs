namespace Framing.Lexicons.Import;

/// <summary>
/// A dimension of the lexicon being imported, with the ids of its two poles. In a mapping file's <c>dimensions</c>
/// section the poles are given explicitly; otherwise pole a is the first pole id the rules name for the dimension and
/// pole b the second.
/// </summary>
/// <param name="Id">The dimension id.</param>
/// <param name="PoleA">The id of pole a, or null when no rule names one (the importer then writes a placeholder pole).</param>
/// <param name="PoleB">The id of pole b, or null when no rule names a second pole (the importer then writes a placeholder pole).</param>
/// <param name="HasNeutral">Whether some rule maps a category to the dimension's neutral vocabulary.</param>
/// <param name="Description">The dimension's description, when the mapping file gives one.</param>
/// <param name="Location">Where the dimension is first named in the mapping.</param>
internal sealed record MappedDimension(string Id, string? PoleA, string? PoleB, bool HasNeutral, string? Description, SourceLocation Location);
