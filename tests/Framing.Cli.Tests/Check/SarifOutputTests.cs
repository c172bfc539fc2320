using System.Text.Json;

namespace Framing.Cli.Tests.Check;

public sealed class SarifOutputTests
{
    [Fact]
    public void SarifLogIsValidAndRegionsPointAtTheMatch()
    {
        using var temp = new TempFolder();
        temp.Write("articles/outlet-a/one.txt", "Quiet day.\nSaid: «terrorists». Then terrorists fled.\n");
        temp.Write("articles/outlet-b/عربي.txt", "قال المتحدث إن الإرهابيين فروا.\n");
        var result = CliRunner.Run("check", Path.Combine(temp.Path, "articles"), "--editorial-pole", "armed-opposition/terrorism", "--format", "sarif", "--source-root", temp.Path);
        Assert.Equal(1, result.ExitCode);
        using var log = JsonDocument.Parse(result.Out);
        SarifValidator.Validate(log.RootElement);

        var run = log.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("framing", driver.GetProperty("name").GetString());
        Assert.Equal("https://github.com/framing-project/framing", driver.GetProperty("informationUri").GetString());
        Assert.Contains(driver.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "editorial-term");
        Assert.All(driver.GetProperty("rules").EnumerateArray(), r => Assert.StartsWith(r.GetProperty("fullDescription").GetProperty("text").GetString()!, r.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal)); // GitHub code scanning requires help (GH2012)
        Assert.Equal(new Uri(temp.Path + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var first = results[0];
        Assert.Equal("editorial-term", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("level").GetString());
        Assert.Equal("armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"", first.GetProperty("message").GetProperty("text").GetString());
        var physical = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("articles/outlet-a/one.txt", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(26, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(2, region.GetProperty("endLine").GetInt32());
        Assert.Equal(36, region.GetProperty("endColumn").GetInt32());
        Assert.Equal("terrorists", region.GetProperty("snippet").GetProperty("text").GetString());

        var arabic = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("articles/outlet-b/" + Uri.EscapeDataString("عربي.txt"), arabic.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(16, arabic.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("الإرهابيين", arabic.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
    }

    [Fact]
    public void CleanRunIsAValidLogWithoutResults()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "The rebels advanced.\n");
        var result = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism", "--format", "sarif");
        Assert.Equal(0, result.ExitCode);
        using var log = JsonDocument.Parse(result.Out);
        SarifValidator.Validate(log.RootElement);
        Assert.Empty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void GroupAndDocumentFindingsAlsoHaveLocations()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "a", "The terrorists and the terrorists."),
            CheckHelpers.Record("d2", "b", "The rebels.")));
        var config = temp.Write("framing.json", "{\n  \"rules\": {\n    \"groupScore\": [ { \"dimension\": \"armed-opposition\", \"min\": -0.5, \"max\": 0.5 } ]\n  }\n}\n");
        var result = CliRunner.Run("check", corpus, "--config", config, "--max-document-score", "armed-opposition=0.5", "--group-range", "armed-opposition=0..", "--format", "sarif", "--source-root", temp.Path);
        Assert.Equal(1, result.ExitCode);
        using var log = JsonDocument.Parse(result.Out);
        SarifValidator.Validate(log.RootElement);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["document-score", "group-score", "group-score", "group-score"], results.Select(r => r.GetProperty("ruleId").GetString()!).ToArray());
        var document = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("c.jsonl", document.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, document.GetProperty("region").GetProperty("startLine").GetInt32());

        // The configuration's group rule is placed at its line in framing.json; the option's at the configuration file too.
        var group = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("framing.json", group.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, group.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(21, group.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void FilesOutsideTheSourceRootGetAbsoluteFileUris()
    {
        using var temp = new TempFolder();
        using var root = new TempFolder();
        var file = temp.Write("a.txt", "terrorists\n");
        var result = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition", "--format", "sarif", "--source-root", root.Path);
        using var log = JsonDocument.Parse(result.Out);
        SarifValidator.Validate(log.RootElement);
        var artifact = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(new Uri(file).AbsoluteUri, artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void PercentSignsInFolderAndFileNamesAreEncodedNotDecoded()
    {
        // A name holding "%41" is not the escape of "A": Uri.AbsoluteUri turned folder "r%41" into "rA" (another folder).
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "r%41 é");
        var inside = temp.Write(Path.Combine("r%41 é", "in%20.txt"), "terrorists\n");
        var outside = temp.Write(Path.Combine("o%41", "b%2F.txt"), "terrorists\n");
        var result = CliRunner.Run("check", inside, outside, "--editorial-pole", "armed-opposition", "--format", "sarif", "--source-root", root);
        using var log = JsonDocument.Parse(result.Out);
        SarifValidator.Validate(log.RootElement);
        var run = log.RootElement.GetProperty("runs")[0];
        var prefix = "file://" + string.Join('/', temp.Path.Split('/').Select(Uri.EscapeDataString));
        Assert.Equal(prefix + "/r%2541%20%C3%A9/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var uris = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToList();
        Assert.Equal(["in%2520.txt", prefix + "/o%2541/b%252F.txt"], uris);
    }

    [Fact]
    public void FindingsInRecordsOfStandardInputArePlacedAtAFileTheRunRead()
    {
        // They were at "stdin" under %SRCROOT%, a file that does not exist (or another one that happens to be called
        // so). They are now placed as findings about no file are, at the configuration file, else at the first input
        // that is a file, and their message says where the record is.
        using var temp = new TempFolder();
        var stdin = CheckHelpers.Lines(CheckHelpers.Record("d1", "o", "The terrorists fled."));
        var config = temp.Write("framing.json", """{ "rules": { "editorial": [ { "dimension": "armed-opposition" } ] } }""");
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d2", "o", "Quiet.")));
        foreach (var (args, file) in new[]
        {
            (new[] { "--config", config }, "framing.json"),
            (new[] { corpus, "--editorial-pole", "armed-opposition" }, "c.jsonl"),
        })
        {
            var result = CliRunner.RunWithInput(stdin, ["check", "-", .. args, "--format", "sarif", "--source-root", temp.Path]);
            Assert.Equal(1, result.ExitCode);
            using var log = JsonDocument.Parse(result.Out);
            SarifValidator.Validate(log.RootElement);
            var finding = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
            Assert.Equal("stdin:1:5: armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"", finding.GetProperty("message").GetProperty("text").GetString());
            var physical = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal(file, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("""{"startLine":1,"startColumn":1}""", JsonSerializer.Serialize(physical.GetProperty("region")));
        }
    }

    [Fact]
    public void WithoutAnyFileAFindingHasALocationWithoutOne()
    {
        // Standard input alone, without a configuration: no file to place a finding at. The location only says
        // "standard input" (valid SARIF; GitHub code scanning, which needs a file, refuses such a log).
        var stdin = CheckHelpers.Lines(CheckHelpers.Record("d1", "o", "The terrorists fled."));
        var result = CliRunner.RunWithInput(stdin, "check", "-", "--editorial-pole", "armed-opposition", "--group-range", "armed-opposition=..0", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        using var log = JsonDocument.Parse(result.Out);
        SarifValidator.Validate(log.RootElement, codeScanning: false);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("""[{"message":{"text":"standard input"}}]""", JsonSerializer.Serialize(r.GetProperty("locations"))));
    }

    [Fact]
    public void GroupFindingsOfOptionsArePlacedAtAFileNotAFolder()
    {
        // A group range given as an option has no place of its own; with a folder as the first input it was placed at
        // the folder ("art/"), which is no file. It is now at the first file read.
        using var temp = new TempFolder();
        temp.Write("art/a.txt", "The terrorists fled.\n");
        temp.Write("art/b.txt", "The terrorists fled.\n");
        var result = CliRunner.Run("check", Path.Combine(temp.Path, "art"), "--group-range", "armed-opposition=..0", "--format", "sarif", "--source-root", temp.Path);
        Assert.Equal(1, result.ExitCode);
        using var log = JsonDocument.Parse(result.Out);
        SarifValidator.Validate(log.RootElement);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("art/a.txt", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
    }

    [Fact]
    public void AFindingOfStandardInputGivenBeforeAFolderIsPlacedAtTheFolderFirstFile()
    {
        // The fallback file was the first file read so far, so a finding of standard input, written before the folder
        // given after it was read, had none ("standard input" only, which code scanning refuses).
        using var temp = new TempFolder();
        temp.Write("art/b.txt", "Quiet.\n");
        temp.Write("art/a.txt", "Quiet.\n");
        var stdin = CheckHelpers.Lines(CheckHelpers.Record("d1", "o", "The terrorists fled."));
        var result = CliRunner.RunWithInput(stdin, "check", "-", Path.Combine(temp.Path, "art"), "--editorial-pole", "armed-opposition", "--format", "sarif", "--source-root", temp.Path);
        Assert.Equal(1, result.ExitCode);
        using var log = JsonDocument.Parse(result.Out);
        SarifValidator.Validate(log.RootElement);
        var finding = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("art/a.txt", finding.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }
}
