namespace Framing.Cli.Commands.Check;

/// <summary>How many findings of each level a run of <c>framing check</c> has written: all that its summary, its exit
/// code and the JSON report's header need of them.</summary>
internal sealed class FindingCounts
{
    /// <summary>Findings at level error.</summary>
    public long Errors { get; private set; }

    /// <summary>Findings at level warning.</summary>
    public long Warnings { get; private set; }

    /// <summary>Counts one finding.</summary>
    /// <param name="level">Its level.</param>
    public void Add(RuleLevel level)
    {
        if (level == RuleLevel.Error)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }
    }
}
