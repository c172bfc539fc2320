using Framing.Text;

namespace Framing.Learning;

/// <summary>
/// Per outlet, how many of its documents have letters of the Arabic script, and how many have letters of another
/// script: the documents that could use an n-gram of that script (a document of both counts in both). learn compares
/// an n-gram's use in one outlet with its use in these documents of the other outlets, not in all their documents: an
/// English document cannot use an Arabic word. Not thread-safe.
/// </summary>
internal sealed class OutletScripts
{
    private readonly int[] _arabic;
    private readonly int[] _other;

    public OutletScripts(int outlets)
    {
        _arabic = new int[outlets];
        _other = new int[outlets];
    }

    /// <summary>Counts a document of an outlet.</summary>
    public void Add(int outlet, string text)
    {
        var counts = ScriptDetector.CountLetters(text);
        _arabic[outlet] += counts.Arabic > 0 ? 1 : 0;
        _other[outlet] += counts.Letters > counts.Arabic ? 1 : 0;
    }

    /// <summary>The outlet's documents with letters of the Arabic script (<paramref name="arabic"/>), or of another script.</summary>
    public int Documents(int outlet, bool arabic) => arabic ? _arabic[outlet] : _other[outlet];
}
