using System.Text;
using System.Text.Json;
using Framing.Corpus;
using Framing.Fuzz;

namespace Framing.Tests.Fuzz;

/// <summary>
/// The afl-fuzz dictionaries of the fuzzing harness (tests/Framing.Fuzz/dictionaries, passed by fuzz.sh with -x) are
/// in afl's format, which afl-fuzz checks only when a campaign starts, and name the fields their readers know.
/// </summary>
public sealed class FuzzDictionariesTests
{
    /// <summary>The longest token afl-fuzz 4 takes from a dictionary file (MAX_DICT_FILE).</summary>
    private const int MaxTokenBytes = 128;

    public static TheoryData<string> Dictionaries => [.. Names()];

    [Fact]
    public void TheStateJsonlAndLexiconTargetsHaveADictionaryAndEveryDictionaryATarget()
    {
        var names = Names();
        Assert.All(["state", "jsonl", "lexicon"], target => Assert.Contains(target, names));
        Assert.All(names, name => Assert.Contains(name, FuzzTargets.All.Keys));
    }

    [Theory]
    [MemberData(nameof(Dictionaries))]
    public void EveryLineIsACommentOrANamedTokenInAflsFormat(string target)
    {
        var tokens = Tokens(target);
        Assert.True(tokens.Count >= 20, $"{target}.dict has {tokens.Count} tokens");
        Assert.Equal(tokens.Count, tokens.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(tokens.Count, tokens.Select(t => Convert.ToHexString(t.Bytes)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheStateDictionaryNamesEveryPropertyOfAWrittenState()
    {
        // The seed with a bootstrap, a document sample and a rejection has every property a state is written with.
        var tokens = Tokens("state").Select(t => Encoding.UTF8.GetString(t.Bytes)).ToHashSet(StringComparer.Ordinal);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(Seeds.For("state").Single(s => s.Name == "whole.json").Bytes))
        {
            PropertyNames(document.RootElement, names);
        }

        Assert.Contains("replicates", names);
        Assert.Contains("message", names);
        Assert.All(names, name => Assert.Contains($"\"{name}\":", tokens));
        Assert.Contains($"\"{Framing.Scoring.State.TallyState.FormatName}\"", tokens);
        Assert.Contains(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), tokens);
    }

    [Fact]
    public void TheJsonlDictionaryNamesTheFieldsTheReaderLooksFor()
    {
        var tokens = Tokens("jsonl").Select(t => Encoding.UTF8.GetString(t.Bytes)).ToHashSet(StringComparer.Ordinal);
        var options = CorpusReaderOptions.Default;
        Assert.All([options.TextField, options.IdField, options.GroupField, new CorpusRunOptions().LanguageField], field => Assert.Contains($"\"{field}\":", tokens));
        Assert.Contains("\\ud800", tokens);
        Assert.Contains("\\udc00", tokens);
    }

    /// <summary>The tokens of a dictionary, parsed as afl-fuzz parses them: <c>name="token"</c> with printable ASCII
    /// between the quotes, <c>\\</c>, <c>\"</c> and <c>\xNN</c> the only escapes; blank lines and <c>#</c> comments
    /// skipped.</summary>
    private static List<(string Name, byte[] Bytes)> Tokens(string target)
    {
        var tokens = new List<(string Name, byte[] Bytes)>();
        var number = 0;
        foreach (var raw in File.ReadAllLines(Path.Combine(Folder(), target + ".dict")))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var where = $"{target}.dict:{number}";
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            Assert.True(equals > 0, $"{where}: no name=");
            var name = line[..equals];
            Assert.True(name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'), $"{where}: name '{name}' is not letters, digits and _");
            var value = line[(equals + 1)..];
            Assert.True(value.Length >= 3 && value[0] == '"' && value[^1] == '"', $"{where}: the token is not in double quotes");
            var bytes = new List<byte>();
            for (var i = 1; i < value.Length - 1; i++)
            {
                var c = value[i];
                Assert.True(c is >= ' ' and <= '~', $"{where}: a character that is not printable ASCII (write \\xNN)");
                if (c == '\\')
                {
                    i++;
                    Assert.True(i < value.Length - 1, $"{where}: an escape at the end");
                    if (value[i] is '\\' or '"')
                    {
                        bytes.Add((byte)value[i]);
                    }
                    else
                    {
                        Assert.True(value[i] == 'x' && i + 2 < value.Length - 1 && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]), $"{where}: an escape other than \\\\, \\\" or \\xNN");
                        bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                        i += 2;
                    }
                }
                else
                {
                    Assert.True(c != '"', $"{where}: an unescaped quote inside the token");
                    bytes.Add((byte)c);
                }
            }

            Assert.InRange(bytes.Count, 1, MaxTokenBytes);
            tokens.Add((name, [.. bytes]));
        }

        return tokens;
    }

    private static void PropertyNames(JsonElement value, ISet<string> names)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                names.Add(property.Name);
                PropertyNames(property.Value, names);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                PropertyNames(item, names);
            }
        }
    }

    private static string[] Names() =>
        [.. Directory.GetFiles(Folder(), "*.dict").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Framing.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Framing.Fuzz", "dictionaries");
            }
        }

        throw new DirectoryNotFoundException("the repository (Framing.sln) above " + AppContext.BaseDirectory);
    }
}
