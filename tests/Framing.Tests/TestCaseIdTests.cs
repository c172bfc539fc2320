using System.Reflection;

namespace Framing.Tests;

/// <summary>
/// Every inline test case runs: xunit names a case by its serialized arguments, and serializes a string holding a lone
/// surrogate as U+FFFD, so two such cases get one id and xunit skips one ("Skipping test case with duplicate ID").
/// Lone surrogates are passed as code units instead (see CharClassTests.NonWordLoneSurrogates).
/// </summary>
public sealed class TestCaseIdTests
{
    [Fact]
    public void NoInlineStringHoldsALoneSurrogate()
    {
        var offenders = new List<string>();
        foreach (var method in typeof(TestCaseIdTests).Assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)))
        {
            foreach (var data in method.GetCustomAttributes<InlineDataAttribute>())
            {
                foreach (var row in data.GetData(method))
                {
                    if (row.OfType<string>().Any(HasLoneSurrogate))
                    {
                        offenders.Add($"{method.DeclaringType!.Name}.{method.Name}");
                    }
                }
            }
        }

        Assert.Empty(offenders);
        Assert.True(typeof(Text.CharClassTests).GetMethod(nameof(Text.CharClassTests.NonWordLoneSurrogates))!.GetCustomAttributes<InlineDataAttribute>().Count() >= 3);
    }

    [Theory]
    [InlineData(new[] { 0xD800 }, true)]
    [InlineData(new[] { 0xDC00, 0x61 }, true)]
    [InlineData(new[] { 0xD83D, 0xDE00 }, false)]
    [InlineData(new[] { 0x61 }, false)]
    public void LoneSurrogatesAreFound(int[] codeUnits, bool lone)
    {
        Assert.Equal(lone, HasLoneSurrogate(new string(codeUnits.Select(u => (char)u).ToArray())));
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
