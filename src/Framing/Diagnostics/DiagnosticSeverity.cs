namespace Framing;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input cannot be used as it is: a lexicon or dictionary is refused, a record is rejected.</summary>
    Error,

    /// <summary>Something was skipped or guessed, and the rest of the input was used.</summary>
    Warning,
}
