namespace Framing.Verbs;

/// <summary>One scaled text of <see cref="WordscoresResult"/>: a group, or a document.</summary>
/// <param name="Text">The group, or the document id.</param>
/// <param name="Group">The document's group (per document), or null (per group).</param>
/// <param name="IsReference">Whether the text is a reference text.</param>
/// <param name="Position">The reference position, or null for a virgin text.</param>
/// <param name="Documents">The documents of the text.</param>
public sealed record WordscoresRow(string Text, string? Group, bool IsReference, double? Position, long Documents)
{
    /// <summary>The record's members as the compiler prints them (<c>WordscoresRow { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(WordscoresRow), PrintMembers);
}
