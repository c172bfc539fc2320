using System.Text.Json;
using Framing.Text;

namespace Framing.Corpus;

/// <summary>
/// The record rules of <see cref="JsonLinesCorpusReader"/>, written once for its two ways of reading a line (the
/// forward-only <see cref="JsonRecordFastPath"/> and the document-based <see cref="JsonRecordDocumentPath"/>): the
/// text must be a non-blank string, the id a non-blank string or number (or absent: the record's location), and the
/// group, when required, present, not null, not an object or array and not blank; neither the id nor the group may hold
/// U+0000.
/// </summary>
internal sealed class JsonRecordRules(CorpusReaderOptions options)
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[]? _textField = Utf8Of(options.TextField);
    private readonly byte[]? _idField = Utf8Of(options.IdField);
    private readonly byte[]? _groupField = Utf8Of(options.GroupField);

    /// <summary>The field names and rules.</summary>
    public CorpusReaderOptions Options { get; } = options;

    /// <summary>The name of the property <paramref name="reader"/> is at: the options' own string for the text, id and
    /// group fields (so that every record does not make them again), else a new one.</summary>
    /// <param name="reader">A reader at a property name.</param>
    /// <returns>The name, unescaped.</returns>
    public string PropertyName(ref Utf8JsonReader reader) =>
        _textField is not null && reader.ValueTextEquals(_textField) ? Options.TextField
        : _idField is not null && reader.ValueTextEquals(_idField) ? Options.IdField
        : _groupField is not null && reader.ValueTextEquals(_groupField) ? Options.GroupField
        : reader.GetString()!;

    /// <summary>The name of a property from its raw bytes, as <see cref="PropertyName(ref Utf8JsonReader)"/> gives it:
    /// the options' own string for the text, id and group fields, else the decoded name.</summary>
    /// <param name="name">The bytes between the name's quotes, escapes included.</param>
    /// <param name="escaped">Whether the name may hold escapes (false: it holds no backslash).</param>
    /// <returns>The name, unescaped.</returns>
    /// <exception cref="InvalidOperationException">The name holds invalid UTF-8 or an unpaired escaped surrogate.</exception>
    public string PropertyName(ReadOnlySpan<byte> name, bool escaped) =>
        escaped ? JsonStringDecoding.ToText(name, escaped)
        : _textField is not null && name.SequenceEqual(_textField) ? Options.TextField
        : _idField is not null && name.SequenceEqual(_idField) ? Options.IdField
        : _groupField is not null && name.SequenceEqual(_groupField) ? Options.GroupField
        : JsonStringDecoding.ToText(name, escaped: false);

    /// <summary>The UTF-8 bytes of a field name, or null for a name no UTF-8 property can have (a lone surrogate).</summary>
    private static byte[]? Utf8Of(string name)
    {
        try
        {
            return StrictUtf8.GetBytes(name);
        }
        catch (System.Text.EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The accepted document, or the rejection naming the first rule the record breaks.</summary>
    /// <param name="record">The record's fields and kinds.</param>
    /// <param name="source">Where the record is.</param>
    /// <returns>The item.</returns>
    public CorpusItem Judge(in JsonRecord record, DocumentSource source)
    {
        if (record.TextKind == JsonValueKind.Undefined)
        {
            return Reject(source, RecordMessages.MissingField(Options.TextField));
        }

        if (record.TextKind != JsonValueKind.String)
        {
            return Reject(source, RecordMessages.NotAString(Options.TextField));
        }

        if (record.Lent is { } lent ? InvisibleCharacters.OnlyInvisible(lent.Span) : record.Text is null || InvisibleCharacters.OnlyInvisible(record.Text))
        {
            return Reject(source, RecordMessages.EmptyText);
        }

        string id;
        if (record.IdKind == JsonValueKind.Undefined)
        {
            if (Options.RequireIdField)
            {
                return Reject(source, RecordMessages.MissingField(Options.IdField));
            }

            id = RecordMessages.LocationId(source);
        }
        else if (record.IdKind is JsonValueKind.String or JsonValueKind.Number)
        {
            id = record.Fields[Options.IdField];
            if (RecordMessages.KeyFieldError(id, Options.IdField) is { } idError)
            {
                return Reject(source, idError);
            }
        }
        else
        {
            return Reject(source, RecordMessages.NotAStringOrNumber(Options.IdField));
        }

        if (Options.RequireGroupField)
        {
            var groupError = record.GroupKind switch
            {
                JsonValueKind.Undefined => RecordMessages.MissingField(Options.GroupField),
                JsonValueKind.Null => RecordMessages.NullField(Options.GroupField),
                JsonValueKind.Object or JsonValueKind.Array => RecordMessages.NotASingleValue(Options.GroupField),
                _ => RecordMessages.KeyFieldError(record.Fields[Options.GroupField], Options.GroupField),
            };
            if (groupError is not null)
            {
                return Reject(source, groupError);
            }
        }

        if (record.Lent is { } lentText)
        {
            var document = new Document(id, record.Fields, source);
            lentText.Owner = document;
            return CorpusItem.AcceptedLent(document, lentText.Length);
        }

        return CorpusItem.Accepted(new Document(id, record.Fields, record.Text!, source));
    }

    /// <summary>A rejected record.</summary>
    /// <param name="source">Where the record is.</param>
    /// <param name="message">What is wrong.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Reject(DocumentSource source, string message) => CorpusItem.Rejected(new Diagnostic(source, message));

    /// <summary>Whether <paramref name="name"/> is the text field.</summary>
    /// <param name="name">A field's name.</param>
    /// <returns>Whether it is the text field.</returns>
    public bool IsTextField(string name) => string.Equals(name, Options.TextField, StringComparison.Ordinal);

    /// <summary>Records the kind of a field if it is the text, id or group field.</summary>
    /// <param name="name">The field's name.</param>
    /// <param name="kind">Its value's kind.</param>
    /// <param name="textKind">The text field's kind, set when <paramref name="name"/> is the text field.</param>
    /// <param name="idKind">The id field's kind, set when <paramref name="name"/> is the id field.</param>
    /// <param name="groupKind">The group field's kind, set when <paramref name="name"/> is the group field.</param>
    /// <returns>Whether the field is the text field (which is not kept among the fields).</returns>
    public bool Classify(string name, JsonValueKind kind, ref JsonValueKind textKind, ref JsonValueKind idKind, ref JsonValueKind groupKind)
    {
        if (string.Equals(name, Options.TextField, StringComparison.Ordinal))
        {
            textKind = kind;
            return true;
        }

        if (string.Equals(name, Options.IdField, StringComparison.Ordinal))
        {
            idKind = kind;
        }

        if (string.Equals(name, Options.GroupField, StringComparison.Ordinal))
        {
            groupKind = kind;
        }

        return false;
    }
}
