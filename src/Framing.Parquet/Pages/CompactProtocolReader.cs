namespace Framing.Parquet.Pages;

/// <summary>
/// Reads the Thrift compact protocol, as far as Parquet page headers need it: structs of integers, booleans and nested
/// structs, with every other field skipped. Malformed input throws <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class CompactProtocolReader(Stream stream)
{
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
            throw new InvalidDataException("page header nested too deeply");
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
            var id = delta != 0 ? (short)(last + delta) : checked((short)ReadZigZag());
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
        I16 or I32 => checked((int)ReadZigZag()),
        _ => throw new InvalidDataException($"expected an integer in the page header, found type {type}"),
    };

    /// <summary>Reads a boolean field (its value is in its type).</summary>
    internal static bool ReadBool(byte type) => type switch
    {
        True => true,
        False => false,
        _ => throw new InvalidDataException($"expected a boolean in the page header, found type {type}"),
    };

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

        throw new InvalidDataException("malformed integer in the page header");
    }

    private byte ReadByte()
    {
        var b = stream.ReadByte();
        return b >= 0 ? (byte)b : throw new InvalidDataException("the column chunk ends inside a page header");
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
                SkipBytes(checked((long)ReadVarint()));
                return;
            case List or Set:
                var header = ReadByte();
                var size = (long)(header >> 4);
                if (size == 15)
                {
                    size = checked((long)ReadVarint());
                }

                for (var i = 0L; i < size; i++)
                {
                    SkipElement((byte)(header & 0x0F), depth + 1);
                }

                return;
            case Map:
                var count = checked((long)ReadVarint());
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
                throw new InvalidDataException($"unknown field type {type} in the page header");
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
