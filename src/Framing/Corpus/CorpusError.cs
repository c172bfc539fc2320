namespace Framing.Corpus;

/// <summary>Why a record of a corpus could not be read as a document.</summary>
/// <param name="Source">Where the record is (file and line).</param>
/// <param name="Message">What is wrong, in one line, without the location (for example <c>missing field "text"</c>).</param>
public sealed record CorpusError(DocumentSource Source, string Message)
{
    /// <summary>Formats the error as <c>file:line: message</c>.</summary>
    /// <returns>The one-line error.</returns>
    public override string ToString() => $"{Source}: {Message}";
}
