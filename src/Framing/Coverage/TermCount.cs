namespace Framing.Coverage;

/// <summary>An unmatched term and how often it was seen.</summary>
/// <param name="Term">The term: normalized, article-stripped tokens separated by one space.</param>
/// <param name="Count">Its occurrences.</param>
public readonly record struct TermCount(string Term, long Count);
