namespace Framing.Cli.Commands.Check;

/// <summary>A rule of <c>framing check</c> as SARIF describes it.</summary>
/// <param name="Id">The rule id in every output format.</param>
/// <param name="Name">A PascalCase name (SARIF <c>name</c>).</param>
/// <param name="ShortDescription">One sentence.</param>
/// <param name="FullDescription">What the rule checks and how to configure it.</param>
internal sealed record CheckRule(string Id, string Name, string ShortDescription, string FullDescription)
{
    public string HelpUri { get; } = CheckRules.InformationUri + "#framing-check-in-ci";
}

/// <summary>The rules of <c>framing check</c>, in the order SARIF lists them.</summary>
internal static class CheckRules
{
    public const string InformationUri = "https://github.com/framing-project/framing";

    public const string EditorialTerm = "editorial-term";
    public const string DocumentScore = "document-score";
    public const string GroupScore = "group-score";
    public const string ScoreDrift = "score-drift";

    public static IReadOnlyList<CheckRule> All { get; } =
    [
        new(EditorialTerm, "EditorialTerm", "A loaded term in the editorial voice (outside quotation marks and reported speech).",
            "A match of a chosen pole or lexicon entry in the outlet's own voice: outside quotation marks and outside reported speech (after a speech verb or cue of the lexicon). Newsrooms that allow a loaded label only when it is quoted or attributed enforce it with this rule (rules.editorial, --editorial-pole, --editorial-entry)."),
        new(DocumentScore, "DocumentScore", "A document's framing score is outside its limit.",
            "A document's score on a dimension or composite index (editorial voice unless configured) is above the maximum or below the minimum (rules.documentScore, --max-document-score, --min-document-score)."),
        new(GroupScore, "GroupScore", "A group's framing score is outside its range.",
            "A group's (for example an outlet's) score on a dimension or composite index is outside the allowed range (rules.groupScore, --group-range)."),
        new(ScoreDrift, "ScoreDrift", "A group's framing score moved since the baseline.",
            "A group's score on a dimension or composite index moved by more than the tolerance since a saved run (rules.drift, --baseline, --tolerance)."),
    ];

    public static int IndexOf(string id)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown rule '{id}'", nameof(id));
    }
}
