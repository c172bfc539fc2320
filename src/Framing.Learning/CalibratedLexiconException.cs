namespace Framing.Learning;

/// <summary>
/// <see cref="CalibratedLexiconWriter"/> cannot write the calibrated lexicon from a lexicon file's text: the text's layout
/// is one the writer does not rewrite (its top level a flow mapping, as JSON writes it; a top-level key that does not
/// start its line; a document end marker), or the text it wrote does not read back with the id, pole and weight of
/// every entry that calibration decided. The message says which, and how to write the lexicon so that it can be
/// calibrated (block YAML, each top-level key at the start of its line). Nothing should be written.
/// </summary>
public sealed class CalibratedLexiconException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public CalibratedLexiconException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public CalibratedLexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
