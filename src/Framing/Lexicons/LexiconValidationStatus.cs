namespace Framing.Lexicons;

/// <summary>Whether a lexicon has been checked against outlets of known leaning (its <c>validation.status</c>).</summary>
public enum LexiconValidationStatus
{
    /// <summary>The file does not say (it has no <c>validation</c> section).</summary>
    NotStated = 0,

    /// <summary><c>not-validated</c>: the lexicon has not been checked against outlets of known leaning, or did not pass.</summary>
    NotValidated = 1,

    /// <summary><c>validated</c>: checked against outlets of known leaning, on the corpora and with the figures stated.</summary>
    Validated = 2,
}
