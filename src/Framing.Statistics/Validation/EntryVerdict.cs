namespace Framing.Statistics.Validation;

/// <summary>What the outlets of known leaning say about a lexicon entry (see <see cref="EntryValidation"/>).</summary>
public enum EntryVerdict
{
    /// <summary>The log-odds ratio's interval lies entirely on the side of the entry's pole: a pole A entry used more
    /// by side A, or a pole B entry used more by side B.</summary>
    Agrees = 0,

    /// <summary>The interval lies entirely on the other side: the entry is used more by the camp of the opposite pole.</summary>
    Contradicts = 1,

    /// <summary>The interval includes 0, there is no interval, or only one outlet of either side uses the entry
    /// (whatever its counts: one outlet's habit is not a camp's).</summary>
    Unclear = 2,

    /// <summary>No document of either side uses the entry.</summary>
    Unused = 3,

    /// <summary>A neutral entry: its counts and log-odds ratio are reported, but it claims no pole to agree with.</summary>
    Neutral = 4,
}
