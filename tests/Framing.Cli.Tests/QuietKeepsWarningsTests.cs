using Framing.Learning.Tests;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>-q</c> hides the summary, notes and progress, never a warning (README, shared options): a warning says that the
/// output is not what it seems (empty scores), which a quiet job must see.
/// </summary>
public sealed class QuietKeepsWarningsTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ScaleWordscoresWarnsOfATextWithoutWordScoresEvenWithQuiet()
    {
        var corpus = _dir.Write("c.jsonl",
            "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"liberated heroic army\"}\n"
            + "{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"regime militia shelling\"}\n"
            + "{\"id\":\"3\",\"outlet\":\"c\",\"text\":\"zebra quokka\"}\n");
        var references = _dir.Write("refs.csv", "outlet,position\na,1\nb,-1\n");

        var loud = CliRunner.Run("scale", "wordscores", corpus, "--reference", references);
        var quiet = CliRunner.Run("scale", "wordscores", corpus, "--reference", references, "-q");

        const string Warning = "framing: warning: 1 text(s) have no word with a word score; their scores are empty";
        Assert.Equal(0, loud.ExitCode);
        Assert.Contains(Warning, loud.ErrorLines);
        Assert.Contains(loud.ErrorLines, l => l.StartsWith("framing: scaled ", StringComparison.Ordinal));
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal([Warning], quiet.ErrorLines);
        Assert.Equal(loud.Out, quiet.Out);
    }

    [Fact]
    public void LearnNotesItsReadingsInPartsAndQuietHidesTheNoteAsTheOutputIsExact()
    {
        var lines = new System.Text.StringBuilder();
        foreach (var d in PlantedSignal.Documents())
        {
            lines.Append(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = d.Id, ["outlet"] = d.GetField("outlet")!, ["text"] = d.Text })).Append('\n');
        }

        var corpus = _dir.Write("planted.jsonl", lines.ToString());
        var lexicon = _dir.Write("planted.yaml", PlantedSignal.Lexicon);
        var known = _dir.Write("known.csv", PlantedSignal.Known);

        string[] args = ["learn", corpus, "-l", lexicon, "--known", known, "--side-a", "camp-a", "--side-b", "camp-b", "--bootstrap", "0", "--max-candidates", "50"];
        var loud = CliRunner.Run(args);
        var quiet = CliRunner.Run([.. args, "-q"]);

        // Once a warning that document frequencies were lower bounds (the rarest n-grams were dropped); the counts are now
        // exact, read again in parts, so it is a note, and -q hides it like every note.
        Assert.Equal(0, loud.ExitCode);
        Assert.Contains(loud.ErrorLines, l => l.StartsWith("framing: note: more than 50 distinct n-grams (--max-candidates): they were counted in ", StringComparison.Ordinal));
        Assert.Equal(0, quiet.ExitCode);
        Assert.Empty(quiet.ErrorLines);
        Assert.Equal(loud.Out, quiet.Out);
    }
}
