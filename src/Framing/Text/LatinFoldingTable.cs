using System.Collections.Immutable;

namespace Framing.Text;

/// <summary>
/// The explicit character tables behind <see cref="LatinNormalizer"/>: lower-casing and diacritic folding for
/// U+0000..U+024F (Basic Latin, Latin-1 Supplement, Latin Extended-A and -B) and U+1E00..U+1EFF (Latin Extended
/// Additional), plus the apostrophe, dash, ligature and invisible-character rules.
/// </summary>
/// <remarks>
/// Table entries are final: a replacement never needs folding again. <see langword="null"/> means "keep the character",
/// an empty string means "drop it", and <see cref="Apostrophe"/> marks an apostrophe variant (which the normalizer
/// removes, together with a following final <c>s</c>).
/// </remarks>
internal static class LatinFoldingTable
{
    /// <summary>The marker entry of apostrophe variants.</summary>
    internal const string Apostrophe = "'";

    /// <summary>First code point after the <see cref="Basic"/> table.</summary>
    internal const int BasicEnd = 0x0250;

    /// <summary>First code point of the <see cref="ExtendedAdditional"/> table.</summary>
    internal const int ExtendedAdditionalStart = 0x1E00;

    /// <summary>Entries for U+0000..U+024F.</summary>
    internal static ImmutableArray<string?> Basic { get; }

    /// <summary>Entries for U+1E00..U+1EFF.</summary>
    internal static ImmutableArray<string?> ExtendedAdditional { get; }

