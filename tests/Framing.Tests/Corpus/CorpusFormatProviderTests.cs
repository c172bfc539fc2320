using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class CorpusFormatProviderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void AProviderIsDetectedByItsExtensionAndOpenedByName()
    {
        var factory = new CorpusReaderFactory(new LinesFormat());
        var path = _dir.Write("c.LINES", "first\nsecond\n");

        Assert.Equal("lines", factory.Detect(path));
        var detected = factory.Create(path);
        var named = factory.Create(_dir.Write("c.txt2", "only\n"), "lines");

        Assert.Equal(["first", "second"], detected.ReadAll().Select(i => i.Doc().Text));
        Assert.Equal("only", named.ReadAll().Single().Doc().Text);
        Assert.Equal(["auto", "jsonl", "csv", "tsv", "folder", "manifest", "lines"], factory.FormatNames);
    }

    [Fact]
    public void BuiltInFormatsStillWorkAlongsideProviders()
    {
        var factory = new CorpusReaderFactory(new LinesFormat());

        Assert.IsType<JsonLinesCorpusReader>(factory.Create(_dir.Write("c.jsonl", "")));
        Assert.Equal("csv", factory.Detect(_dir.Write("c.csv", "outlet,text\n")));
        Assert.Equal("folder", factory.Detect(_dir.Path));
    }

    [Fact]
    public void WithoutTheProviderTheExtensionIsUnknownAndTheMessageListsWhatIsKnown()
    {
        var path = _dir.Write("c.lines", "x\n");

        var builtIn = Assert.Throws<CorpusException>(() => CorpusReaderFactory.BuiltIn.Create(path));
        var withProvider = Assert.Throws<CorpusException>(() => new CorpusReaderFactory(new LinesFormat()).Create(_dir.Write("c.bin", "x")));

        Assert.Contains("\".lines\" files", builtIn.Error.Message, StringComparison.Ordinal);
        Assert.Contains("expected .jsonl, .ndjson, .json, .csv, .tsv or a folder", builtIn.Error.Message, StringComparison.Ordinal);
        Assert.Contains("expected .jsonl, .ndjson, .json, .csv, .tsv, .lines or a folder", withProvider.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProviderFormatChecksThatTheFileExistsAndIsNotReadFromStandardInput()
    {
        var factory = new CorpusReaderFactory(new LinesFormat());

        var missing = Assert.Throws<CorpusException>(() => factory.Create(_dir.File("none.lines"), "lines"));
        var folder = Assert.Throws<CorpusException>(() => factory.Create(_dir.Path, "lines"));
        var stdin = Assert.Throws<CorpusException>(() => factory.Create("-", "lines"));

        Assert.Equal("no such file or directory", missing.Error.Message);
        Assert.Equal("is a directory, not a file", folder.Error.Message);
        Assert.Equal("standard input can only be read as JSON Lines, CSV or TSV", stdin.Error.Message);
    }

    [Theory]
    [InlineData("csv", ".lines")]
    [InlineData("auto", ".lines")]
    [InlineData("Lines", ".lines")]
    [InlineData("", ".lines")]
    [InlineData("lines", ".CSV")]
    [InlineData("lines", "lines")]
    public void NamesAndExtensionsMustBeWellFormedAndFree(string name, string extension)
    {
        Assert.Throws<ArgumentException>(() => new CorpusReaderFactory(new LinesFormat(name, extension)));
    }

    [Fact]
    public void TwoProvidersCannotShareANameOrAnExtension()
    {
        Assert.Throws<ArgumentException>(() => new CorpusReaderFactory(new LinesFormat("a", ".x"), new LinesFormat("a", ".y")));
        Assert.Throws<ArgumentException>(() => new CorpusReaderFactory(new LinesFormat("a", ".x"), new LinesFormat("b", ".X")));
    }

    [Fact]
    public void AnUnknownFormatNameIsAnArgumentError()
    {
        var path = _dir.Write("c.jsonl", "");

        var error = Assert.Throws<ArgumentException>(() => CorpusReaderFactory.BuiltIn.Create(path, "parquet"));

        Assert.Contains("auto, jsonl, csv, tsv, folder, manifest", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A toy format: one document per line, all in group "g".</summary>
    private sealed class LinesFormat(string name = "lines", string extension = ".lines") : ICorpusFormatProvider
    {
        public string Name => name;

        public IReadOnlyList<string> Extensions => [extension];

        public ICorpusReader Open(string path, CorpusReaderOptions options) => new LinesReader(path);
    }

    private sealed class LinesReader(string path) : ICorpusReader
    {
        public string Description => path;

        public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default) =>
            File.ReadAllLines(path).Select((line, i) => CorpusItem.Accepted(new Document(
                $"{path}:{i + 1}", new Dictionary<string, string> { ["outlet"] = "g" }, line, new DocumentSource(path, i + 1))));
    }

    [Fact]
    public void TheFactoryTakesProvidersAsAParamsArrayThatCSharp12Calls()
    {
        // net8.0 callers compile with C# 12, which has params arrays but not params IEnumerable: the README's
        // new CorpusReaderFactory(new ParquetCorpusFormat()) did not compile there.
        var constructor = Assert.Single(typeof(CorpusReaderFactory).GetConstructors(), c => c.GetParameters() is [{ ParameterType.IsArray: true }]);
        Assert.True(constructor.GetParameters()[0].IsDefined(typeof(ParamArrayAttribute), false));
        Assert.DoesNotContain(
            typeof(CorpusReaderFactory).GetConstructors().SelectMany(c => c.GetParameters()),
            p => !p.ParameterType.IsArray && p.GetCustomAttributes(false).Any(a => a.GetType().Name == "ParamCollectionAttribute"));
    }
}
