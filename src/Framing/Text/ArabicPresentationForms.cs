namespace Framing.Text;

/// <summary>
/// Compatibility decompositions of the Arabic presentation forms (U+FB50..U+FDFF and U+FE70..U+FEFF), written out
/// as data because no Unicode data file is available at run time and <see cref="string.Normalize()"/> does nothing
/// in globalization-invariant mode.
/// </summary>
/// <remarks>
/// <para>
/// Each entry maps a presentation form to the nominal letters it displays (its NFKC form). Spaces in a
/// decomposition are removed: the multi-word ligatures U+FDFA and U+FDFB become one run of letters, and the
/// isolated harakat forms (for example U+FE70, "space + fathatan") become the bare mark. The decompositions are not
/// yet folded: <see cref="ArabicNormalizer"/> folds each decomposed letter with the active profile.
/// </para>
/// <para>
/// Code points that Unicode leaves without a decomposition are absent and pass through unchanged: the Arabic
/// symbols U+FBB2..U+FBC2, the ornate parentheses U+FD3E/U+FD3F, and the honorific ligatures U+FD40..U+FD4F,
/// U+FDCF, U+FDFE and U+FDFF. Two exceptions have no Unicode decomposition but are listed here: U+FDFD (the
/// bismillah ligature) is spelled out without spaces like the other word ligatures, and the tail fragment U+FE73,
/// a piece of a glyph that displays no letter, decomposes to nothing (it is removed).
/// </para>
/// </remarks>
internal static class ArabicPresentationForms
{
    private const char First = '\uFB50';
    private const char Last = '\uFEFF';

    // Indexed by code point - First: a plain array, read once per code point when the folding table is built (a
    // frozen dictionary's code had to be compiled at every start).
    private static readonly string?[] Table = Build();

    /// <summary>The decomposition of a presentation form (never containing a space; empty only for U+FE73), or null
    /// for a character that has none.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The decomposition, or null.</returns>
    internal static string? Decompose(char c) => c is >= First and <= Last ? Table[c - First] : null;

