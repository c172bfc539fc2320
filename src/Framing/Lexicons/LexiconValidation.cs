namespace Framing.Lexicons;

/// <summary>
/// What a lexicon file says about its validity (its <c>validation</c> section): whether it has been checked against
/// outlets of known leaning (for example with <c>framing validate</c>), when, on which corpora and with which figures.
/// Metadata only: it never affects scores or the lexicon's fingerprint.
/// Compares by value, lists element by element.</summary>
/// <param name="Status">The status.</param>
/// <param name="Date">When the figures were measured (required when validated).</param>
/// <param name="Corpora">The corpora the lexicon was checked on, by name (required when validated).</param>
/// <param name="Figures">The figures, each with the command that measured it (required when validated).</param>
/// <param name="Note">Free text: limits of the validation, or why the lexicon is not validated.</param>
public sealed record LexiconValidation(
    LexiconValidationStatus Status,
    DateOnly? Date,
    IReadOnlyList<string> Corpora,
    IReadOnlyList<string> Figures,
    string? Note)
{
    /// <summary>The status of a lexicon whose file has no <c>validation</c> section.</summary>
    public static LexiconValidation NotStated { get; } = new(LexiconValidationStatus.NotStated, null, [], [], null);

    /// <summary>The corpora the lexicon was checked on, by name (a read-only view).</summary>
    public IReadOnlyList<string> Corpora { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Of(Corpora);

    /// <summary>The figures, each with the command that measured it (a read-only view).</summary>
    public IReadOnlyList<string> Figures { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Of(Figures);

    /// <summary>The status as written in lexicon files and output: <c>validated</c>, <c>not-validated</c> or <c>not-stated</c>.</summary>
    public string StatusName => Status switch
    {
        LexiconValidationStatus.Validated => "validated",
        LexiconValidationStatus.NotValidated => "not-validated",
        _ => "not-stated",
    };

    /// <summary>The record's members as the compiler prints them (<c>LexiconValidation { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LexiconValidation), PrintMembers);
}
