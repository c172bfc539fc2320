namespace Framing.Lexicons;

/// <summary>One problem found in a lexicon file.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record LexiconError(SourceLocation Location, string Message)
{
    /// <summary>Formats the error as <c>file:line:column: message</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