    static LatinFoldingTable()
    {
        // Letters with diacritics, ligatures and letter variants, grouped by their folded (lower-case ASCII) form.
        (string Sources, string Target)[] folds =
        [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧȺḀḁẚẠạẢảẤấẦầẨẩẪẫ" +
                "ẬậẮắẰằẲẳẴẵẶặ", "a"),
            ("ÆæǢǣǼǽ", "ae"),
            ("ƀƁƂƃɃḂḃḄḅḆḇ", "b"),
            ("ÇçĆćĈĉĊċČčƇƈȻȼḈḉ", "c"),
            ("ÐðĎďĐđƉƊƋƌȡḊḋḌḍḎḏḐḑḒḓ", "d"),
            ("ǄǅǆǱǲǳ", "dz"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩɆɇḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂể" +
                "ỄễỆệ", "e"),
            ("ƑƒḞḟ", "f"),
            ("ĜĝĞğĠġĢģƓǤǥǦǧǴǵḠḡ", "g"),
            ("ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİıƗǏǐȈȉȊȋḬḭḮḯỈỉỊị", "i"),
            ("Ĳĳ", "ij"),
            ("ĴĵǰȷɈɉ", "j"),
            ("ĶķĸƘƙǨǩḰḱḲḳḴḵ", "k"),
            ("ĹĺĻļĽľĿŀŁłƚȴȽḶḷḸḹḺḻḼḽ", "l"),
            ("Ǉǈǉ", "lj"),
            ("ḾḿṀṁṂṃ", "m"),
            ("ÑñŃńŅņŇňŉƝƞǸǹȠȵṄṅṆṇṈṉṊṋ", "n"),
            ("Ŋŋ", "ng"),
            ("Ǌǋǌ", "nj"),
            ("ÒÓÔÕÖØòóôõöøŌōŎŏŐőƟƠơǑǒǪǫǬǭǾǿȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒ" +
                "ṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ", "o"),
            ("Œœ", "oe"),
            ("ƤƥṔṕṖṗ", "p"),
            ("Ɋɋ", "q"),
            ("ŔŕŖŗŘřȐȑȒȓɌɍṘṙṚṛṜṝṞṟ", "r"),
            ("ŚśŜŝŞşŠšſȘșȿṠṡṢṣṤṥṦṧṨṩẛẜẝ", "s"),
            ("ßẞ", "ss"),
            ("ŢţŤťŦŧƫƬƭƮȚțȶȾṪṫṬṭṮṯṰṱẗ", "t"),
            ("Þþ", "th"),
            ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗɄṲṳṴṵṶṷṸṹṺṻỤ" +
                "ụỦủỨứỪừỬửỮữỰự", "u"),
            ("ƲṼṽṾṿ", "v"),
            ("ŴŵẀẁẂẃẄẅẆẇẈẉẘ", "w"),
            ("ẊẋẌẍ", "x"),
            ("ÝýÿŶŷŸƳƴȲȳɎɏẎẏẙỲỳỴỵỶỷỸỹ", "y"),
            ("ŹźŻżŽžƵƶȤȥɀẐẑẒẓẔẕ", "z"),
        ];

        var basic = new string?[BasicEnd];
        var extended = new string?[0x100];
        for (var c = 'A'; c <= 'Z'; c++)
        {
            basic[c] = new string((char)(c + ('a' - 'A')), 1);
        }

        foreach (var (sources, target) in folds)
        {
            foreach (var c in sources)
            {
                ref var slot = ref c < BasicEnd ? ref basic[c] : ref extended[c - ExtendedAdditionalStart];
                if (slot is not null)
                {
                    throw new InvalidOperationException($"Duplicate Latin fold for U+{(int)c:X4}.");
                }

                slot = target;
            }
        }

        // Apostrophe variants inside the tables (the others are handled by Special): ' ` and the acute accent.
        basic['\''] = Apostrophe;
        basic['`'] = Apostrophe;
        basic['\u00B4'] = Apostrophe;

        // Soft hyphen.
        basic['\u00AD'] = string.Empty;

        // Everything else that has a lower-case form (for example Greek-derived or African letters in Latin
        // Extended-B) is lower-cased, then folded through the table if the lower-case form is listed.
        LowerRemaining(basic, 0, basic, extended);
        LowerRemaining(extended, ExtendedAdditionalStart, basic, extended);

        Basic = [.. basic];
        ExtendedAdditional = [.. extended];
    }

    /// <summary>
    /// The rules for characters outside the tables (before lower-casing): apostrophe variants, dash variants,
    /// combining diacritical marks, invisible format characters, Greek accented vowels and final sigma, Latin
    /// typographic ligatures, and the styled letters of the Letterlike Symbols block.
    /// </summary>
    /// <param name="c">A character at or above U+0250 and outside U+1E00..U+1EFF.</param>
    /// <returns>A table-style entry, or <see langword="null"/> when no rule applies.</returns>
    internal static string? Special(char c) => c switch
    {
        (>= '\u02BB' and <= '\u02BF') or '\u2018' or '\u2019' or '\u2032' => Apostrophe,
        (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63' => "-",
        >= '\u0300' and <= '\u036F' => string.Empty,
        '\u061C' or '\u2060' or '\uFEFF' or (>= '\u200B' and <= '\u200F') => string.Empty,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => string.Empty,
        >= '\uFE00' and <= '\uFE0F' => string.Empty, // variation selectors (terrorists️ with VS16, as emoji keyboards leave it)
        '\u0386' or '\u03AC' => "α",
        '\u0388' or '\u03AD' => "ε",
        '\u0389' or '\u03AE' => "η",
        '\u038A' or '\u0390' or '\u03AA' or '\u03AF' or '\u03CA' => "ι",
        '\u038C' or '\u03CC' => "ο",
        '\u038E' or '\u03AB' or '\u03B0' or '\u03CB' or '\u03CD' => "υ",
        '\u038F' or '\u03CE' => "ω",
        '\u03C2' => "σ",
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        >= '\u2100' and <= '\u214F' => Letterlike(c),
        _ => null,
    };

    // The styled letters of the Letterlike Symbols block, which fill the gaps of the Mathematical Alphanumeric Symbols
    // (script e, g, o; italic h; fraktur C, H, I, R, Z; double-struck C, H, N, P, Q, R, Z, …): the letter NFKC gives them,
    // lower-cased, so that "fancy text" in those styles folds as the rest of its word does.
    private static string? Letterlike(char c) => c switch
    {
        '\u2102' or '\u212D' => "c",
        '\u210A' => "g",
        '\u210B' or '\u210C' or '\u210D' or '\u210E' => "h",
        '\u2110' or '\u2111' or '\u2139' or '\u2148' => "i",
        '\u2112' or '\u2113' => "l",
        '\u2115' => "n",
        '\u2119' => "p",
        '\u211A' => "q",
        '\u211B' or '\u211C' or '\u211D' => "r",
        '\u2124' or '\u2128' => "z",
        '\u212A' => "k",
        '\u212C' => "b",
        '\u212F' or '\u2130' or '\u2147' => "e",
        '\u2131' => "f",
        '\u2133' => "m",
        '\u2134' => "o",
        '\u2145' or '\u2146' => "d",
        '\u2149' => "j",
        _ => null,
    };

    /// <summary>
    /// The precomposed lower-case Cyrillic letter that <paramref name="letter"/> followed by the combining
    /// <paramref name="mark"/> stands for (<c>и</c> + U+0306 is <c>й</c>), or <c>'\0'</c> when there is none.
    /// </summary>
    /// <param name="letter">The lower-case letter already written.</param>
    /// <param name="mark">A combining mark in U+0300..U+036F.</param>
    /// <returns>The composed letter, or <c>'\0'</c>.</returns>
    internal static char ComposeCyrillic(char letter, char mark) => (letter, mark) switch
    {
        ('\u0438', '\u0306') => '\u0439', // й
        ('\u0443', '\u0306') => '\u045E', // ў
        ('\u0435', '\u0308') => '\u0451', // ё
        ('\u0456', '\u0308') => '\u0457', // ї
        ('\u0433', '\u0301') => '\u0453', // ѓ
        ('\u043A', '\u0301') => '\u045C', // ќ
        ('\u0435', '\u0300') => '\u0450', // ѐ
        ('\u0438', '\u0300') => '\u045D', // ѝ
        _ => '\0',
    };

    /// <summary>The table entry of <paramref name="c"/> if it lies in a table, else <see langword="null"/>.</summary>
    /// <param name="c">The character.</param>
    /// <param name="inTable">Whether <paramref name="c"/> lies in one of the tables.</param>
    /// <returns>The entry.</returns>
    internal static string? Lookup(char c, out bool inTable)
    {
        if (c < BasicEnd)
        {
            inTable = true;
            return Basic[c];
        }

        if ((uint)(c - ExtendedAdditionalStart) < 0x100u)
        {
            inTable = true;
            return ExtendedAdditional[c - ExtendedAdditionalStart];
        }

        inTable = false;
        return null;
    }

    private static void LowerRemaining(string?[] table, int offset, string?[] basic, string?[] extended)
    {
        for (var i = 0; i < table.Length; i++)
        {
            if (table[i] is not null)
            {
                continue;
            }

            var c = (char)(offset + i);
            var lower = char.ToLowerInvariant(c);
            if (lower == c)
            {
                continue;
            }

            string? listed = null;
            if (lower < BasicEnd)
            {
                listed = basic[lower];
            }
            else if ((uint)(lower - ExtendedAdditionalStart) < 0x100u)
            {
                listed = extended[lower - ExtendedAdditionalStart];
            }

            table[i] = listed ?? new string(lower, 1);
        }
    }
}
