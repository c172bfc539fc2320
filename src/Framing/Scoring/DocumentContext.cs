using System.Runtime.CompilerServices;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// The context words found in one document, per token: actor mentions, target links, negation ends, speech cues and
/// openers, scare markers, and what they imply (which tokens are attributed, where scare candidates start). Reused from
/// document to document; grows with the longest document and then no longer allocates. Not thread-safe.
/// </summary>
internal sealed class DocumentContext
{
    private int[] _actor = new int[256];
    private int[] _mentionFirst = new int[256];
    private int[] _mentionLast = new int[256];
    private bool[] _mentionConjunction = new bool[256];
    private bool[] _mentionPreposition = new bool[256];
    private bool[] _link = new bool[256];
    private bool[] _detachedClitic = new bool[256];
    private bool[] _scareWord = new bool[256];
    private bool[] _negationEnds = new bool[256];
    private int[] _openerEnd = new int[256];
    private int[] _scareBeforeStart = new int[256];
    private int[] _scareAfterEnd = new int[256];
    private bool[] _attributed = new bool[256];
    private int[] _scareLength = new int[256];
    private int[] _scareActor = new int[256];
    private bool[] _scareByQuotes = new bool[256];
    private int _tokenCount;

    /// <summary>The speech cues found, in text order: first token and token count.</summary>
    public Matching.IntList CueStarts { get; } = new();

    /// <summary>The token counts of <see cref="CueStarts"/>.</summary>
    public Matching.IntList CueLengths { get; } = new();

    /// <summary>
    /// Where the reported speech of each cue of <see cref="CueStarts"/> starts (after its opener or colon, or after the
    /// speaker that follows the cue): filled by <see cref="AttributionSpans"/> as it goes.
    /// </summary>
    public Matching.IntList CueSpeechStarts { get; } = new();

    /// <summary>The first tokens of the actor mentions, in text order (mentions never overlap: one marker slot).</summary>
    public Matching.IntList MentionStarts { get; } = new();

    /// <summary>Whether any actor was mentioned.</summary>
    public bool HasMentions { get; private set; }

    /// <summary>Whether any scare candidate was found.</summary>
    public bool HasScareCandidates { get; private set; }

    /// <summary>Empties the context for a document of <paramref name="tokenCount"/> tokens.</summary>
    public void Reset(int tokenCount)
    {
        if (_actor.Length < tokenCount)
        {
            var size = Math.Max(tokenCount, _actor.Length * 2);
            _actor = new int[size];
            _mentionFirst = new int[size];
            _mentionLast = new int[size];
            _mentionConjunction = new bool[size];
            _mentionPreposition = new bool[size];
            _link = new bool[size];
            _detachedClitic = new bool[size];
            _scareWord = new bool[size];
            _negationEnds = new bool[size];
            _openerEnd = new int[size];
            _scareBeforeStart = new int[size];
            _scareAfterEnd = new int[size];
            _attributed = new bool[size];
            _scareLength = new int[size];
            _scareActor = new int[size];
            _scareByQuotes = new bool[size];
        }

        _tokenCount = tokenCount;
        Array.Fill(_actor, -1, 0, tokenCount);
        Array.Clear(_mentionConjunction, 0, tokenCount);
        Array.Clear(_mentionPreposition, 0, tokenCount);
        Array.Clear(_link, 0, tokenCount);
        Array.Clear(_detachedClitic, 0, tokenCount);
        Array.Clear(_scareWord, 0, tokenCount);
        Array.Clear(_negationEnds, 0, tokenCount);
        Array.Fill(_openerEnd, -1, 0, tokenCount);
        Array.Fill(_scareBeforeStart, -1, 0, tokenCount);
        Array.Fill(_scareAfterEnd, -1, 0, tokenCount);
        Array.Clear(_attributed, 0, tokenCount);
        Array.Clear(_scareLength, 0, tokenCount);
        CueStarts.Clear();
        CueLengths.Clear();
        CueSpeechStarts.Clear();
        MentionStarts.Clear();
        HasMentions = false;
        HasScareCandidates = false;
    }

    public int TokenCount => _tokenCount;

    /// <summary>The actor (index) whose name covers token <paramref name="token"/>, or -1.</summary>
    public int ActorAt(int token) => _actor[token];

    /// <summary>The first token of the actor mention covering <paramref name="token"/>.</summary>
    public int MentionFirst(int token) => _mentionFirst[token];

    /// <summary>The last token of the actor mention covering <paramref name="token"/>.</summary>
    public int MentionLast(int token) => _mentionLast[token];

    /// <summary>Whether the mention starting at <paramref name="token"/> is joined to what precedes it by a conjunction clitic (و، ف).</summary>
    public bool MentionHasConjunction(int token) => _mentionConjunction[token];

    /// <summary>Whether the mention starting at <paramref name="token"/> is governed by a preposition clitic (ب، ل، ك).</summary>
    public bool MentionHasPreposition(int token) => _mentionPreposition[token];

