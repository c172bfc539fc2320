using Framing.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>
/// What the lexicon loader refuses before it reads fields: YAML nested deeper than 64 levels (which overflowed the
/// stack, ending the process), aliases that would make the tree endless, deeper than that or huge, and a second
/// YAML document (which was ignored). Each is one error at its place.
/// </summary>
public sealed class LexiconYamlLimitsTests
{
    private const string TooDeep = "nesting too deep (more than 64 levels)";

    private static string FlowNested(int depth) => "x: " + new string('[', depth) + new string(']', depth) + "\n";

    /// <summary>
    /// A control character YAML does not allow is named at its place (a NUL inside a quoted scalar was "found unexpected
    /// end of stream"); tab, carriage return and line feed stay allowed.
    /// </summary>
    [Theory]
    [InlineData('\0', "0000")]
    [InlineData('\u0007', "0007")]
    [InlineData('\u001B', "001B")]
    [InlineData('\u007F', "007F")]
    public void AControlCharacterIsOneErrorAtItsPlace(char control, string code)
    {
        SingleError($"id: t\r\ntitle: \"gun{control}men\"\n", 2, 12, $"invalid YAML: control character U+{code} (a YAML file may hold tab, line feed and carriage return, no other control character)");
        Assert.DoesNotContain(Errors("id: t\r\ntitle:\t\"gunmen\"\n"), e => e.Message.Contains("control character", StringComparison.Ordinal));
    }

    [Fact]
    public void DeeplyNestedFlowSequencesAreOneErrorNotAStackOverflow()
    {
        // The root mapping is level 1 and '[' number k (column 3 + k) is level k + 1: the 64th '[' is level 65.
        SingleError(FlowNested(50_000), 1, 67, TooDeep);
        SingleError(FlowNested(64), 1, 67, TooDeep);

        // 64 levels are allowed: the file is then only a lexicon with an unknown field and nothing else.
        Assert.DoesNotContain(Errors(FlowNested(63)), e => e.Message.StartsWith("nesting", StringComparison.Ordinal));
    }

    [Fact]
    public void DeeplyNestedBlockMappingsAreOneErrorAtTheFirstTooDeepMapping()
    {
        // Line k holds the mapping of level k, indented by 2 (k - 1) spaces: line 65 starts level 65 at column 129.
        var yaml = string.Concat(Enumerable.Range(0, 5_000).Select(k => new string(' ', 2 * k) + "a:\n"));
        SingleError(yaml, 65, 129, TooDeep);
    }

    [Fact]
    public void AnAliasInsideTheNodeItNamesIsAnError()
    {
        // "a: &x [*x]": the alias is at column 8; YamlDotNet would build a sequence that holds itself.
        SingleError("a: &x [*x]\n", 1, 8, "alias *x is inside the node it names");
        SingleError("a: &x {b: [c, {d: *x}]}\n", 1, 19, "alias *x is inside the node it names");
    }

    [Fact]
    public void AnAliasWithoutAnEarlierAnchorIsAnError() =>
        SingleError("a: *nowhere\nb: &nowhere [x]\n", 1, 4, "alias *nowhere names no anchor (&nowhere) before it");

    [Fact]
    public void AnAliasCountsTheDepthOfTheNodeItNames()
    {
        // &d is 60 levels deep (levels 2-61). Under b, with the root and five '[' open, *d would reach level 66.
        var anchored = "a: &d " + new string('[', 60) + new string(']', 60) + "\n";
        SingleError(anchored + "b: [[[[[*d]]]]]\n", 2, 9, TooDeep);

        // With three '[' it reaches level 64, which is allowed.
        Assert.DoesNotContain(Errors(anchored + "b: [[[*d]]]\n"), e => e.Message.StartsWith("nesting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("---\nid: other\n", 22)]
    [InlineData("---\n", 22)]
    [InlineData("...\nid: other\n", 23)]
    public void ASecondDocumentIsAnErrorWhereItStarts(string after, int line)
    {
        // The lexicon ends with its entry on line 21.
        SingleError(Yaml(ValidEntry) + after, line, 1, "a lexicon file holds one YAML document; found another here");

        // One document, with its optional start and end markers, still loads.
        Assert.Equal("test", Parse("---\n" + Yaml(ValidEntry) + "...\n").Id);
    }

    /// <summary>
    /// An indented ':' with no key before it (" : 0", found by fuzzing, tests/Framing.Fuzz): YamlDotNet's parser drops the
    /// value, and its node loader then threw ArgumentException, an internal error (exit 3). It is one error at the key.
    /// </summary>
    [Theory]
    [InlineData(" : 0", 1, 3)]
    [InlineData("   : 0\n", 1, 5)]
    public void AColonWithoutAKeyIsOneErrorNotAnInternalError(string yaml, int line, int column)
    {
        SingleError(yaml, line, column, "a key without a value (a ':' with no key before it?)");

        // A key whose value is left out, and an explicit empty key, still read as YAML (null values).
        Assert.DoesNotContain(Errors("a:\n? b\n"), e => e.Message.Contains("without a value", StringComparison.Ordinal));
    }

    /// <summary>
    /// A tag that is not a valid URI (found by fuzzing, tests/Framing.Fuzz): YamlDotNet's parser threw ArgumentException,
    /// an internal error (exit 3). It is one error where the parser stopped, after the tag.
    /// </summary>
    [Theory]
    [InlineData("id: !<a+b> t\n", 1, 11)]
    [InlineData("id: t\ntitle: !!a+b x\n", 2, 13)]
    public void ATagThatIsNotAUriIsOneErrorNotAnInternalError(string yaml, int line, int column)
    {
        SingleError(yaml, line, column, "invalid YAML: Global tags must be valid URIs.");

        // A valid tag still reads.
        Assert.Equal("test", Parse(Yaml(ValidEntry).Replace("id: test", "id: !!str test", StringComparison.Ordinal)).Id);
    }

    /// <summary>
    /// An error at the very end of a text without a final line break is placed at the end of its last line: YamlDotNet's
    /// scanner stood on a line past it (a one-line file's error said line 2). With a final line break, the empty line
    /// after it is a place in the file and stays; \r and \r\n end lines as \n does.
    /// </summary>
    [Theory]
    [InlineData("a: [x", 1, 6)]
    [InlineData("id: t\ntitle: [x", 2, 10)]
    [InlineData("id: t\r\ntitle: [x", 2, 10)]
    [InlineData("id: t\rtitle: [x", 2, 10)]
    [InlineData("a: [x\n", 2, 1)]
    [InlineData("a: {x: y", 1, 9)]
    public void AnErrorAtTheEndOfTheTextIsPlacedOnALineOfTheText(string yaml, int line, int column)
    {
        var error = Assert.Single(Errors(yaml));
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
    }

    private static readonly string ValidEntry = Entry("en", "rebels", "opposition", "rebel");
}
