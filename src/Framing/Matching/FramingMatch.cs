using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Matching;

/// <summary>
/// One match of a lexicon entry in a document, traceable to the original text.
/// </summary>
/// <param name="Entry">The entry that matched.</param>
/// <param name="Dimension">The entry's dimension.</param>
/// <param name="Start">Offset of the match's first character in the original text (UTF-16 code units).</param>
/// <param name="Length">Length of the match in the original text, from its first token's start to its last token's end.</param>
/// <param name="Surface">The original text of the match.</param>
/// <param name="Normalized">The normalized tokens of the match, separated by spaces.</param>
/// <param name="Voice">Quoted (inside quotation marks), attributed (reported speech outside them) or editorial, judged by
/// the match's first token.</param>
/// <param name="Sentence">0-based index of the sentence of the match's first token.</param>
/// <param name="FirstToken">Index of the match's first token in the document.</param>
/// <param name="TokenCount">Number of tokens the match spans.</param>
/// <param name="Rule">The clitic rules that let the match's tokens match (for example <c>وال+…</c>), one per token that needed
/// one, in token order and separated by <c>; </c>; empty when every token matched exactly.</param>
/// <param name="Target">The actor the match refers to (see the lexicon's <c>actors</c>), or null when no actor is in reach.</param>
/// <param name="Status">Whether the match counts for its pole, or is negated or off target.</param>
/// <param name="Kind">Whether a lexicon entry or a scare marker produced the match (a scare match's
/// <paramref name="Entry"/> is synthetic: its pattern reads <c>scare marker + actor-id</c>).</param>
public sealed record FramingMatch(
    LexiconEntry Entry,
    Dimension Dimension,
    int Start,
    int Length,
    string Surface,
    string Normalized,
    Voice Voice,
    int Sentence,
    int FirstToken,
    int TokenCount,
    string Rule,
    Actor? Target = null,
    MatchStatus Status = MatchStatus.Counted,
    MatchKind Kind = MatchKind.Entry)
{
    /// <summary>The pole the match counts for (null for neutral matches when the dimension has no neutral category).</summary>
    public Pole? Pole => Dimension.GetPole(Entry.Side);

    /// <summary>The record's members as the compiler prints them (<c>FramingMatch { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(FramingMatch), PrintMembers);
}
