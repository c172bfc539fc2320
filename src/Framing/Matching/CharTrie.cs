namespace Framing.Matching;

/// <summary>
/// An immutable character trie of the normalized pattern words of one language: each node may end an exact word
/// and/or a prefix word (<c>rebel*</c>). Looking a token up walks it once, character by character, and stops at the
/// first character no pattern continues with — most tokens stop after one or two characters, which is what makes
/// matching fast. Safe to share between threads.
/// </summary>
internal sealed class CharTrie
{
    private readonly int[] _edgeStart;
    private readonly int[] _edgeCount;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly int[] _exact;
    private readonly int[] _prefix;

    private CharTrie(int[] edgeStart, int[] edgeCount, char[] edgeChars, int[] edgeTargets, int[] exact, int[] prefix)
    {
        _edgeStart = edgeStart;
        _edgeCount = edgeCount;
        _edgeChars = edgeChars;
        _edgeTargets = edgeTargets;
        _exact = exact;
        _prefix = prefix;
    }

    /// <summary>Builds the trie from pattern words as written (the normalized word, with a trailing <c>*</c> for a
    /// prefix); a word's element id is its position in <paramref name="words"/>.</summary>
    public static CharTrie Build(IReadOnlyList<string> words)
    {
        // Build with one map of edges keyed by (node << 16) | character, then flatten it into one run of edges per node,
        // sorted by character (EdgeMap.ToRuns). Not a sorted dictionary per node: loading syria-conflict builds tries
        // of thousands of nodes, and those collections' code had to be compiled at every start.
        var edges = new EdgeMap();
        var exact = new List<int> { -1 };
        var prefix = new List<int> { -1 };
        for (var element = 0; element < words.Count; element++)
        {
            var written = words[element];
            var isPrefix = written.EndsWith('*');
            var text = isPrefix ? written.AsSpan(0, written.Length - 1) : written.AsSpan();
            var node = 0;
            foreach (var c in text)
            {
                var key = ((long)node << 16) | c;
                if (!edges.TryGetValue(key, out var next))
                {
                    next = exact.Count;
                    exact.Add(-1);
                    prefix.Add(-1);
                    edges.Add(key, next);
                }

                node = next;
            }

            if (isPrefix)
            {
                prefix[node] = element;
            }
            else
            {
                exact[node] = element;
            }
        }

        edges.ToRuns(exact.Count, 16, out var edgeStart, out var edgeCount, out var labels, out var targets);
        var chars = new char[labels.Length];
        for (var e = 0; e < labels.Length; e++)
        {
            chars[e] = (char)labels[e];
        }

        return new CharTrie(edgeStart, edgeCount, chars, targets, [.. exact], [.. prefix]);
    }

    /// <summary>
    /// Walks <paramref name="head"/> then <paramref name="tail"/> (a form written in two parts, e.g. a restored article
    /// and a stem) and reports the element ids of the prefix words it passes and of the exact word it ends on.
    /// </summary>
    /// <returns>The number of ids written to <paramref name="found"/> (at most its length).</returns>
    public int Match(ReadOnlySpan<char> head, ReadOnlySpan<char> tail, Span<int> found)
    {
        var count = 0;
        var node = 0;
        var total = head.Length + tail.Length;
        for (var i = 0; i < total; i++)
        {
            if (_prefix[node] >= 0 && count < found.Length)
            {
                found[count++] = _prefix[node];
            }

            node = Child(node, i < head.Length ? head[i] : tail[i - head.Length]);
            if (node < 0)
            {
                return count;
            }
        }

        if (_prefix[node] >= 0 && count < found.Length)
        {
            found[count++] = _prefix[node];
        }

        if (_exact[node] >= 0 && count < found.Length)
        {
            found[count++] = _exact[node];
        }

        return count;
    }

    private int Child(int node, char c)
    {
        var start = _edgeStart[node];
        var count = _edgeCount[node];
        var chars = _edgeChars;
        if (count <= 8)
        {
            for (var k = start; k < start + count; k++)
            {
                if (chars[k] == c)
                {
                    return _edgeTargets[k];
                }
            }

            return -1;
        }

        var lo = start;
        var hi = start + count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = chars[mid];
            if (m == c)
            {
                return _edgeTargets[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
