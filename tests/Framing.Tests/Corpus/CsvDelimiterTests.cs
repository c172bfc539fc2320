using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// <see cref="CorpusReaderOptions.CsvDelimiter"/>: a CSV file separated by semicolons (as Excel saves CSV under a German
/// or French locale) could not be read at all; the option sets the separator of a CSV, TSV or manifest corpus.
/// </summary>
public sealed class CsvDelimiterTests : IDisposable
{
    // Invented records: quoted fields hold the separator, a doubled quote and a line break.
    private const string Semicolons =
        "id;outlet;text\n" +
        "d1;\"Le Quotidien; édition du soir\";\"Les rebelles ont \"\"repris\"\" la ville; les civils ont fui\"\n" +
        "d2;Der Bote;\"Zwei Zeilen;\nzweite Zeile\"\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly CorpusReaderOptions WithSemicolons = new() { CsvDelimiter = ';' };

    private static void AssertTheTwoDocuments(List<CorpusItem> items)
    {
        Assert.Equal(2, items.Count);
        var first = items[0].Doc();
        Assert.Equal(("d1", "Le Quotidien; édition du soir", "Les rebelles ont \"repris\" la ville; les civils ont fui"), (first.Id, first.GetField("outlet"), first.Text));
        var second = items[1].Doc();
        Assert.Equal(("d2", "Der Bote", "Zwei Zeilen;\nzweite Zeile"), (second.Id, second.GetField("outlet"), second.Text));
    }

    [Fact]
    public void ByDefaultACsvFileIsSeparatedByCommas() => Assert.Null(CorpusReaderOptions.Default.CsvDelimiter);

    [Fact]
    public void ASemicolonCsvFileIsReadWithTheDelimiter()
    {
        var path = _dir.Write("semi.csv", Semicolons);

        AssertTheTwoDocuments(CorpusReaderFactory.BuiltIn.Create(path, options: WithSemicolons).ReadAll());
        AssertTheTwoDocuments(CorpusReaderFactory.Open(path, CorpusFormat.Csv, WithSemicolons).ReadAll());
    }

    [Fact]
    public void TheDelimiterReplacesTheTabOfATsvFile()
    {
        var path = _dir.Write("semi.tsv", Semicolons);

        AssertTheTwoDocuments(CorpusReaderFactory.BuiltIn.Create(path, options: WithSemicolons).ReadAll());
        AssertTheTwoDocuments(CorpusReaderFactory.BuiltIn.Create(path, "tsv", WithSemicolons).ReadAll());
    }

    [Fact]
    public void AStreamIsReadWithTheDelimiter() =>
        AssertTheTwoDocuments(CorpusReaderFactory.OpenStream(new MemoryStream(Bytes.Utf8(Semicolons)), CorpusFormat.Csv, "-", WithSemicolons).ReadAll());

    [Fact]
    public void AManifestSeparatedBySemicolonsIsDetectedAndRead()
    {
        _dir.Write("docs/a.txt", "Les rebelles ont repris la ville.");
        var manifest = _dir.Write("manifest.csv", "file;outlet;date\ndocs/a.txt;Le Quotidien;2016-12-03\n");

        Assert.Equal("manifest", CorpusReaderFactory.BuiltIn.Detect(manifest, WithSemicolons));
        var doc = Assert.Single(CorpusReaderFactory.BuiltIn.Create(manifest, options: WithSemicolons).ReadAll()).Doc();
        Assert.Equal(("Le Quotidien", "2016-12-03", "Les rebelles ont repris la ville."), (doc.GetField("outlet"), doc.GetField("date"), doc.Text));
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData('é')]
    public void AnUnusableDelimiterIsRefused(char delimiter) =>
        Assert.Throws<ArgumentException>(() => new CorpusReaderOptions { CsvDelimiter = delimiter });

    [Fact]
    public void ASemicolonHeaderReadWithCommasHintsAtTheDelimiter()
    {
        // The hint replaces the advice to save the file again with commas, which the option makes needless.
        var path = _dir.Write("semi.csv", Semicolons);

        var error = Assert.Throws<CorpusException>(() => CorpusReaderFactory.BuiltIn.Create(path).ReadAll()).Error;

        Assert.Equal(DiagnosticHint.ReadWithSemicolons, error.Hint);
        Assert.Equal($"{path}:1: missing column \"text\" (the file has \"id;outlet;text\": one column, so the file seems to be separated by semicolons, as Excel saves CSV in some languages (de, fr), not commas)", error.ToString());
    }

    [Fact]
    public void ASemicolonManifestReadWithCommasHintsAtTheDelimiterToo()
    {
        var manifest = _dir.Write("manifest.csv", "file;outlet\ndocs/a.txt;Le Quotidien\n");

        var error = Assert.Throws<CorpusException>(() => new ManifestCorpusReader(manifest).ReadAll()).Error;

        Assert.Equal(DiagnosticHint.ReadWithSemicolons, error.Hint);
    }
}
