namespace Framing.Cli.Tests;

/// <summary>
/// Lexicon files and quanteda dictionaries that YAML cannot safely or fully describe are one error line with their
/// place: exit 2 for <c>score</c> and <c>lexicons import</c>, and 1 for <c>lexicons validate</c> (as invalid YAML is).
/// Before, deep nesting ended the process with a stack overflow, invalid UTF-8 loaded as replacement characters, a
/// second document was ignored, and a dictionary holding itself was read forever.
/// </summary>
public sealed class YamlInputTests
{
    private static string Starter => File.ReadAllText(Path.Combine(Distribute.DistributeSlurmTests.RepositoryRoot(), "lexicons", "starter.yaml"));

    private static int StarterLines => Starter.Split('\n').Length - 1;

    /// <summary>Runs <c>lexicons validate</c> and <c>score --lexicon</c> on the file; both must give exactly <paramref name="error"/>.</summary>
    private static void LexiconFails(string path, string error)
    {
        var validate = CliRunner.Run("lexicons", "validate", path);
        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(error, Assert.Single(validate.OutLines));
        Assert.Equal(string.Empty, validate.Error);

        var score = CliRunner.Run("score", "--lexicon", path);
        Assert.Equal(2, score.ExitCode);
        Assert.Equal("framing: error: " + error, Assert.Single(score.ErrorLines));
        Assert.Equal(string.Empty, score.Out);
    }

    private static CliRunner.Result Import(string path) =>
        CliRunner.Run("lexicons", "import", path, "--map", "a=d/p", "--id", "x", "--language", "en");

    [Fact]
    public void DeeplyNestedYamlIsOneErrorLineNotAStackOverflow()
    {
        using var temp = new TempFolder();
        var deep = "x: " + new string('[', 50_000) + new string(']', 50_000) + "\n";
        var lexicon = temp.Write("deep.yaml", deep);
        var dictionary = temp.Write("deep.yml", deep);

        // The root mapping is level 1; the 64th '[' (column 67) is level 65.
        LexiconFails(lexicon, $"{lexicon}:1:67: nesting too deep (more than 64 levels)");

        var import = Import(dictionary);
        Assert.Equal(2, import.ExitCode);
        Assert.Equal($"framing: error: {dictionary}:1:67: nesting too deep (more than 64 levels)", Assert.Single(import.ErrorLines));
        Assert.Equal(string.Empty, import.Out);
    }

    [Fact]
    public void ALexiconThatIsNotUtf8IsOneErrorLineAtTheBadByte()
    {
        using var temp = new TempFolder();
        var lines = Starter.Split('\n');
        var title = Array.FindIndex(lines, l => l.StartsWith("title: ", StringComparison.Ordinal));
        var before = string.Join('\n', lines[..title]) + "\ntitle: T";
        var after = lines[title]["title: T".Length..] + "\n" + string.Join('\n', lines[(title + 1)..]);
        var path = temp.WriteBytes("latin1.yaml", [.. System.Text.Encoding.UTF8.GetBytes(before), 0xE9, .. System.Text.Encoding.UTF8.GetBytes(after)]);

        // The byte after "title: T" is column 9.
        LexiconFails(path, $"{path}:{title + 1}:9: invalid UTF-8");
    }

    [Fact]
    public void ASecondYamlDocumentInALexiconIsOneErrorLineWhereItStarts()
    {
        using var temp = new TempFolder();
        var path = temp.Write("two.yaml", Starter + "---\nid: other\n");

        LexiconFails(path, $"{path}:{StarterLines + 1}:1: a lexicon file holds one YAML document; found another here");
    }

    [Fact]
    public void AQuantedaDictionaryWithASecondDocumentIsAnError()
    {
        using var temp = new TempFolder();
        var path = temp.Write("two.yml", "a: [terror*]\n---\na: [rebel*]\n");

        var import = Import(path);
        Assert.Equal(2, import.ExitCode);
        Assert.Equal($"framing: error: {path}:2:1: a quanteda YAML dictionary holds one YAML document; found another here", Assert.Single(import.ErrorLines));
    }

    [Fact]
    public void AQuantedaDictionaryThatHoldsItselfIsAnErrorNotAnEndlessImport()
    {
        using var temp = new TempFolder();
        var path = temp.Write("loop.yml", "a: &x {b: *x}\n");

        var import = Import(path);
        Assert.Equal(2, import.ExitCode);
        Assert.Equal($"framing: error: {path}:1:11: alias *x is inside the node it names", Assert.Single(import.ErrorLines));
    }

    [Fact]
    public void AnUnclosedFlowCollectionInADictionaryIsInvalidYamlNotAnInternalError()
    {
        using var temp = new TempFolder();
        var path = temp.Write("open.yml", "a: [terror*\nb: rebel*\n");

        var import = Import(path);
        Assert.Equal(2, import.ExitCode);
        Assert.Equal(
            $"framing: error: {path}:2:1: invalid YAML: a '{{' or '[' is not closed, or a line inside it is not indented enough",
            Assert.Single(import.ErrorLines));
    }
}