    /// <summary>Whether token <paramref name="token"/> is part of a target link word.</summary>
    public bool IsLink(int token) => _link[token];

    /// <summary>
    /// Whether token <paramref name="token"/> is a proclitic written apart from the actor name or link word after it
    /// (بـ«…»): the searches for targets and scare markers pass over it, and the word after it carries its clitic.
    /// </summary>
    public bool IsDetachedClitic(int token) => _detachedClitic[token];

    /// <summary>Records a proclitic written apart from the word after it.</summary>
    public void AddDetachedClitic(int token) => _detachedClitic[token] = true;

    /// <summary>Whether token <paramref name="token"/> is part of a scare marker (which may stand between a label and the
    /// actor it refers to: "fighters of the so-called Islamic State").</summary>
    public bool IsScareWord(int token) => _scareWord[token];

    /// <summary>Whether a negation word or phrase ends at token <paramref name="token"/>.</summary>
    public bool NegationEndsAt(int token) => _negationEnds[token];

    /// <summary>When an opener starts at <paramref name="token"/>, the token after it; otherwise -1.</summary>
    public int OpenerEnd(int token) => _openerEnd[token];

    /// <summary>When a before-name scare marker ends at <paramref name="token"/>, its first token; otherwise -1.</summary>
    public int ScareBeforeStart(int token) => _scareBeforeStart[token];

    /// <summary>When an after-name scare marker starts at <paramref name="token"/>, the token after it; otherwise -1.</summary>
    public int ScareAfterEnd(int token) => _scareAfterEnd[token];

    /// <summary>Whether token <paramref name="token"/> lies in reported speech.</summary>
    public bool IsAttributed(int token) => _attributed[token];

    /// <summary>The length in tokens of the scare candidate starting at <paramref name="token"/>, or 0.</summary>
    public int ScareLength(int token) => _scareLength[token];

    /// <summary>The actor of the scare candidate starting at <paramref name="token"/>.</summary>
    public int ScareActor(int token) => _scareActor[token];

    /// <summary>Whether the scare candidate starting at <paramref name="token"/> is a name alone inside quotation marks.</summary>
    public bool ScareByQuotes(int token) => _scareByQuotes[token];

    /// <summary>Records an actor mention.</summary>
    [MethodImpl(HotPath.Compilation)]
    public void AddMention(int first, int length, int actor, bool conjunction, bool preposition)
    {
        for (var t = first; t < first + length; t++)
        {
            _actor[t] = actor;
            _mentionFirst[t] = first;
            _mentionLast[t] = first + length - 1;
        }

        _mentionConjunction[first] = conjunction;
        _mentionPreposition[first] = preposition;
        MentionStarts.Add(first);
        HasMentions = true;
    }

    /// <summary>Records a target link word.</summary>
    public void AddLink(int first, int length) => Array.Fill(_link, true, first, length);

    /// <summary>Records a negation word or phrase.</summary>
    public void AddNegation(int first, int length) => _negationEnds[first + length - 1] = true;

    /// <summary>Records a speech cue.</summary>
    public void AddCue(int first, int length)
    {
        CueStarts.Add(first);
        CueLengths.Add(length);
    }

    /// <summary>Records an opener.</summary>
    public void AddOpener(int first, int length) => _openerEnd[first] = first + length;

    /// <summary>Records a scare marker written before a name.</summary>
    public void AddScareBefore(int first, int length)
    {
        _scareBeforeStart[first + length - 1] = first;
        Array.Fill(_scareWord, true, first, length);
    }

    /// <summary>Records a scare marker written after a name.</summary>
    public void AddScareAfter(int first, int length)
    {
        _scareAfterEnd[first] = first + length;
        Array.Fill(_scareWord, true, first, length);
    }

    /// <summary>Marks tokens [<paramref name="first"/>, <paramref name="last"/>] as reported speech.</summary>
    public void MarkAttributed(int first, int last)
    {
        if (last >= first)
        {
            Array.Fill(_attributed, true, first, last - first + 1);
        }
    }

    /// <summary>Records a scare candidate; a longer candidate at the same start wins.</summary>
    public void AddScareCandidate(int first, int length, int actor, bool byQuotes)
    {
        if (length <= _scareLength[first])
        {
            return;
        }

        _scareLength[first] = length;
        _scareActor[first] = actor;
        _scareByQuotes[first] = byQuotes;
        HasScareCandidates = true;
    }

    /// <summary>The voice of a match whose first token is <paramref name="token"/>: quoted inside quotation marks
    /// (nested <paramref name="ignoredQuoteLevels"/> deep at least), else attributed in reported speech, else editorial.</summary>
    public Voice VoiceAt(Token token, int index, int ignoredQuoteLevels = 0) =>
        token.QuoteDepth > ignoredQuoteLevels ? Voice.Quoted : _attributed[index] ? Voice.Attributed : Voice.Editorial;
}
