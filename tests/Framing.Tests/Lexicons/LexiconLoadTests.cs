using Framing.Lexicons;
using Framing.Tests.Corpus;

namespace Framing.Tests.Lexicons;

public sealed class LexiconLoadTests
{
    [Fact]
    public void BuiltInIdsContainStarter() => Assert.Contains("starter", Lexicon.BuiltInIds);

    [Fact]
    public void StarterLoadsFromTheEmbeddedResourceWithoutFiles()
    {
        // The test output folder has no lexicon files: the lexicon must come from the assembly's resources.
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "lexicons", "starter.yaml")));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "starter.yaml")));
        var lexicon = Lexicon.Load("starter");

        Assert.Equal("starter", lexicon.Id);
        Assert.Equal("lexicons/starter.yaml", lexicon.SourceName);
        Assert.Equal("0.1.1", lexicon.Metadata.Version);
        Assert.Equal("CC-BY-4.0", lexicon.Metadata.License);
        Assert.Equal(["ar", "en"], lexicon.Metadata.Languages);
        Assert.Equal(["armed-opposition", "government-forces", "territorial-change"], lexicon.Dimensions.Select(d => d.Id));
        var composite = Assert.Single(lexicon.Composites);
        Assert.Equal("damascus-alignment", composite.Id);
        Assert.All(composite.Components, c => Assert.Equal(1, c.Sign));
        Assert.Equal(82, lexicon.Entries.Count);
        Assert.Equal(41, lexicon.Entries.Count(e => e.Language == "ar"));
        Assert.All(lexicon.Entries, e => Assert.Equal("lexicons/starter.yaml", e.Location.File));
    }

    [Fact]
    public void StarterCompiles()
    {
        var compiled = Lexicon.Load("starter").Compile();
        Assert.Equal(3, compiled.Dimensions.Count);
        Assert.Equal(1, compiled.DimensionIndex["government-forces"]);
    }

    [Fact]
    public void UnknownBuiltInIdIsALexiconException()
    {
        var e = Assert.Throws<LexiconException>(() => Lexicon.Load("no-such-lexicon"));
        Assert.Contains("unknown lexicon 'no-such-lexicon'", e.Message, StringComparison.Ordinal);
        Assert.Contains("starter", e.Message, StringComparison.Ordinal);

        // The problem is in Errors too, where a caller collecting problems looks (README's example found none).
        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation("no-such-lexicon", 0, 0), error.Location);
        Assert.StartsWith("unknown lexicon: not a built-in lexicon (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsALexiconExceptionAtThePath()
    {
        using var dir = new TempDirectory();
        var path = dir.File("missing.yaml");
        foreach (var load in new Func<Lexicon>[] { () => Lexicon.Load(path), () => Lexicon.LoadFile(path) })
        {
            var e = Assert.Throws<LexiconException>(load);
            var error = Assert.Single(e.Errors);
            Assert.Equal(new SourceLocation(path, 0, 0), error.Location); // the whole file, not its first character
            Assert.Equal("no such file", error.Message);
        }
    }

    [Fact]
    public void NoCastCanChangeALoadedLexiconOrKnownLeanings()
    {
        // A lexicon is immutable and shared by threads; before, its lists were List<T> underneath.
        var lexicon = Lexicon.Load("starter");
        Assert.Throws<NotSupportedException>(() => ((IList<Dimension>)lexicon.Dimensions).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((IList<LexiconEntry>)lexicon.Entries).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<CompositeIndex>)lexicon.Composites).Clear());
        Assert.Equal(3, lexicon.Dimensions.Count);
        var leanings = Framing.Corpus.KnownLeanings.FromGroups([new("north-post", "pro")]);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)leanings.Groups)["north-post"] = "anti");
        Assert.Equal("pro", leanings.Groups["north-post"]);
    }

    [Fact]
    public void NoCastOfANestedOrSharedListCanChangeIt()
    {
        // Lexicon.Axes and ScoreAxis.Components were arrays underneath (setting a composite's component changed the
        // scores of every user of the lexicon), the poles', composites', entries' and metadata's lists were arrays or
        // List<T>, and the built-in ids, format names and stopwords were arrays shared by the whole process.
        var lexicon = Lexicon.Load("starter");
        var composite = lexicon.Axes[^1];
        Assert.False(Writable(lexicon.Axes));
        Assert.False(Writable(composite.Components));
        Assert.False(Writable(lexicon.Dimensions[0].PoleA.Examples));
        Assert.False(Writable(lexicon.Dimensions[0].Neutral!.Examples));
        Assert.False(Writable(lexicon.Composites[0].Components));
        Assert.False(Writable(lexicon.Metadata.Authors));
        Assert.False(Writable(lexicon.Metadata.Languages));
        Assert.False(Writable(lexicon.Entries.First(e => e.Exclusions.Count > 0).Exclusions));
        var validated = Lexicon.Load("syria-conflict").Metadata.Validation;
        Assert.False(Writable(validated.Corpora));
        Assert.False(Writable(validated.Figures));
        var pole = lexicon.Dimensions[0].PoleA with { Examples = ["an invented example"] };
        Assert.False(Writable(pole.Examples));
        Assert.False(Writable(Lexicon.BuiltInIds));
        Assert.False(Writable(Framing.Corpus.CorpusReaderFactory.BuiltInFormatNames));
        Assert.False(Writable(Framing.Text.StopwordList.BuiltInEnglish.Words));
        Assert.False(Writable(new Framing.Corpus.CorpusReaderFactory(new InventedFormat()).Providers));
        var rejected = Framing.Corpus.CorpusItem.Rejected(new Diagnostic(new SourceLocation("invented.jsonl", 1, 0), "an invented bad record", DiagnosticSeverity.Error));
        var run = new Framing.Corpus.CorpusRun([rejected], "invented.jsonl", new Framing.Corpus.CorpusRunOptions { BadRecords = Framing.Corpus.BadRecords.Skip(_ => { }) });
        Assert.False(Writable(run.Score(lexicon.Compile()).Rejections));
        Assert.Equal(1, composite.Components[0].Sign);
        Assert.Equal("jsonl", Framing.Corpus.CorpusReaderFactory.BuiltInFormatNames[0]);
    }

    [Fact]
    public void ANullIdIsANullArgumentNotAnUnknownOne()
    {
        // Before: Axis(null) said "unknown dimension or composite ''" and FindDimension(null), FindActor(null) returned
        // null as for an id the lexicon lacks.
        var lexicon = Lexicon.Load("starter");
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => lexicon.Axis(null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => lexicon.FindDimension(null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => lexicon.FindActor(null!)).ParamName);
        Assert.Null(lexicon.FindDimension("nowhere"));
    }

    /// <summary>Whether an element of <paramref name="list"/> can be set through a cast to <see cref="IList{T}"/>.</summary>
    private static bool Writable<T>(IReadOnlyList<T> list)
    {
        Assert.NotEmpty(list);
        try
        {
            ((IList<T>)list)[0] = list[0];
            return true;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidCastException)
        {
            return false;
        }
    }

    private sealed class InventedFormat : Framing.Corpus.ICorpusFormatProvider
    {
        public string Name => "invented";

        public IReadOnlyList<string> Extensions => [".invented"];

        public Framing.Corpus.ICorpusReader Open(string path, Framing.Corpus.CorpusReaderOptions options) => throw new NotSupportedException();
    }

    [Fact]
    public void AFolderIsALexiconExceptionSayingSo()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<LexiconException>(() => Lexicon.LoadFile(dir.Path));
        Assert.Equal(dir.Path + ": is a directory, not a file", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void MissingFolderIsALexiconException()
    {
        using var dir = new TempDirectory();
        var path = dir.File("nowhere/lexicon.yml");
        var e = Assert.Throws<LexiconException>(() => Lexicon.Load(path));
        Assert.Equal("no such file", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void LoadFileReportsTheFilePathInEveryLocation()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.yaml", TestLexicon.Yaml(
            TestLexicon.Entry("en", "rebels", "opposition", "rebel", weight: "7"),
            TestLexicon.Entry("en", "gunmen", "oppo", "terror")));
        var e = Assert.Throws<LexiconException>(() => Lexicon.LoadFile(path));
        Assert.Equal(
            [new SourceLocation(path, 21, 80), new SourceLocation(path, 22, 47)],
            e.Errors.Select(x => x.Location));
        Assert.StartsWith(path + ":21:80: weight 7 is out of range", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOfAValidFileByPath()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("mine.yaml", TestLexicon.Yaml(TestLexicon.Entry("en", "rebels", "opposition", "rebel")));
        var lexicon = Lexicon.Load(path);
        Assert.Equal(path, lexicon.SourceName);
        Assert.Equal(new SourceLocation(path, 21, 5), Assert.Single(lexicon.Entries).Location);
    }
}
