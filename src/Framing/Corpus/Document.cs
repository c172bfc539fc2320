namespace Framing.Corpus;

/// <summary>
/// One document of a corpus: an identifier, its fields (such as <c>outlet</c> or <c>date</c>), and its text.
/// Compares by value, the fields entry by entry.</summary>
/// <param name="Id">The document's identifier, unique within its corpus (for files: the path relative to the corpus root).</param>
/// <param name="Fields">The document's metadata fields by name (ordinal, case-sensitive names). The text field is not repeated here.
/// The constructor wraps the dictionary without copying it (readers hand over their own): give it one with ordinal keys
/// and do not change it afterwards, or use <see cref="Create(string, string, IReadOnlyDictionary{string, string})"/>, which copies.</param>
/// <param name="Text">The document's full text, exactly as read (after UTF-8 decoding and removal of a byte-order mark).</param>
/// <param name="Source">Where the document was read from, for error messages and audit output.</param>
public sealed record Document(string Id, IReadOnlyDictionary<string, string> Fields, string Text, DocumentSource Source)
{
    private readonly string? _text = Text;
    private readonly bool _lent;

    /// <summary>The document's metadata fields by name (ordinal, case-sensitive names), the text field not repeated: a
    /// read-only view, compared entry by entry.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init => field = ReadOnlyDictionaries.OrNull(value); } = ReadOnlyDictionaries.OrNull(Fields);

    /// <summary>The document's full text, exactly as read (after UTF-8 decoding and removal of a byte-order mark).</summary>
    /// <exception cref="InvalidOperationException">The document was read for a run that scored its text in place and
    /// kept nothing of it (a score without per-document output); only its id, fields and source remain.</exception>
    public string Text
    {
        get => _lent ? throw new InvalidOperationException($"{Source}: the text of this document was scored in place and not kept") : _text!;
        init => _text = value;
    }

    /// <summary>
    /// A document whose text is lent to the scorer in a reusable buffer instead of being held as a string (see
    /// <see cref="CorpusItem.DocumentForScoring"/>): <see cref="Text"/> throws.
    /// </summary>
    /// <param name="id">The identifier.</param>
    /// <param name="fields">The fields.</param>
    /// <param name="source">Where it was read.</param>
    internal Document(string id, IReadOnlyDictionary<string, string> fields, DocumentSource source)
        : this(id, fields, null!, source)
    {
        _lent = true;
    }

    /// <summary>Whether the text is lent to the scorer rather than held (<see cref="Text"/> then throws).</summary>
    internal bool IsTextLent => _lent;

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", Fields = ").Append(Fields)
            .Append(", Text = ").Append(_lent ? "(scored in place, not kept)" : _text)
            .Append(", Source = ").Append(Source);
        return true;
    }

    /// <summary>Returns the value of field <paramref name="name"/>, or <see langword="null"/> when the document has no such field.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field value or null.</returns>
    public string? GetField(string name) => Fields.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var value) ? value : null;

    /// <summary>A document held in memory, with its fields (for example <c>("outlet", "north-post")</c>).</summary>
    /// <param name="id">The document's identifier (also its source in messages).</param>
    /// <param name="text">The text.</param>
    /// <param name="fields">The fields by name, such as the group field; later duplicates win.</param>
    /// <returns>The document.</returns>
    public static Document Create(string id, string text, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var map = new Dictionary<string, string>(fields.Length, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            map[name] = value;
        }

        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        return new Document(id, map, text, new DocumentSource(id, 0));
    }

    /// <summary>A document held in memory, with its fields.</summary>
    /// <param name="id">The document's identifier (also its source in messages).</param>
    /// <param name="text">The text.</param>
    /// <param name="fields">The fields by name, such as the group field: copied, with names compared ordinally (a later
    /// change to the dictionary does not reach the document).</param>
    /// <returns>The document.</returns>
    public static Document Create(string id, string text, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fields);
        // A copy with ordinal names: the caller's dictionary (perhaps case-insensitive, perhaps changed later) would make
        // the document's fields, equality and hash change with it.
        return new Document(id, new Dictionary<string, string>(fields, StringComparer.Ordinal), text, new DocumentSource(id, 0));
    }

    /// <summary>The record's members as the compiler prints them (<c>Document { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(Document), PrintMembers);
}
