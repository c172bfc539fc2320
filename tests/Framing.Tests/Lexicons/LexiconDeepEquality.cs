using System.Collections;
using System.Reflection;
using Framing.Lexicons;

namespace Framing.Tests.Lexicons;

/// <summary>
/// Compares two lexicons property by property (public and internal, recursively, lists element by element), so that a
/// field the lexicon image forgets to write shows up as a difference.
/// </summary>
internal static class LexiconDeepEquality
{
    /// <summary>Asserts that every property of the two lexicons has the same value.</summary>
    /// <returns>The number of values compared (leaves).</returns>
    public static int AssertSame(Lexicon expected, Lexicon actual)
    {
        var leaves = 0;
        Compare(expected, actual, "lexicon", ref leaves);
        return leaves;
    }

    private static void Compare(object? expected, object? actual, string path, ref int leaves)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} against {actual ?? "null"}");
            leaves++;
            return;
        }

        var type = expected.GetType();
        if (expected is IEnumerable and not string)
        {
            // Lists compare by their items, whatever collection holds them.
            var left = ((IEnumerable)expected).Cast<object?>().ToList();
            var right = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToList();
            Assert.True(left.Count == right.Count, $"{path}: {left.Count} items against {right.Count}");
            for (var i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]", ref leaves);
            }

            return;
        }

        Assert.True(type == actual.GetType(), $"{path}: {type} against {actual.GetType()}");
        if (type.IsPrimitive || type.IsEnum || expected is string or DateOnly or SourceLocation or Guid)
        {
            Assert.True(Equals(expected, actual), $"{path}: '{expected}' against '{actual}'");
            leaves++;
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name, ref leaves);
        }
    }
}
