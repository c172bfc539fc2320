namespace Framing.Parquet.Pages;

/// <summary>Decodes Parquet's RLE / bit-packing hybrid encoding (definition levels and dictionary indices).</summary>
internal static class HybridDecoder
{
    /// <summary>Decodes <paramref name="output"/>.Length values of <paramref name="bitWidth"/> bits from <paramref name="data"/>.</summary>
    /// <exception cref="InvalidDataException">The data ends early or is malformed.</exception>
    internal static void Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new InvalidDataException($"bit width {bitWidth} out of range");
        }

        var position = 0;
        var count = 0;
        var byteWidth = (bitWidth + 7) / 8;
        while (count < output.Length)
        {
            var header = ReadVarint(data, ref position);
            if ((header & 1) == 0)
            {
                var run = (int)Math.Min(header >> 1, (ulong)(output.Length - count));
                if (position + byteWidth > data.Length)
                {
                    throw new InvalidDataException("levels end inside a run");
                }

                var value = 0;
                for (var b = 0; b < byteWidth; b++)
                {
                    value |= data[position + b] << (8 * b);
                }

                position += byteWidth;
                output.Slice(count, run).Fill(value);
                count += run;
            }
            else
            {
                // header >> 1 groups of 8 values, bitWidth bytes each: checked against the bytes left before any
                // product that could overflow (a damaged header is InvalidDataException, never OverflowException).
                var groups = header >> 1;
                if (groups > (ulong)(data.Length - position) || (long)groups * bitWidth > data.Length - position)
                {
                    throw new InvalidDataException("levels end inside a bit-packed run");
                }

                var values = (long)groups * 8;
                var bytes = (int)((long)groups * bitWidth);

                var packed = data.Slice(position, bytes);
                position += bytes;
                var mask = bitWidth == 32 ? -1L : (1L << bitWidth) - 1;
                for (long v = 0; v < values && count < output.Length; v++)
                {
                    var bit = v * bitWidth;
                    ulong word = 0;
                    var first = (int)(bit >> 3);
                    for (var b = 0; b < 5 && first + b < packed.Length; b++)
                    {
                        word |= (ulong)packed[first + b] << (8 * b);
                    }

                    output[count++] = (int)((long)(word >> (int)(bit & 7)) & mask);
                }
            }
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("levels end inside a run header");
            }

            var b = data[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new InvalidDataException("malformed run header");
    }
}
