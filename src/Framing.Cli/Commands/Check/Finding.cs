using System.Globalization;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// A place in an input file: 1-based line and column (columns count UTF-16 code units, which for Arabic and English
/// text are characters), an exclusive end as SARIF defines it, and the text found there.
/// </summary>
/// <param name="File">The file as the user named it (joined with the path inside a folder), with <c>/</c> separators.</param>
/// <param name="Line">1-based start line.</param>
/// <param name="Column">1-based start column.</param>
/// <param name="EndLine">1-based end line, or null for a place without extent (a whole document).</param>
/// <param name="EndColumn">The column just after the last character, or null.</param>
/// <param name="Snippet">The text at the place, or null.</param>
internal sealed record FindingLocation(string File, int Line, int Column, int? EndLine = null, int? EndColumn = null, string? Snippet = null);

/// <summary>One thing <c>framing check</c> reports: which rule, how serious, what, and where.</summary>
/// <param name="RuleId">The rule's id (see <see cref="CheckRules"/>).</param>
/// <param name="Level">How serious it is.</param>
/// <param name="Message">One line, without the location and the snippet.</param>
/// <param name="Location">Where, or null for a finding about no file (a rule given as an option about a whole group).</param>
internal sealed record Finding(string RuleId, RuleLevel Level, string Message, FindingLocation? Location)
{
    /// <summary>The document the finding is about, when it is about one.</summary>
    public string? Document { get; init; }

    /// <summary>The group the finding is about.</summary>
    public string? Group { get; init; }

    /// <summary>The dimension or composite id.</summary>
    public string? Dimension { get; init; }

    /// <summary>The pole of a matched term.</summary>
    public string? Pole { get; init; }

    /// <summary>The lexicon entry's pattern of a matched term.</summary>
    public string? Entry { get; init; }

    /// <summary>The score that broke a limit.</summary>
    public double? Score { get; init; }

    /// <summary>Whether <see cref="Score"/> is written in full, not with six significant digits, which would write it
    /// as the limit it broke (see <see cref="CheckFigures"/>).</summary>
    public bool ScoreInFull { get; init; }

    /// <summary>The message followed by the snippet in double quotes, when there is one (newlines as spaces).</summary>
    public string MessageWithSnippet => Location?.Snippet is { } snippet
        ? Message + " \"" + snippet.ReplaceLineEndings(" ") + "\""
        : Message;

    /// <summary>Whether the finding is in a record read from standard input, which is no file to point at.</summary>
    public bool OnStandardInput => Location is { } at && ArtifactPaths.IsStandardInput(at.File);

    /// <summary><see cref="MessageWithSnippet"/>, preceded by the record's place when it is on standard input
    /// (<c>stdin:3:5: </c>): for the outputs that place findings in files (GitHub annotations, SARIF), where
    /// standard input cannot be named as one.</summary>
    public string MessageWithStandardInputPlace => OnStandardInput
        ? string.Create(CultureInfo.InvariantCulture, $"stdin:{Location!.Line}:{Location.Column}: {MessageWithSnippet}")
        : MessageWithSnippet;
}
