namespace Framing.Parquet.Pages;

/// <summary>The parts of a Parquet page header a text column reader needs.</summary>
internal sealed class PageHeader
{
    internal const int DataPage = 0;
    internal const int DictionaryPage = 2;
    internal const int DataPageV2 = 3;

    internal int Type { get; private set; } = -1;

    internal int UncompressedSize { get; private set; }

    internal int CompressedSize { get; private set; }

    /// <summary>Values in the page, nulls included (for a flat column: rows).</summary>
    internal int ValueCount { get; private set; }

    /// <summary>The values' encoding (Parquet's <c>Encoding</c> numbers).</summary>
    internal int Encoding { get; private set; }

    /// <summary>Version 2 data pages: bytes of repetition and definition levels before the values (never compressed).</summary>
    internal int RepetitionLevelsLength { get; private set; }

    /// <inheritdoc cref="RepetitionLevelsLength"/>
    internal int DefinitionLevelsLength { get; private set; }

    /// <summary>Version 2 data pages: whether the values are compressed.</summary>
    internal bool IsCompressed { get; private set; } = true;

    /// <summary>Reads the header at the stream's position.</summary>
    internal static PageHeader Read(Stream stream)
    {
        var reader = new CompactProtocolReader(stream);
        var header = new PageHeader();
        reader.ReadStruct((id, type) =>
        {
            switch (id)
            {
                case 1:
                    header.Type = reader.ReadInt(type);
                    return true;
                case 2:
                    header.UncompressedSize = reader.ReadInt(type);
                    return true;
                case 3:
                    header.CompressedSize = reader.ReadInt(type);
                    return true;
                case 5 or 7 when type == CompactProtocolReader.Struct:
                    // A data page header and a dictionary page header both start with the number of values and the encoding.
                    reader.ReadStruct((field, fieldType) => field switch
                    {
                        1 => Set(() => header.ValueCount = reader.ReadInt(fieldType)),
                        2 => Set(() => header.Encoding = reader.ReadInt(fieldType)),
                        _ => false,
                    });
                    return true;
                case 8 when type == CompactProtocolReader.Struct:
                    reader.ReadStruct((field, fieldType) => field switch
                    {
                        1 => Set(() => header.ValueCount = reader.ReadInt(fieldType)),
                        4 => Set(() => header.Encoding = reader.ReadInt(fieldType)),
                        5 => Set(() => header.DefinitionLevelsLength = reader.ReadInt(fieldType)),
                        6 => Set(() => header.RepetitionLevelsLength = reader.ReadInt(fieldType)),
                        7 => Set(() => header.IsCompressed = CompactProtocolReader.ReadBool(fieldType)),
                        _ => false,
                    });
                    return true;
                default:
                    return false;
            }
        });

        if (header.Type < 0 || header.CompressedSize < 0 || header.UncompressedSize < 0 || header.ValueCount < 0
            || header.DefinitionLevelsLength < 0 || header.RepetitionLevelsLength < 0)
        {
            throw new InvalidDataException("malformed page header");
        }

        return header;
    }

    private static bool Set(Action read)
    {
        read();
        return true;
    }
}