    private static string?[] Build()
    {
        var map = new string?[Last - First + 1];

        // Contextual forms of one letter: isolated, final, and for joining letters initial and medial, in that order.
        LetterForms[] letterForms =
        [
            // Arabic Presentation Forms-A: Persian, Urdu, Sindhi, Kurdish, Uyghur... letters (U+FB50..U+FBFF).
            new(0xFB50, 2, '\u0671'), // alef wasla
            new(0xFB52, 4, '\u067B'), // beeh
            new(0xFB56, 4, '\u067E'), // peh
            new(0xFB5A, 4, '\u0680'), // beheh
            new(0xFB5E, 4, '\u067A'), // tteheh
            new(0xFB62, 4, '\u067F'), // teheh
            new(0xFB66, 4, '\u0679'), // tteh
            new(0xFB6A, 4, '\u06A4'), // veh
            new(0xFB6E, 4, '\u06A6'), // peheh
            new(0xFB72, 4, '\u0684'), // dyeh
            new(0xFB76, 4, '\u0683'), // nyeh
            new(0xFB7A, 4, '\u0686'), // tcheh
            new(0xFB7E, 4, '\u0687'), // tcheheh
            new(0xFB82, 2, '\u068D'), // ddahal
            new(0xFB84, 2, '\u068C'), // dahal
            new(0xFB86, 2, '\u068E'), // dul
            new(0xFB88, 2, '\u0688'), // ddal
            new(0xFB8A, 2, '\u0698'), // jeh
            new(0xFB8C, 2, '\u0691'), // rreh
            new(0xFB8E, 4, '\u06A9'), // keheh
            new(0xFB92, 4, '\u06AF'), // gaf
            new(0xFB96, 4, '\u06B3'), // gueh
            new(0xFB9A, 4, '\u06B1'), // ngoeh
            new(0xFB9E, 2, '\u06BA'), // noon ghunna
            new(0xFBA0, 4, '\u06BB'), // rnoon
            new(0xFBA4, 2, '\u06C0'), // heh with yeh above
            new(0xFBA6, 4, '\u06C1'), // heh goal
            new(0xFBAA, 4, '\u06BE'), // heh doachashmee
            new(0xFBAE, 2, '\u06D2'), // yeh barree
            new(0xFBB0, 2, '\u06D3'), // yeh barree with hamza above
            new(0xFBD3, 4, '\u06AD'), // ng
            new(0xFBD7, 2, '\u06C7'), // u
            new(0xFBD9, 2, '\u06C6'), // oe
            new(0xFBDB, 2, '\u06C8'), // yu
            new(0xFBDD, 1, '\u0677'), // u with hamza above
            new(0xFBDE, 2, '\u06CB'), // ve
            new(0xFBE0, 2, '\u06C5'), // kirghiz oe
            new(0xFBE2, 2, '\u06C9'), // kirghiz yu
            new(0xFBE4, 4, '\u06D0'), // e
            new(0xFBE8, 2, '\u0649'), // alef maksura (initial and medial forms)
            new(0xFBFC, 4, '\u06CC'), // farsi yeh

            // Arabic Presentation Forms-B: the letters of the Arabic alphabet (U+FE80..U+FEF4).
            new(0xFE80, 1, '\u0621'), // hamza (isolated only)
            new(0xFE81, 2, '\u0622'), // alef with madda above
            new(0xFE83, 2, '\u0623'), // alef with hamza above
            new(0xFE85, 2, '\u0624'), // waw with hamza above
            new(0xFE87, 2, '\u0625'), // alef with hamza below
            new(0xFE89, 4, '\u0626'), // yeh with hamza above
            new(0xFE8D, 2, '\u0627'), // alef
            new(0xFE8F, 4, '\u0628'), // beh
            new(0xFE93, 2, '\u0629'), // teh marbuta
            new(0xFE95, 4, '\u062A'), // teh
            new(0xFE99, 4, '\u062B'), // theh
            new(0xFE9D, 4, '\u062C'), // jeem
            new(0xFEA1, 4, '\u062D'), // hah
            new(0xFEA5, 4, '\u062E'), // khah
            new(0xFEA9, 2, '\u062F'), // dal
            new(0xFEAB, 2, '\u0630'), // thal
            new(0xFEAD, 2, '\u0631'), // reh
            new(0xFEAF, 2, '\u0632'), // zain
            new(0xFEB1, 4, '\u0633'), // seen
            new(0xFEB5, 4, '\u0634'), // sheen
            new(0xFEB9, 4, '\u0635'), // sad
            new(0xFEBD, 4, '\u0636'), // dad
            new(0xFEC1, 4, '\u0637'), // tah
            new(0xFEC5, 4, '\u0638'), // zah
            new(0xFEC9, 4, '\u0639'), // ain
            new(0xFECD, 4, '\u063A'), // ghain
            new(0xFED1, 4, '\u0641'), // feh
            new(0xFED5, 4, '\u0642'), // qaf
            new(0xFED9, 4, '\u0643'), // kaf
            new(0xFEDD, 4, '\u0644'), // lam
            new(0xFEE1, 4, '\u0645'), // meem
            new(0xFEE5, 4, '\u0646'), // noon
            new(0xFEE9, 4, '\u0647'), // heh
            new(0xFEED, 2, '\u0648'), // waw
            new(0xFEEF, 2, '\u0649'), // alef maksura
            new(0xFEF1, 4, '\u064A'), // yeh
        ];

        foreach (var run in letterForms)
        {
            for (var i = 0; i < run.Count; i++)
            {
                Add(map, run.First + i, new string(run.Letter, 1));
            }
        }

        // Two- and three-letter ligatures, one space-separated decomposition per code point, in code point order.
        LigatureBlock[] ligatureBlocks =
        [
            // U+FBEA..U+FBFB (18 code points)
            new(0xFBEA, 0xFBFB,
                "ئا ئا ئە ئە ئو ئو ئۇ ئۇ ئۆ ئۆ ئۈ ئۈ " +
                "ئې ئې ئې ئى ئى ئى"),
            // U+FC00..U+FD3D (318 code points)
            new(0xFC00, 0xFD3D,
                "ئج ئح ئم ئى ئي بج بح بخ بم بى بي تج " +
                "تح تخ تم تى تي ثج ثم ثى ثي جح جم حج " +
                "حم خج خح خم سج سح سخ سم صح صم ضج ضح " +
                "ضخ ضم طح طم ظم عج عم غج غم فج فح فخ " +
                "فم فى في قح قم قى قي كا كج كح كخ كل " +
                "كم كى كي لج لح لخ لم لى لي مج مح مخ " +
                "مم مى مي نج نح نخ نم نى ني هج هم هى " +
                "هي يج يح يخ يم يى يي ذ\u0670 ر\u0670 ى\u0670 \u064C\u0651 \u064D\u0651 " +
                "\u064E\u0651 \u064F\u0651 \u0650\u0651 \u0651\u0670 ئر ئز ئم ئن ئى ئي بر بز " +
                "بم بن بى بي تر تز تم تن تى تي ثر ثز " +
                "ثم ثن ثى ثي فى في قى قي كا كل كم كى " +
                "كي لم لى لي ما مم نر نز نم نن نى ني " +
                "ى\u0670 ير يز يم ين يى يي ئج ئح ئخ ئم ئه " +
                "بج بح بخ بم به تج تح تخ تم ته ثم جح " +
                "جم حج حم خج خم سج سح سخ سم صح صخ صم " +
                "ضج ضح ضخ ضم طح ظم عج عم غج غم فج فح " +
                "فخ فم قح قم كج كح كخ كل كم لج لح لخ " +
                "لم له مج مح مخ مم نج نح نخ نم نه هج " +
                "هم ه\u0670 يج يح يخ يم يه ئم ئه بم به تم " +
                "ته ثم ثه سم سه شم شه كل كم لم نم نه " +
                "يم يه ـ\u064E\u0651 ـ\u064F\u0651 ـ\u0650\u0651 طى طي عى عي غى غي سى " +
                "سي شى شي حى حي جى جي خى خي صى صي ضى " +
                "ضي شج شح شخ شم شر سر صر ضر طى طي عى " +
                "عي غى غي سى سي شى شي حى حي جى جي خى " +
                "خي صى صي ضى ضي شج شح شخ شم شر سر صر " +
                "ضر شج شح شخ شم سه شه طم سج سح سخ شج " +
                "شح شخ طم ظم ا\u064B ا\u064B"),
            // U+FD50..U+FD8F (64 code points)
            new(0xFD50, 0xFD8F,
                "تجم تحج تحج تحم تخم تمج تمح تمخ جمح جمح حمي حمى " +
                "سحج سجح سجى سمح سمح سمج سمم سمم صحح صحح صمم شحم " +
                "شحم شجي شمخ شمخ شمم شمم ضحى ضخم ضخم طمح طمح طمم " +
                "طمي عجم عمم عمم عمى غمم غمي غمى فخم فخم قمح قمم " +
                "لحم لحي لحى لجج لجج لخم لخم لمح لمح محج محم محي " +
                "مجح مجم مخج مخم"),
            // U+FD92..U+FDC7 (54 code points)
            new(0xFD92, 0xFDC7,
                "مجخ همج همم نحم نحى نجم نجم نجى نمي نمى يمم يمم " +
                "بخي تجي تجى تخي تخى تمي تمى جمي جحى جمى سخى صحي " +
                "شحي ضحي لجي لمي يحي يجي يمي ممي قمي نحي قمح لحم " +
                "عمي كمي نجح مخي لجم كمم لجم نجح جحي حجي مجي فمي " +
                "بحي كمم عجم صمم سخي نجي"),
        ];

        foreach (var block in ligatureBlocks)
        {
            var parts = block.Decompositions.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != block.Last - block.First + 1)
            {
                throw new InvalidOperationException(
                    $"Ligature block U+{block.First:X4} has {parts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} entries.");
            }

            for (var i = 0; i < parts.Length; i++)
            {
                Add(map, block.First + i, parts[i]);
            }
        }

