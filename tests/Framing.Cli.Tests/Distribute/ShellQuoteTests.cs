using Framing.Cli.Commands.Distribute;

namespace Framing.Cli.Tests.Distribute;

public sealed class ShellQuoteTests
{
    public static TheoryData<string> NastyWords => new()
    {
        "plain",
        "/abs/path/corpus.jsonl",
        "with space",
        "it's",
        "'",
        "''",
        "\"double\"",
        "$HOME",
        "${x:-y}",
        "`date`",
        "$(rm -rf /)",
        "a\\b",
        "tab\there",
        "line\nbreak",
        "*.json",
        "[ab]",
        "~",
        "~root",
        "a;b&c|d",
        "<in >out",
        "!event",
        "#comment",
        "x=1",
        "-n",
        "{a,b}",
        "مرصد حلب «قوات النظام»",
        "émigré",
        "%A_%a",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(NastyWords))]
    public void BashReadsTheQuotedWordBackExactly(string word)
    {
        var script = "printf '%s\\0' " + ShellQuote.Quote(word) + " " + ShellQuote.Quote(word);
        var result = Shell.Bash(["-c", script]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(word + "\0" + word + "\0", result.Out);
    }

    [Fact]
    public void JoinedWordsStayApart()
    {
        string[] words = ["a b", "it's", string.Empty, "$x", "plain"];
        var result = Shell.Bash(["-c", "printf '%s\\0' " + ShellQuote.Join(words)]);
        Assert.Equal(string.Join('\0', words) + "\0", result.Out);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("/a/b-c_d.e:f,g@h+i%j", "/a/b-c_d.e:f,g@h+i%j")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    [InlineData("x=1", "'x=1'")]
    [InlineData("~", "'~'")]
    public void QuotesOnlyWhatNeedsIt(string word, string expected) => Assert.Equal(expected, ShellQuote.Quote(word));

    [Fact]
    public void NulCannotBeQuoted() => Assert.Throws<ArgumentException>(() => ShellQuote.Quote("a\0b"));

    [Theory]
    [InlineData("short", "\"short\"")]
    [InlineData("/tmp/my run/it's", "\"/tmp/my run/it's\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    public void DirectiveValuesAreDoubleQuoted(string value, string expected) => Assert.Equal(expected, ShellQuote.Directive(value));

    [Fact]
    public void DirectivesHoldOneLine() => Assert.Throws<ArgumentException>(() => ShellQuote.Directive("a\nb"));

    [Fact]
    public void PercentSignsOfALiteralPathAreDoubledInAFilenamePattern() =>
        Assert.Equal("/runs/50%%/logs", ShellQuote.FilenamePattern("/runs/50%/logs"));
}

public sealed class SelfCommandTests
{
    [Fact]
    public void AnAppHostOrToolShimRunsItself()
    {
        Assert.Equal("/home/me/.dotnet/tools/framing", SelfCommand.Resolve("/home/me/.dotnet/tools/framing", "/home/me/.dotnet/tools/.store/x/Framing.Cli.dll", null, null));
        Assert.Equal("'/opt/my tools/Framing.Cli'", SelfCommand.Resolve("/opt/my tools/Framing.Cli", "/opt/my tools/Framing.Cli.dll", null, null));
    }

    [Fact]
    public void UnderTheDotnetHostItRunsTheAssemblyWithTheSameHost() =>
        Assert.Equal("/usr/share/dotnet/dotnet '/srv/fr ame/Framing.Cli.dll'", SelfCommand.Resolve("/usr/share/dotnet/dotnet", "/srv/fr ame/Framing.Cli.dll", null, null));

    [Fact]
    public void InsideAnotherProcessItRunsTheAssemblyWithDotnet()
    {
        Assert.Equal("/usr/lib/dotnet/dotnet /t/Framing.Cli.dll", SelfCommand.Resolve("/t/testhost", "/t/Framing.Cli.dll", "/usr/lib/dotnet/dotnet", null));
        Assert.Equal("/opt/dotnet/dotnet /t/Framing.Cli.dll", SelfCommand.Resolve("/t/testhost", "/t/Framing.Cli.dll", null, "/opt/dotnet"));
        Assert.Equal("dotnet /t/Framing.Cli.dll", SelfCommand.Resolve("/t/testhost", "/t/Framing.Cli.dll", null, null));
    }

    [Fact]
    public void ASingleFileAppRunsItself() => Assert.Equal("/usr/local/bin/fr", SelfCommand.Resolve("/usr/local/bin/fr", string.Empty, null, null));

    [Prerequisites.JitBuildFact]
    public void TheDefaultInTheseTestsRunsTheBuiltCli()
    {
        // The tests run the CLI in-process; the default command must still name the real Framing.Cli.dll.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"x\"}\n");
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", "2", "--out", Path.Combine(temp.Path, "out"), "--dry-run");
        Assert.Equal(0, result.ExitCode);
        var dll = Path.Combine(AppContext.BaseDirectory, "Framing.Cli.dll");
        Assert.Contains(ShellQuote.Quote(dll) + " score " + ShellQuote.Quote(corpus), result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(dll));
    }
}
