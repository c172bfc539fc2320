namespace Framing.Lexicons.Import;

/// <summary>One rule of a <see cref="CategoryMapping"/>: a dictionary category and where its patterns go.</summary>
/// <param name="Category">
/// The category name as the dictionary reader reports it (for quanteda, nested keys joined with '.'). A rule for
/// <c>parent</c> also applies to <c>parent.child</c> when no rule names <c>parent.child</c>.
/// </param>
/// <param name="Target">The dimension, pole and weight.</param>
/// <param name="Location">Where the rule is (a mapping file's line, or <c>--map:N</c> for the N-th rule given on the command line).</param>
internal sealed record CategoryRule(string Category, CategoryTarget Target, SourceLocation Location);
