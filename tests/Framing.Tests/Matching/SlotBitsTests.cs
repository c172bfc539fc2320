using Framing.Matching;

namespace Framing.Tests.Matching;

/// <summary>Which bit each slot has in a lane of a language matcher (see <see cref="SlotBits"/>).</summary>
public sealed class SlotBitsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(64 - MarkerKinds.Count)]
    public void InALexiconThatFitsOneLaneASlotsBitIsItsNumber(int dimensions)
    {
        var bits = new SlotBits(0, dimensions, dimensions);
        for (var slot = 0; slot < dimensions + MarkerKinds.Count; slot++)
        {
            Assert.Equal(1UL << slot, bits.Of(slot));
        }

        Assert.Equal((1UL << dimensions) - 1, bits.DimensionBits);
        Assert.Equal(((1UL << MarkerKinds.Count) - 1) << dimensions, bits.MarkerBits);
        Assert.Equal(0UL, bits.DimensionBits & bits.MarkerBits);
    }

    /// <summary>A slot past the last marker kind is no lane's: asking for its bit is an error that names it, not a bit.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(64 - MarkerKinds.Count)]
    [InlineData(200)]
    public void ASlotPastTheMarkerKindsHasNoBit(int dimensions)
    {
        var bits = new SlotBits(0, Math.Min(dimensions, 64 - MarkerKinds.Count), dimensions);
        var slot = dimensions + MarkerKinds.Count;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => bits.Of(slot));
        Assert.Contains($"slot {slot} is not in the lane of dimensions [0, {bits.High})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstLaneOfAWideLexiconPutsTheMarkerKindsAfterItsOwnDimensions()
    {
        const int first = 64 - MarkerKinds.Count;
        var bits = new SlotBits(0, first, 200);
        Assert.Equal(1UL << (first - 1), bits.Of(first - 1));
        Assert.Equal(1UL << first, bits.Of(200));
        Assert.Equal(1UL << 63, bits.Of(200 + MarkerKinds.Count - 1));
        Assert.Equal(ulong.MaxValue, bits.DimensionBits | bits.MarkerBits);
        Assert.Throws<ArgumentOutOfRangeException>(() => bits.Of(first));
    }

    [Fact]
    public void ALaterLaneNumbersItsDimensionsFromZeroAndHasNoMarkers()
    {
        var full = new SlotBits(57, 121, 200);
        Assert.Equal(1UL, full.Of(57));
        Assert.Equal(1UL << 63, full.Of(120));
        Assert.Equal(ulong.MaxValue, full.DimensionBits);
        Assert.Equal(0UL, full.MarkerBits);
        Assert.True(full.Owns(57) && full.Owns(120) && !full.Owns(56) && !full.Owns(121));
        Assert.Throws<ArgumentOutOfRangeException>(() => full.Of(200));
        Assert.Throws<ArgumentOutOfRangeException>(() => full.Of(121));

        var last = new SlotBits(185, 200, 200);
        Assert.Equal((1UL << 15) - 1, last.DimensionBits);
        Assert.Equal(1UL << 14, last.Of(199));
    }
}
