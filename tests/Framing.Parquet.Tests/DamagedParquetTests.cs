using Framing.Cli.Tests;
using Framing.Corpus;
using Framing.Parquet.Pages;

namespace Framing.Parquet.Tests;

/// <summary>
/// A damaged Parquet file is an input error (CorpusException, exit 2), however it is damaged: an integer out of its
/// field's range in a page header or a level run is InvalidDataException like any other damage, never the
/// OverflowException that the fuzzer (tests/Framing.Fuzz) found reaching the command line as an internal error; and
/// damaged file metadata is refused before Parquet.Net reads it (it looped for ever on some, also found by fuzzing).
/// </summary>
public sealed class DamagedParquetTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(new byte[] { 0x05, 0x81, 0x80, 0x04 })] // field id (zigzag) -32,769: below short
    [InlineData(new byte[] { 0x05, 0x80, 0x80, 0x04 })] // field id 32,768 exactly
    public void AFieldIdOutOfRangeIsDamage(byte[] header)
    {
        var reader = new CompactProtocolReader(new MemoryStream([.. header, 0x00]));
        var e = Assert.Throws<InvalidDataException>(() => reader.ReadStruct((_, _) => false));
        Assert.Contains("field id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIntegerOutOfRangeIsDamage()
    {
        // Field 1, type i32, value zigzag(2^31) = 2^32: one past int.MaxValue.
        var reader = new CompactProtocolReader(new MemoryStream([0x15, 0x80, 0x80, 0x80, 0x80, 0x10, 0x00]));
        var e = Assert.Throws<InvalidDataException>(() => reader.ReadStruct((_, type) => reader.ReadInt(type) >= 0));
        Assert.Contains("integer", e.Message, StringComparison.Ordinal);

        // The largest value in range is read as such.
        var fits = new CompactProtocolReader(new MemoryStream([0x15, 0xFE, 0xFF, 0xFF, 0xFF, 0x0F, 0x00]));
        var read = 0;
        fits.ReadStruct((_, type) => (read = fits.ReadInt(type)) >= 0);
        Assert.Equal(int.MaxValue, read);
    }

    [Fact]
    public void ALengthPastLongIsDamage()
    {
        // Field 1, type binary, length 2^63 (ten varint bytes): skipped fields too are checked.
        var reader = new CompactProtocolReader(new MemoryStream([0x18, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x00]));
        var e = Assert.Throws<InvalidDataException>(() => reader.ReadStruct((_, _) => false));
        Assert.Contains("length", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })] // 2^31 - 1 groups of eight values
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })] // 2^63 - 1 groups
    [InlineData(new byte[] { 0x03, 0x00 })] // one group of eight 8-bit values, one byte of them
    public void ABitPackedRunPastItsDataIsDamage(byte[] levels)
    {
        var e = Assert.Throws<InvalidDataException>(() => HybridDecoder.Decode(levels, 8, new int[16]));
        Assert.Contains("bit-packed run", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABitPackedRunThatFitsIsRead()
    {
        int[] values = new int[8];
        HybridDecoder.Decode([0x03, 1, 2, 3, 4, 5, 6, 7, 8], 8, values);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], values);
    }

    /// <summary>
    /// A small file damaged at every offset, two ways (one byte's bits flipped; a five-byte varint of 2^32, too large
    /// for any field, written over it), read to its end: documents and rejections, or CorpusException; nothing else.
    /// </summary>
    [Fact]
    public void AFileDamagedAtAnyOffsetIsAnInputErrorOrReadable()
    {
        var original = SmallFile();
        var path = Path.Combine(_dir.Path, "damaged.parquet");
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        byte[] huge = [0x80, 0x80, 0x80, 0x80, 0x10];
        for (var i = 0; i < original.Length; i++)
        {
            foreach (var damage in new Action<byte[]>[] { b => b[i] = (byte)~b[i], b => huge.AsSpan(0, Math.Min(huge.Length, b.Length - i)).CopyTo(b.AsSpan(i)) })
            {
                var bytes = (byte[])original.Clone();
                damage(bytes);
                File.WriteAllBytes(path, bytes);
                var outcome = "read";
                try
                {
                    foreach (var item in new ParquetCorpusReader(path).Read())
                    {
                        Assert.True((item.Document is null) != (item.Error is null));
                    }
                }
                catch (CorpusException e)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message));
                    outcome = "refused";
                }
                catch (Exception e)
                {
                    Assert.Fail($"damage at byte {i}: {e.GetType().Name}: {e.Message}");
                }

                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }

        // Both outcomes happen: the damage reaches the parts that are checked and the parts that are only data.
        Assert.True(outcomes.GetValueOrDefault("read") > 0 && outcomes.GetValueOrDefault("refused") > 0, string.Join(", ", outcomes));
    }

    [Fact]
    public void MetadataThatRunsPastItsEndIsRefusedBeforeParquetNetReadsIt()
    {
        // The metadata without its last byte (the stop of its outermost struct), its length one less.
        var bytes = SmallFile();
        var length = BitConverter.ToInt32(bytes, bytes.Length - 8);
        var damaged = bytes.AsSpan(0, bytes.Length - 9).ToArray().Concat(BitConverter.GetBytes(length - 1)).Concat("PAR1"u8.ToArray()).ToArray();
        Assert.Equal("not a Parquet file (the file metadata ends inside a field)", Refusal(damaged));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(int.MaxValue)]
    public void AMetadataLengthThatDoesNotFitIsRefused(int length)
    {
        var bytes = SmallFile();
        BitConverter.GetBytes(length).CopyTo(bytes, bytes.Length - 8);
        Assert.StartsWith($"not a Parquet file (its metadata's length, {length} bytes, does not fit in the file (", Refusal(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckedMetadataIsReadAsBefore()
    {
        File.WriteAllBytes(Path.Combine(_dir.Path, "ok.parquet"), SmallFile());
        var documents = new ParquetCorpusReader(Path.Combine(_dir.Path, "ok.parquet")).Read().Select(i => i.Document!.Text).ToList();
        Assert.Equal(["The regime shelled the rebels.", "قوات النظام قصفت المعارضة."], documents);
    }

    // The message of the CorpusException reading the file gives, without the path.
    private string Refusal(byte[] bytes)
    {
        var path = Path.Combine(_dir.Path, "refused.parquet");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<CorpusException>(() => new ParquetCorpusReader(path).Read().ToList());
        return e.Message[(path.Length + 2)..];
    }

    private static byte[] SmallFile()
    {
        using var output = new MemoryStream();
        using (var writer = new ParquetTableWriter(output, [new ParquetColumn("id", ParquetColumnType.String), new ParquetColumn("outlet", ParquetColumnType.String), new ParquetColumn("text", ParquetColumnType.String)]))
        {
            writer.AddRow(["1", "a", "The regime shelled the rebels."]);
            writer.AddRow(["2", "b", "قوات النظام قصفت المعارضة."]);
            writer.Complete();
        }

        return output.ToArray();
    }
}
