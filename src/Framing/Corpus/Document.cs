namespace Framing.Corpus;

/// <summary>
/// One document of a corpus: an identifier, its fields (such as <c>outlet</c> or <c>date</c>), and its text.
/// </summary>
/// <param name="Id">The document's identifier, unique within its corpus (for files: the path relative to the corpus root).</param>
/// <param name="Fields">The document's metadata fields by name (ordinal, case-sensitive names). The text field is not repeated here.</param>
/// <param name="Text">The document's full text, exactly as read (after UTF-8 decoding and removal of a byte-order mark).</param>
/// <param name="Source">Where the document was read from, for error messages and audit output.</param>
public sealed record Document(string Id, IReadOnlyDictionary<string, string> Fields, string Text, DocumentSource Source)
{
    /// <summary>Returns the value of field <paramref name="name"/>, or <see langword="null"/> when the document has no such field.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field value or null.</returns>
    public string? GetField(string name) => Fields.TryGetValue(name, out var value) ? value : null;
}
