namespace Framing.Text;

/// <summary>
/// Normalizes Arabic script with a precomputed, table-driven mapping chosen by an
/// <see cref="ArabicNormalizationOptions"/> profile. Characters outside the Arabic blocks and the handful of invisible
/// format characters pass through unchanged (Latin text is the job of <see cref="LatinNormalizer"/>).
/// </summary>
/// <remarks>
/// <para>The <see cref="Default"/> profile (<c>arabic-default</c>) applies exactly this table:</para>
/// <list type="table">
/// <listheader><term>Input</term><description>Output</description></listheader>
/// <item><term>U+064B..U+065F (harakat, shadda, sukun, small marks), U+0670 (dagger alef), U+0640 (tatweel),
/// U+06D6..U+06ED (Quranic annotation marks, including small waw U+06E5 and small yeh U+06E6)</term>
/// <description>removed</description></item>
/// <item><term>U+0653 (madda), U+0654 (hamza above), U+0655 (hamza below) after a letter they compose with (ignoring
/// harakat in between)</term><description>the composed letter, folded by the rows below: decomposed (NFD) و + U+0654
/// becomes ؤ as U+0624 does, ا + U+0654 becomes ا as أ does; elsewhere removed like the other marks</description></item>
/// <item><term>U+0622 آ, U+0623 أ, U+0625 إ, U+0671 ٱ, U+0672, U+0673, U+0675</term><description>U+0627 ا</description></item>
/// <item><term>U+0649 ى</term><description>U+064A ي</description></item>
/// <item><term>U+0629 ة</term><description>U+0647 ه</description></item>
/// <item><term>U+06CC ی, U+06D0 ې, U+06D2 ے, U+06D3 ۓ</term><description>U+064A ي</description></item>
/// <item><term>U+06A9 ک, U+06AA ڪ</term><description>U+0643 ك</description></item>
/// <item><term>U+06BE ھ, U+06C0 ۀ, U+06C1 ہ, U+06C2 ۂ, U+06C3 ۃ, U+06D5 ە</term><description>U+0647 ه</description></item>
/// <item><term>U+06AF گ and other letters without an Arabic counterpart (پ چ ژ ڤ ...)</term><description>kept</description></item>
/// <item><term>U+0660..U+0669 and U+06F0..U+06F9 (digits)</term><description>ASCII <c>0</c>..<c>9</c></description></item>
/// <item><term>U+066B (decimal separator), U+066C (thousands separator)</term><description><c>.</c> and <c>,</c></description></item>
/// <item><term>U+FB50..U+FDFF, U+FE70..U+FEFC (presentation forms)</term><description>the letters they display,
/// then folded by the rows above: for example U+FEF9 ﻹ becomes <c>لا</c>, U+FE93 ﺓ becomes ه, U+FDF2 ﷲ becomes
/// <c>الله</c>; the harakat forms U+FE70..U+FE7F are removed; multi-word ligatures (U+FDFA, U+FDFB, U+FDFD) are
/// spelled out without spaces</description></item>
/// <item><term>U+200E, U+200F, U+061C, U+202A..U+202E, U+2066..U+2069 (bidi controls), U+200B, U+200C, U+200D,
/// U+2060, U+00AD, U+FEFF, U+FE00..U+FE0F (variation selectors)</term><description>removed</description></item>
/// </list>
/// <para>
/// Everything else is kept, including hamza U+0621, waw and yeh with hamza (U+0624, U+0626; folded only by
/// <see cref="ArabicNormalizationOptions.FoldHamzaSeats"/>), the marks U+0610..U+061A and U+08D3..U+08FF, and the
/// letters of the Arabic Supplement and Extended-A blocks.
/// </para>
/// <para>
/// Normalization is idempotent for every profile, does not allocate, and is thread-safe: the table is built once per
/// instance and never changes.
/// </para>
/// </remarks>
public sealed class ArabicNormalizer : TextNormalizer
{
    private readonly ArabicFoldingTable _table;

    /// <summary>Creates a normalizer for the given profile.</summary>
    /// <param name="options">The profile switches.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ArabicNormalizer(ArabicNormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Name = "arabic-" + options.ProfileName;
        _table = new ArabicFoldingTable(options);
    }

    /// <summary>The normalizer for <see cref="ArabicNormalizationOptions.Default"/> (<c>arabic-default</c>).</summary>
    public static ArabicNormalizer Default { get; } = new(ArabicNormalizationOptions.Default);

    /// <summary>The normalizer for <see cref="ArabicNormalizationOptions.Light"/> (<c>arabic-light</c>).</summary>
    public static ArabicNormalizer Light => Built.Light;

    /// <summary>The normalizer for <see cref="ArabicNormalizationOptions.Aggressive"/> (<c>arabic-aggressive</c>).</summary>
    public static ArabicNormalizer Aggressive => Built.Aggressive;

    /// <summary>The profile this normalizer applies.</summary>
    public ArabicNormalizationOptions Options { get; }

    /// <inheritdoc />
    /// <remarks><c>arabic-</c> followed by <see cref="ArabicNormalizationOptions.ProfileName"/>.</remarks>
    public override string Name { get; }

    /// <inheritdoc />
    public override void Normalize(ReadOnlySpan<char> source, NormalizedTextBuilder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _table.Apply(source, output);
    }

    /// <summary>
    /// The light and aggressive normalizers, built on first use (a nested type's static fields are initialized when the
    /// type is first touched): most runs use only <see cref="Default"/>, and each table costs start-up time.
    /// </summary>
    private static class Built
    {
        public static readonly ArabicNormalizer Light = new(ArabicNormalizationOptions.Light);

        public static readonly ArabicNormalizer Aggressive = new(ArabicNormalizationOptions.Aggressive);
    }
}
