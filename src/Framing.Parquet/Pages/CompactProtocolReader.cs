namespace Framing.Parquet.Pages;

/// <summary>
/// Reads the Thrift compact protocol, as far as Parquet page headers need it: structs of integers, booleans and nested
/// structs, with every other field skipped. Malformed input throws <see cref="InvalidDataException"/>. Skipping a whole
/// struct also checks a file's metadata before Parquet.Net reads it (<see cref="ParquetFile"/>).
/// </summary>
/// <param name="stream">The bytes.</param>
/// <param name="what">What they hold, for messages: "page header" (a page header in a column chunk), or another name
/// ("file metadata") for a struct that is the whole stream.</param>
internal sealed class CompactProtocolReader(Stream stream, string what = CompactProtocolReader.PageHeader)
{
    /// <summary>The default of what the bytes hold.</summary>
    internal const string PageHeader = "page header";

    private const int MaxDepth = 32;

    internal const byte True = 1;
    internal const byte False = 2;
    internal const byte Byte = 3;
    internal const byte I16 = 4;
    internal const byte I32 = 5;
    internal const byte I64 = 6;
    internal const byte Double = 7;
    internal const byte Binary = 8;
    internal const byte List = 9;
    internal const byte Set = 10;
    internal const byte Map = 11;
    internal const byte Struct = 12;

    /// <summary>Reads a struct: <paramref name="field"/> gets each field's id and type and returns whether it read the value (else it is skipped).</summary>
    internal void ReadStruct(Func<short, byte, bool> field, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidDataException($"{what} nested too deeply");
        }

        short last = 0;
        while (true)
        {
            var header = ReadByte();
            if (header == 0)
            {
                return;
            }

            var type = (byte)(header & 0x0F);
            var delta = header >> 4;
            var id = delta != 0 ? (short)(last + delta) : (short)InRange(ReadZigZag(), short.MinValue, short.MaxValue, "field id");
            last = id;
            if (!field(id, type))
            {
                Skip(type, depth);
            }
        }
    }

    /// <summary>Reads an integer field (i8, i16, i32).</summary>
    internal int ReadInt(byte type) => type switch
    {
        Byte => (sbyte)ReadByte(),
        I16 or I32 => (int)InRange(ReadZigZag(), int.MinValue, int.MaxValue, "integer"),
        _ => throw new InvalidDataException($"expected an integer in the {what}, found type {type}"),
    };

    /// <summary>Reads a boolean field (its value is in its type).</summary>
    internal static bool ReadBool(byte type) => type switch
    {
        True => true,
        False => false,
        _ => throw new InvalidDataException($"expected a boolean in the page header, found type {type}"),
    };

    // A value out of its field's range is malformed input, like any other: InvalidDataException, never OverflowException
    // (which the corpus reader would not report as a damaged file).
    private long InRange(long value, long min, long max, string kind) =>
        value >= min && value <= max ? value : throw new InvalidDataException($"{kind} {value} out of range in the {what}");

    private long ReadLength() =>
        ReadVarint() is var length && length <= long.MaxValue ? (long)length : throw new InvalidDataException($"length out of range in the {what}");

    private long ReadZigZag()
    {
        var value = ReadVarint();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    private ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new InvalidDataException($"malformed integer in the {what}");
    }

    private byte ReadByte()
    {
        var b = stream.ReadByte();
        return b >= 0 ? (byte)b : throw new InvalidDataException(what == PageHeader ? "the column chunk ends inside a page header" : $"the {what} ends inside a field");
    }

    private void Skip(byte type, int depth)
    {
        switch (type)
        {
            case True or False:
                return;
            case Byte:
                ReadByte();
                return;
            case I16 or I32 or I64:
                ReadVarint();
                return;
            case Double:
                SkipBytes(8);
                return;
            case Binary:
                SkipBytes(ReadLength());
                return;
            case List or Set:
                var header = ReadByte();
                var size = (long)(header >> 4);
                if (size == 15)
                {
                    size = ReadLength();
                }

                for (var i = 0L; i < size; i++)
                {
                    SkipElement((byte)(header & 0x0F), depth + 1);
                }

                return;
            case Map:
                var count = ReadLength();
                if (count > 0)
                {
                    var types = ReadByte();
                    for (var i = 0L; i < count; i++)
                    {
                        SkipElement((byte)(types >> 4), depth + 1);
                        SkipElement((byte)(types & 0x0F), depth + 1);
                    }
                }

                return;
            case Struct:
                ReadStruct((_, _) => false, depth + 1);
                return;
            default:
                throw new InvalidDataException($"unknown field type {type} in the {what}");
        }
    }

    private void SkipElement(byte type, int depth)
    {
        if (type is True or False)
        {
            ReadByte(); // booleans in lists and maps take a byte each
            return;
        }

        Skip(type, depth);
    }

    private void SkipBytes(long count)
    {
        for (var i = 0L; i < count; i++)
        {
            ReadByte();
        }
    }
}
