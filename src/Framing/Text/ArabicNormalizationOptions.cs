namespace Framing.Text;

/// <summary>
/// The switches of an <see cref="ArabicNormalizer"/> profile. Immutable: derive variants with a <c>with</c> expression,
/// for example <c>ArabicNormalizationOptions.Default with { ProfileName = "default-hamza", FoldHamzaSeats = true }</c>.
/// </summary>
/// <remarks>
/// <para>The named profiles are:</para>
/// <list type="table">
/// <listheader><term>Profile</term><description>Switches</description></listheader>
/// <item><term><see cref="Light"/></term><description>Removes diacritics, Quranic marks, tatweel and invisible format
/// characters; folds digits and presentation forms. Keeps every letter variant (hamza seats, alef forms, alef maksura,
/// ta marbuta, Persian and Urdu letters).</description></item>
/// <item><term><see cref="Default"/></term><description><see cref="Light"/> plus alef, alef maksura, ta marbuta and
/// Persian/Urdu letter folding. Hamza on waw and yeh is kept.</description></item>
/// <item><term><see cref="Aggressive"/></term><description><see cref="Default"/> plus hamza-seat folding
/// (<see cref="FoldHamzaSeats"/>).</description></item>
/// </list>
/// <para>
/// Every switch is applied to the letters that presentation forms decompose to as well, so that for example U+FE83
/// (alef with hamza above, isolated form) becomes U+0627 under <see cref="Default"/> but U+0623 under
/// <see cref="Light"/>.
/// </para>
/// </remarks>
public sealed record ArabicNormalizationOptions
{
    private readonly string _profileName = "custom";

    /// <summary>
    /// The profile name, used in <see cref="ArabicNormalizer.Name"/> as <c>arabic-</c> followed by this value
    /// (for example <c>arabic-default</c>). Must not be empty or white space. Defaults to <c>custom</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public string ProfileName
    {
        get => _profileName;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            _profileName = value;
        }
    }

    /// <summary>
    /// Removes the harakat and other combining marks U+064B..U+065F (fathatan through the small high marks, including
    /// shadda and sukun) and the superscript (dagger) alef U+0670, also where they come from the harakat presentation
    /// forms U+FE70..U+FE7F. Default: <see langword="true"/>.
    /// </summary>
    public bool RemoveDiacritics { get; init; } = true;

    /// <summary>
    /// Removes the Quranic annotation marks U+06D6..U+06ED, including the small waw U+06E5 and small yeh U+06E6
    /// that lie inside that range. Default: <see langword="true"/>.
    /// </summary>
    public bool RemoveQuranicMarks { get; init; } = true;

    /// <summary>Removes the tatweel (kashida) U+0640. Default: <see langword="true"/>.</summary>
    public bool RemoveTatweel { get; init; } = true;

    /// <summary>
    /// Removes invisible format characters: the bidirectional controls U+200E, U+200F, U+061C, U+202A..U+202E and
    /// U+2066..U+2069; zero width space U+200B, non-joiner U+200C and joiner U+200D; word joiner U+2060; soft hyphen
    /// U+00AD; and zero width no-break space (byte order mark) U+FEFF. Default: <see langword="true"/>.
    /// </summary>
    public bool RemoveFormatCharacters { get; init; } = true;

    /// <summary>
    /// Folds the alef variants to bare alef U+0627: U+0622 (madda), U+0623 (hamza above), U+0625 (hamza below),
    /// U+0671 (wasla), U+0672 (wavy hamza above), U+0673 (wavy hamza below) and U+0675 (high hamza).
    /// Default: <see langword="true"/>.
    /// </summary>
    public bool FoldAlefVariants { get; init; } = true;

    /// <summary>Folds alef maksura U+0649 to yeh U+064A. Default: <see langword="true"/>.</summary>
    public bool FoldAlefMaksura { get; init; } = true;

    /// <summary>Folds ta marbuta U+0629 to heh U+0647. Default: <see langword="true"/>.</summary>
    public bool FoldTaMarbuta { get; init; } = true;

    /// <summary>
    /// Folds Persian and Urdu letters that have an Arabic counterpart. To yeh U+064A: farsi yeh U+06CC, e U+06D0, yeh
    /// barree U+06D2 and yeh barree with hamza U+06D3. To kaf U+0643: keheh U+06A9 and swash kaf U+06AA. To heh
    /// U+0647: heh doachashmee U+06BE, heh with yeh above U+06C0, heh goal U+06C1, heh goal with hamza U+06C2 and ae
    /// U+06D5. To ta marbuta U+0629: teh marbuta goal U+06C3 (which then becomes heh if <see cref="FoldTaMarbuta"/>
    /// is on). Gaf U+06AF and the other letters without an Arabic counterpart (peh, tcheh, jeh, veh...) are kept.
    /// Default: <see langword="true"/>.
    /// </summary>
    public bool FoldPersianLetters { get; init; } = true;

    /// <summary>
    /// Folds hamza on a seat to the bare seat: waw with hamza U+0624 to waw U+0648 and yeh with hamza U+0626 to yeh
    /// U+064A. The lone hamza U+0621 is kept. Default: <see langword="false"/> (on in <see cref="Aggressive"/>).
    /// </summary>
    public bool FoldHamzaSeats { get; init; }

    /// <summary>
    /// Folds Arabic-Indic digits U+0660..U+0669 and extended (Persian/Urdu) digits U+06F0..U+06F9 to ASCII
    /// <c>0</c>..<c>9</c>, the Arabic decimal separator U+066B to <c>.</c> and the Arabic thousands separator U+066C
    /// to <c>,</c>. Default: <see langword="true"/>.
    /// </summary>
    public bool FoldDigits { get; init; } = true;

    /// <summary>
    /// Replaces the presentation forms U+FB50..U+FDFF and U+FE70..U+FEFC by the letters they display, including the
    /// lam-alef ligatures (U+FEF5..U+FEFC become lam followed by the matching alef) and the word ligatures
    /// U+FDF0..U+FDFD (for example U+FDF2 becomes <c>الله</c>). Multi-word ligatures such as U+FDFA lose their
    /// spaces: a token never gains a space. The tail fragment U+FE73 is removed. The letters produced are then folded
    /// by the other switches.
    /// Default: <see langword="true"/>.
    /// </summary>
    public bool FoldPresentationForms { get; init; } = true;

    /// <summary>
    /// The default profile (<c>default</c>): everything except <see cref="FoldHamzaSeats"/>.
    /// </summary>
    public static ArabicNormalizationOptions Default { get; } = new() { ProfileName = "default" };

    /// <summary>
    /// The light profile (<c>light</c>): removes diacritics, Quranic marks, tatweel and format characters and folds
    /// digits and presentation forms, but keeps every letter variant.
    /// </summary>
    public static ArabicNormalizationOptions Light { get; } = new()
    {
        ProfileName = "light",
        FoldAlefVariants = false,
        FoldAlefMaksura = false,
        FoldTaMarbuta = false,
        FoldPersianLetters = false,
        FoldHamzaSeats = false,
    };

    /// <summary>The aggressive profile (<c>aggressive</c>): <see cref="Default"/> plus <see cref="FoldHamzaSeats"/>.</summary>
    public static ArabicNormalizationOptions Aggressive { get; } = new() { ProfileName = "aggressive", FoldHamzaSeats = true };

    /// <summary>The record's members as the compiler prints them (<c>ArabicNormalizationOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ArabicNormalizationOptions), PrintMembers);
}
