using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>The vector scan for the next token that may start a walk, against a test per token.</summary>
public sealed class TokenMaskScanTests
{
    [Fact]
    public void FindsTheSameTokenAsATestPerTokenFromEveryStart()
    {
        var random = new Random(23);
        for (var round = 0; round < 400; round++)
        {
            var length = random.Next(0, 41);
            var density = random.NextDouble() * 0.5;
            var masks = new ulong[length];
            for (var i = 0; i < length; i++)
            {
                // A bit anywhere in the 64, the filter's or another: a match needs a shared bit, not any bit.
                masks[i] = random.NextDouble() < density ? 1UL << random.Next(64) : 0;
            }

            var filter = random.Next(3) switch
            {
                0 => ulong.MaxValue,
                1 => 1UL << 63,
                _ => (ulong)random.NextInt64() | 1,
            };
            for (var from = 0; from <= length; from++)
            {
                var expected = TokenMaskScan.NextScalarForTest(masks, from, filter);
                Assert.True(expected == TokenMaskScan.Next(masks, from, filter), $"length {length}, from {from}, filter {filter:X}");
            }
        }
    }

    [Fact]
    public void FindsATokenInEveryPositionOfAVectorAndNoneWithoutASharedBit()
    {
        for (var length = 1; length <= 12; length++)
        {
            for (var at = 0; at < length; at++)
            {
                var masks = new ulong[length];
                Array.Fill(masks, 0b0110UL); // other slots: never a hit for the filter below
                masks[at] = 0b1000UL;
                Assert.Equal(at, TokenMaskScan.Next(masks, 0, 0b1001UL));
                Assert.Equal(at, TokenMaskScan.Next(masks, at, 0b1001UL));
                Assert.Equal(length, TokenMaskScan.Next(masks, at + 1, 0b1001UL));
            }
        }
    }

    [Fact]
    public void AStartPastTheEndIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TokenMaskScan.Next(new ulong[3], 4, 1));
        Assert.Equal(3, TokenMaskScan.Next(new ulong[3], 3, 1));
    }
}
