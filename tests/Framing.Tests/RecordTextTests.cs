using System.Globalization;

namespace Framing.Tests;

/// <summary>
/// <see cref="RecordText.Invariant"/> keeps the compiler's record format under the invariant culture, for every shape of
/// record: sealed, a record struct, one without members, and a base record with a derived one (each declaring the
/// override: a derived record otherwise gets the compiler's own).
/// </summary>
public sealed class RecordTextTests
{
    [Fact]
    public void EveryShapeOfRecordPrintsTheCompilersFormatInvariantly()
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal("Sealed { Score = -0.5, Day = 2026-12-04 }", In(german, new Sealed(-0.5, new DateOnly(2026, 12, 4)).ToString)); // ISO 8601, not the invariant culture's ambiguous 12/04/2026
        Assert.Equal("Struct { Score = 1.25 }", In(german, new Struct(1.25).ToString));
        Assert.Equal("Empty { }", In(german, new Empty().ToString));
        Assert.Equal("Base { Score = 0.5 }", In(german, new Base(0.5).ToString));
        Assert.Equal("Derived { Score = 0.5, Weight = 2.5 }", In(german, new Derived(0.5, 2.5).ToString));
        Assert.Equal("Nested { Inner = Struct { Score = 1.5 } }", In(german, new Nested(new Struct(1.5)).ToString));
    }

    [Fact]
    public void TheCallersCultureIsRestoredEvenWhenAMemberThrows()
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal("de-DE", In(german, () =>
        {
            Assert.Throws<InvalidOperationException>(() => new Throwing().ToString());
            return CultureInfo.CurrentCulture.Name;
        }));
    }

    private static string In(CultureInfo culture, Func<string> text)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return text();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private sealed record Sealed(double Score, DateOnly Day)
    {
        public override string ToString() => RecordText.Invariant(nameof(Sealed), PrintMembers);
    }

    private readonly record struct Struct(double Score)
    {
        public override string ToString() => RecordText.Invariant(nameof(Struct), PrintMembers);
    }

    private sealed record Empty
    {
        public override string ToString() => RecordText.Invariant(nameof(Empty), PrintMembers);
    }

    private record Base(double Score)
    {
        public override string ToString() => RecordText.Invariant(nameof(Base), PrintMembers);
    }

    private sealed record Derived(double Score, double Weight) : Base(Score)
    {
        public override string ToString() => RecordText.Invariant(nameof(Derived), PrintMembers);
    }

    private sealed record Nested(Struct Inner)
    {
        public override string ToString() => RecordText.Invariant(nameof(Nested), PrintMembers);
    }

    private sealed record Throwing
    {
        private readonly double _value = double.NaN;

        public double Value => double.IsNaN(_value) ? throw new InvalidOperationException("invented failure") : _value;

        public override string ToString() => RecordText.Invariant(nameof(Throwing), PrintMembers);
    }
}
