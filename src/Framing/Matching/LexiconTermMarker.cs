namespace Framing.Matching;

/// <summary>
/// The lexicon column of <c>framing keyness</c> and <c>framing learn</c> for library users: which entries of a
/// lexicon match a term of a keyness table (normalized words separated by spaces, as <c>KeynessRow.Term</c> gives
/// them), as <c>dimension/pole</c> labels. The labels of the entries that match the whole term as written; when none
/// does, <c>with ال: </c> and the labels of the entries that match an Arabic term only with the article in front of
/// each word (the term pools نظام, "system", with النظام, "the regime", and the lexicon counts only the latter); else
/// <c>partial: </c> and the labels of the entries that match a part of it; else an empty string. Only matches that
/// would count in a text are taken (not negated ones, nor a name off its target).
/// </summary>
/// <remarks>Not thread-safe (it scores the term's text with its own scorer): one per thread.</remarks>
public sealed class LexiconTermMarker
{
    private readonly LexiconTermLabels _labels;

    /// <summary>A marker for the terms of one lexicon.</summary>
    /// <param name="lexicon">The compiled lexicon (<c>Lexicon.Compile()</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public LexiconTermMarker(CompiledLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _labels = new LexiconTermLabels(lexicon);
    }

    /// <summary>The labels of the entries that match <paramref name="term"/>, as described on the type; an empty string
    /// when none does.</summary>
    /// <param name="term">A term of a keyness table.</param>
    /// <returns>The labels, such as <c>armed-opposition/terrorism</c>, <c>with ال: government-forces/regime</c> or
    /// <c>partial: armed-opposition/opposition</c>; or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    public string Label(string term) => _labels.WholeOrPartial(term ?? throw new ArgumentNullException(nameof(term)));
}
