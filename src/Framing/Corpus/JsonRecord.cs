namespace Framing.Corpus;

/// <summary>
/// What a JSON Lines record holds, as either JSON path collects it before <see cref="JsonRecordRules"/> judges it: the
/// fields kept for <see cref="Document.Fields"/> (the text field left out), the text when it is a string, and the JSON
/// kinds of the text, id and group fields (<see cref="System.Text.Json.JsonValueKind.Undefined"/> when absent), and the
/// buffer holding the text instead of <see cref="Text"/> when it was decoded into one (see <see cref="LentText"/>).
/// </summary>
internal readonly record struct JsonRecord(
    DocumentFields Fields,
    string? Text,
    System.Text.Json.JsonValueKind TextKind,
    System.Text.Json.JsonValueKind IdKind,
    System.Text.Json.JsonValueKind GroupKind,
    LentText? Lent = null);