        // Word ligatures (spaces removed).
        Add(map, 0xFDF0, "\u0635\u0644\u06D2"); // salla used as Koranic stop sign: sad lam yeh-barree
        Add(map, 0xFDF1, "\u0642\u0644\u06D2"); // qala used as Koranic stop sign: qaf lam yeh-barree
        Add(map, 0xFDF2, "\u0627\u0644\u0644\u0647"); // allah
        Add(map, 0xFDF3, "\u0627\u0643\u0628\u0631"); // akbar
        Add(map, 0xFDF4, "\u0645\u062D\u0645\u062F"); // mohammad
        Add(map, 0xFDF5, "\u0635\u0644\u0639\u0645"); // salam (abbreviation)
        Add(map, 0xFDF6, "\u0631\u0633\u0648\u0644"); // rasoul
        Add(map, 0xFDF7, "\u0639\u0644\u064A\u0647"); // alayhe
        Add(map, 0xFDF8, "\u0648\u0633\u0644\u0645"); // wasallam
        Add(map, 0xFDF9, "\u0635\u0644\u0649"); // salla
        Add(map, 0xFDFA, "\u0635\u0644\u0649\u0627\u0644\u0644\u0647\u0639\u0644\u064A\u0647\u0648\u0633\u0644\u0645"); // salla allahu alayhi wasallam
        Add(map, 0xFDFB, "\u062C\u0644\u062C\u0644\u0627\u0644\u0647"); // jalla jalaluhu
        Add(map, 0xFDFC, "\u0631\u06CC\u0627\u0644"); // rial sign: reh farsi-yeh alef lam
        Add(map, 0xFDFD, "\u0628\u0633\u0645\u0627\u0644\u0644\u0647\u0627\u0644\u0631\u062D\u0645\u0646\u0627\u0644\u0631\u062D\u064A\u0645"); // bismillah ar-rahman ar-raheem

