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

    /// <summary>Builds the trie from words (text, whether a prefix, element id).</summary>
    public static CharTrie Build(IEnumerable<(string Text, bool IsPrefix, int Element)> words)
    {
        // Build with dictionaries, then flatten into arrays with each node's edges sorted by character.
        var children = new List<SortedDictionary<char, int>> { new() };
        var exact = new List<int> { -1 };
        var prefix = new List<int> { -1 };
        foreach (var (text, isPrefix, element) in words)
        {
            var node = 0;
            foreach (var c in text)
            {
                if (!children[node].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children.Add(new SortedDictionary<char, int>());
                    exact.Add(-1);
                    prefix.Add(-1);
                    children[node][c] = next;
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

        var edgeStart = new int[children.Count];
        var edgeCount = new int[children.Count];
        var chars = new List<char>();
        var targets = new List<int>();
        for (var n = 0; n < children.Count; n++)
        {
            edgeStart[n] = chars.Count;
            edgeCount[n] = children[n].Count;
            foreach (var (c, target) in children[n])
            {
                chars.Add(c);
                targets.Add(target);
            }
        }

        return new CharTrie(edgeStart, edgeCount, [.. chars], [.. targets], [.. exact], [.. prefix]);
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
