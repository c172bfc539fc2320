using Framing.Lexicons;
using Framing.Lexicons.Import;

namespace Framing.Tests.Lexicons.Import;

/// <summary>
/// quanteda dictionaries and mapping files go through the lexicon loader's YAML checks: nesting deeper than 64
/// levels (a stack overflow before), aliases that make the tree endless (the reader never finished) or huge, a second
/// document (ignored before), and an unclosed flow collection (an internal error before) are one error at their place.
/// </summary>
public sealed class ImportYamlLimitsTests
{
    private static Diagnostic Single(Action read) => Assert.Single(Assert.Throws<ImportException>(read).Errors);

    private static Diagnostic Err(string file, int line, int column, string message) => new(new SourceLocation(file, line, column), message);

    [Fact]
    public void DeeplyNestedCategoriesAreOneErrorNotAStackOverflow()
    {
        // "a: {b: {b: ...": the root is level 1 and '{' number k, at column 4k, is level k + 1.
        var yaml = "a: " + string.Concat(Enumerable.Repeat("{b: ", 10_000)) + "x" + new string('}', 10_000) + "\n";
        Assert.Equal(Err("d.yml", 1, 256, "nesting too deep (more than 64 levels)"), Single(() => QuantedaDictionaryReader.Read(yaml, "d.yml")));
    }

    [Fact]
    public void ACategoryThatHoldsItselfIsAnErrorNotAnEndlessRead() =>
        // "a: &x {b: *x}": the alias is at column 11.
        Assert.Equal(Err("d.yml", 1, 11, "alias *x is inside the node it names"), Single(() => QuantedaDictionaryReader.Read("a: &x {b: *x}\n", "d.yml")));

    [Fact]
    public void AliasesThatRepeatMoreThanAMillionNodesAreAnError()
    {
        // Line 1 is a mapping of 21 nodes; line i repeats line i - 1 ten times under keys k0..k9. Line 6's aliases
        // each repeat 222,221 nodes; after the 246,840 of lines 2-5, the fourth (k3, column 41) goes over 1,000,000.
        // Read to the end, line 9 would be 10^8 categories.
        var lines = new List<string> { "l1: &l1 {" + string.Join(", ", Enumerable.Range(0, 10).Select(k => $"k{k}: x")) + "}" };
        for (var i = 2; i <= 9; i++)
        {
            lines.Add($"l{i}: &l{i} {{" + string.Join(", ", Enumerable.Range(0, 10).Select(k => $"k{k}: *l{i - 1}")) + "}");
        }

        var yaml = string.Join('\n', lines) + "\n";
        Assert.Equal(41, lines[5].IndexOf("k3: *l5", StringComparison.Ordinal) + 5);
        Assert.Equal(Err("d.yml", 6, 41, "aliases repeat more than 1000000 nodes"), Single(() => QuantedaDictionaryReader.Read(yaml, "d.yml")));

        // Fewer repetitions are read, alias by alias: lines 1-3 are 10 + 100 + 1000 categories of one pattern each.
        Assert.Equal(1110, QuantedaDictionaryReader.Read(string.Join('\n', lines.Take(3)) + "\n", "d.yml").Categories.Count(c => c.Patterns.Count == 1));
    }

    [Fact]
    public void ASecondDocumentIsAnError()
    {
        Assert.Equal(
            Err("d.yml", 2, 1, "a quanteda YAML dictionary holds one YAML document; found another here"),
            Single(() => QuantedaDictionaryReader.Read("a: [x]\n---\nb: [y]\n", "d.yml")));
        Assert.Equal(
            Err("m.yaml", 3, 1, "a mapping file holds one YAML document; found another here"),
            Single(() => CategoryMapping.Parse("categories:\n  a: d/p\n---\ncategories:\n  b: d/q\n", "m.yaml")));
    }

    [Fact]
    public void AnUnclosedFlowCollectionIsInvalidYamlNotAnInternalError()
    {
        // YamlDotNet throws a bare InvalidOperationException here; the scanner stopped at line 2, column 1.
        const string message = "invalid YAML: a '{' or '[' is not closed, or a line inside it is not indented enough";
        Assert.Equal(Err("d.yml", 2, 1, message), Single(() => QuantedaDictionaryReader.Read("a: [x\nb: y\n", "d.yml")));
        Assert.Equal(Err("m.yaml", 2, 1, message), Single(() => CategoryMapping.Parse("categories: {a: d/p\nb: x\n", "m.yaml")));
    }
}
