using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// Files named by a manifest or found in a folder that are not regular files: a named pipe (opening it would wait for a
/// writer forever), a device (reading it may never end) or a directory. Each is one rejected record, never opened.
/// </summary>
public sealed class NonRegularFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Reads every item, failing (instead of hanging) if the reader waits on the named pipe, which is then given a
    // writer that closes at once so that the stuck read ends.
    private static List<CorpusItem> ReadWithin(ICorpusReader reader, string fifo)
    {
        var reading = Task.Run(() => reader.ReadAll());
        if (!reading.Wait(Patience))
        {
            using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail($"reading waited on the named pipe {fifo} for {Patience.TotalSeconds} s");
        }

        return reading.Result;
    }

    [LinuxFact]
    public void AFileWhoseNameIsNotUtf8IsARejectedRecordSayingSo()
    {
        // It said "no such file or directory" of a file just listed.
        _dir.Write("corpus/a/1.txt", "army");
        LinuxFiles.MakeFileNamedByBytes(_dir.File("corpus/a"), [(byte)'b', 0xFF, (byte)'.', (byte)'t', (byte)'x', (byte)'t']);

        var items = new TextFolderCorpusReader(_dir.File("corpus")).ReadAll();

        Assert.Equal(2, items.Count);
        Assert.Equal("army", items[0].Doc().Text);
        Assert.Equal(_dir.File("corpus/a/b\uFFFD.txt") + ": cannot read file: " + RecordMessages.NameNotUtf8, items[1].Err().ToString());
        Assert.Contains("not valid UTF-8", RecordMessages.NameNotUtf8, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void ANamedPipeOrADeviceInAFolderIsARejectedRecordAndIsNeverOpened()
    {
        _dir.Write("corpus/a/1.txt", "army");
        var fifo = LinuxFiles.MakeFifo(_dir.File("corpus/a/pipe.txt"));
        LinuxFiles.Link(_dir.File("corpus/a/null.txt"), "/dev/null");
        _dir.Write("corpus/b/2.txt", "rebels");

        var items = ReadWithin(new TextFolderCorpusReader(_dir.File("corpus")), fifo);

        Assert.Equal(4, items.Count);
        Assert.Equal("army", items[0].Doc().Text);
        Assert.Equal(_dir.File("corpus/a/null.txt") + ": cannot read file: not a regular file (a character device)", items[1].Err().ToString());
        Assert.Equal(_dir.File("corpus/a/pipe.txt") + ": cannot read file: not a regular file (a named pipe)", items[2].Err().ToString());
        Assert.Equal("rebels", items[3].Doc().Text);
    }

    [LinuxFact]
    public void AManifestRowNamingANamedPipeADeviceOrADirectoryIsARejectedRecordSayingWhatItNames()
    {
        _dir.Write("docs/1.txt", "army");
        var fifo = LinuxFiles.MakeFifo(_dir.File("pipe.txt"));
        var manifest = _dir.Write("m.csv", "file,outlet\ndocs,a\n/dev/null,a\npipe.txt,a\ndocs/1.txt,b\n");

        var items = ReadWithin(new ManifestCorpusReader(manifest), fifo);

        Assert.Equal(
            [
                $"{manifest}:2: cannot read file docs: is a directory",
                $"{manifest}:3: cannot read file /dev/null: not a regular file (a character device)",
                $"{manifest}:4: cannot read file pipe.txt: not a regular file (a named pipe)",
            ],
            items.Take(3).Select(i => i.Err().ToString()));
        Assert.Equal("army", items[3].Doc().Text);
    }

    [Fact]
    public void AManifestRowNamingADirectorySaysSoOnEveryOperatingSystem()
    {
        _dir.Write("docs/1.txt", "army");
        var manifest = _dir.Write("m.csv", "file,outlet\ndocs,a\n");

        var error = new ManifestCorpusReader(manifest).ReadAll().Single().Err();

        Assert.Equal("cannot read file docs: is a directory", error.Message);
    }
}