        // Harakat forms (U+FE70..U+FE7F): isolated forms are "space + mark", medial forms are "tatweel + mark".
        Add(map, 0xFE70, "\u064B"); // fathatan isolated
        Add(map, 0xFE71, "\u0640\u064B"); // tatweel with fathatan above
        Add(map, 0xFE72, "\u064C"); // dammatan isolated
        Add(map, 0xFE73, string.Empty); // tail fragment: a glyph piece, no letter
        Add(map, 0xFE74, "\u064D"); // kasratan isolated
        Add(map, 0xFE76, "\u064E"); // fatha isolated
        Add(map, 0xFE77, "\u0640\u064E"); // fatha medial
        Add(map, 0xFE78, "\u064F"); // damma isolated
        Add(map, 0xFE79, "\u0640\u064F"); // damma medial
        Add(map, 0xFE7A, "\u0650"); // kasra isolated
        Add(map, 0xFE7B, "\u0640\u0650"); // kasra medial
        Add(map, 0xFE7C, "\u0651"); // shadda isolated
        Add(map, 0xFE7D, "\u0640\u0651"); // shadda medial
        Add(map, 0xFE7E, "\u0652"); // sukun isolated
        Add(map, 0xFE7F, "\u0640\u0652"); // sukun medial

        // Lam-alef ligatures (isolated and final forms).
        Add(map, 0xFEF5, "\u0644\u0622"); // lam + alef with madda above
        Add(map, 0xFEF6, "\u0644\u0622");
        Add(map, 0xFEF7, "\u0644\u0623"); // lam + alef with hamza above
        Add(map, 0xFEF8, "\u0644\u0623");
        Add(map, 0xFEF9, "\u0644\u0625"); // lam + alef with hamza below
        Add(map, 0xFEFA, "\u0644\u0625");
        Add(map, 0xFEFB, "\u0644\u0627"); // lam + alef
        Add(map, 0xFEFC, "\u0644\u0627");

        return map;
    }

    private static void Add(string?[] map, int codePoint, string decomposition)
    {
        if (codePoint is < First or > Last || map[codePoint - First] is not null)
        {
            throw new InvalidOperationException($"Duplicate or misplaced presentation form U+{codePoint:X4}.");
        }

        map[codePoint - First] = decomposition;
    }

    private readonly record struct LetterForms(int First, int Count, char Letter);

    private readonly record struct LigatureBlock(int First, int Last, string Decompositions);
}
