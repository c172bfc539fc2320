using System.Text.Json;

namespace Framing.Corpus;

/// <summary>
/// Collects a JSON Lines record's members as <see cref="JsonRecordFastPath"/>'s two readers find them (the flat-object
/// scanner and the <see cref="Utf8JsonReader"/> path): the fields kept, the text, the kinds of the text, id and group
/// fields, and which fields were null. A mutable struct, held in a local of the reading method: no allocation of its own.
/// </summary>
internal struct JsonRecordFields
{
    private readonly JsonRecordRules _rules;
    private FieldCollector _fields;
    private string? _text;
    private JsonValueKind _textKind;
    private JsonValueKind _idKind;
    private JsonValueKind _groupKind;
    private HashSet<string>? _nullFields; // the fields seen with a null value, which are not kept
    private bool _textLent;

    /// <summary>Starts an empty record read under <paramref name="rules"/>.</summary>
    /// <param name="rules">The field names.</param>
    public JsonRecordFields(JsonRecordRules rules)
    {
        _rules = rules;
    }

    /// <summary>Whether a member named <paramref name="name"/> (the text field when <paramref name="isText"/>) was seen before.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="isText">Whether it is the text field.</param>
    /// <returns>True for a repeated field, which makes the line unusual.</returns>
    public readonly bool IsRepeated(string name, bool isText) =>
        isText ? _textKind != JsonValueKind.Undefined : _fields.Contains(name) || (_nullFields?.Contains(name) ?? false);

    /// <summary>Records that the text was decoded into the lent buffer instead of a string.</summary>
    public void TextLent() => _textLent = true;

    /// <summary>Adds a member: the text, id or group field's kind (and the text when a string), or a kept field, or a null one.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="kind">Its value's kind.</param>
    /// <param name="scalar">Its value as kept (null for JSON null and for a text decoded into the lent buffer).</param>
    public void Add(string name, JsonValueKind kind, string? scalar)
    {
        if (_rules.Classify(name, kind, ref _textKind, ref _idKind, ref _groupKind))
        {
            _text = kind == JsonValueKind.String ? scalar : null;
        }
        else if (scalar is not null)
        {
            _fields.Set(name, scalar);
        }
        else
        {
            (_nullFields ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        }
    }

    /// <summary>
    /// The kept text of a value that is not a string, from its JSON bytes as written: a number as written, <c>true</c>,
    /// <c>false</c>, null for JSON null, and a nested object's or array's JSON text, which must be valid UTF-8 and
    /// escape no unpaired surrogate (<see cref="JsonSurrogateEscapes"/>), as a string field must.
    /// </summary>
    /// <param name="kind">The value's kind (not a string).</param>
    /// <param name="raw">The value's bytes as written.</param>
    /// <param name="scalar">The value as kept.</param>
    /// <returns>False for a nested value that is not valid UTF-8 or holds an unpaired surrogate escape (the line is then
    /// unusual).</returns>
    public static bool TryScalar(JsonValueKind kind, ReadOnlySpan<byte> raw, out string? scalar)
    {
        scalar = kind switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => null,
            JsonValueKind.Number => System.Text.Encoding.UTF8.GetString(raw),
            _ => Utf8Text.IsValid(raw) && !JsonSurrogateEscapes.HasUnpaired(raw) ? System.Text.Encoding.UTF8.GetString(raw) : null,
        };
        return kind is not (JsonValueKind.Object or JsonValueKind.Array) || scalar is not null;
    }

    /// <summary>The record collected.</summary>
    /// <param name="lent">The lent buffer the text may have been decoded into.</param>
    /// <returns>The record.</returns>
    public readonly JsonRecord ToRecord(LentText? lent) => new(_fields.ToFields(), _text, _textKind, _idKind, _groupKind, _textLent ? lent : null);
}
