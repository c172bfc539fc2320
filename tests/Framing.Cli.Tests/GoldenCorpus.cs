using System.Globalization;
using System.Text;

namespace Framing.Cli.Tests;

/// <summary>
/// A larger invented corpus for the golden-output tests, generated deterministically (a fixed linear congruential
/// generator, never <see cref="Random"/>, whose sequence .NET does not promise to keep): six outlets, three English and
/// three Arabic, one of each language per camp and one wire service, 40 documents each. Every sentence is invented for
/// these tests; it uses the starter lexicon's vocabulary, quotations, reported speech, negations and filler words, so
/// that every command has something to find. Some documents lack a language field (the script decides).
/// </summary>
internal static class GoldenCorpus
{
    public const int DocumentsPerOutlet = 40;

    private static readonly string[] PlacesEn = ["Sheikh Saeed", "Masaken Hanano", "the old city", "Bustan al-Qasr", "Salaheddine", "the river quarter"];
    private static readonly string[] PlacesAr = ["الشيخ سعيد", "مساكن هنانو", "المدينة القديمة", "بستان القصر", "صلاح الدين", "حي النهر"];

    private static readonly string[] GovernmentEn =
    [
        "Units of the Syrian Arab Army liberated {0} after clashes with terrorists.",
        "Army units restored security in {0} on Sunday.",
        "The mercenaries fled toward {0} leaving weapons behind.",
        "Allied forces cleansed {0} of armed gangs.",
        "Security and stability returned to {0}, the governor said.",
        "The Syrian state reopened schools in {0}.",
    ];

    private static readonly string[] OppositionEn =
    [
        "Regime forces stormed {0} as rebels withdrew.",
        "Assad's forces overran {0} after weeks of shelling.",
        "Opposition fighters said {0} fell to Iranian-backed militias.",
        "The Free Syrian Army accused shabiha of looting homes in {0}.",
        "Revolutionaries held the line in {0} against Assad's troops.",
    ];

    private static readonly string[] WireEn =
    [
        "Government forces recaptured {0}, fighters said.",
        "The Syrian army took control of {0} on Tuesday.",
        "Militants seized a checkpoint near {0}.",
        "Rebels captured two villages north of {0}.",
    ];

    private static readonly string[] QuotedEn =
    [
        "\"These terrorists will be defeated in {0},\" an officer said.",
        "A resident said: \"the regime shelled {0} all night.\"",
        "\"We liberated {0},\" a commander told reporters.",
        "Activists say they are not terrorists but people defending {0}.",
        "The minister said the so-called rebels had no support in {0}.",
    ];

    private static readonly string[] FillerEn =
    [
        "Residents queued for bread near the hospital.",
        "Water supplies were cut in several streets.",
        "Families crossed the corridor at dawn carrying blankets.",
        "Prices of fuel rose again this week in the markets.",
        "Doctors at the field hospital asked for medicine.",
        "Schools stayed closed and children played among the ruins.",
        "Aid trucks waited at the crossing for permission.",
    ];

    private static readonly string[] GovernmentAr =
    [
        "حررت وحدات الجيش العربي السوري حي {0} من الإرهابيين.",
        "أعاد الجيش الأمن والاستقرار إلى {0} صباح اليوم.",
        "فر المسلحون نحو {0} تاركين أسلحتهم.",
        "طهرت القوات الرديفة {0} من العصابات المسلحة.",
        "أكدت الدولة السورية عودة المدارس في {0}.",
    ];

    private static readonly string[] OppositionAr =
    [
        "اقتحمت قوات النظام حي {0} بعد انسحاب الثوار.",
        "قال الجيش الحر إن ميليشيات إيرانية سيطرت على {0}.",
        "صدت فصائل المعارضة هجوم قوات الأسد على {0}.",
        "اتهم مقاتلو المعارضة الشبيحة بنهب البيوت في {0}.",
    ];

    private static readonly string[] WireAr =
    [
        "سيطرت القوات الحكومية على {0} بحسب مقاتلين.",
        "تقدم الجيش السوري في {0} يوم الثلاثاء.",
        "قال مسلحون إنهم انسحبوا من {0}.",
    ];

    private static readonly string[] QuotedAr =
    [
        "«هؤلاء الإرهابيون سيهزمون في {0}» قال ضابط.",
        "قال أحد السكان: «قصف النظام {0} طوال الليل».",
        "«حررنا {0}» قال قائد ميداني للصحفيين.",
    ];

    private static readonly string[] FillerAr =
    [
        "اصطف السكان أمام الفرن قرب المستشفى.",
        "انقطعت المياه عن عدة شوارع في المدينة.",
        "عبرت العائلات الممر عند الفجر حاملة البطانيات.",
        "ارتفعت أسعار الوقود مجددا هذا الأسبوع في الأسواق.",
        "طلب الأطباء في المستشفى الميداني الأدوية.",
        "بقيت المدارس مغلقة ولعب الأطفال بين الأنقاض.",
    ];

    /// <summary>The outlets: id, language, leaning.</summary>
    public static readonly (string Outlet, string Language, string Leaning)[] Outlets =
    [
        ("north-post", "en", "government"),
        ("river-daily", "en", "opposition"),
        ("wire-agency", "en", "wire"),
        ("al-sahil", "ar", "government"),
        ("al-fajr-alhurr", "ar", "opposition"),
        ("wakalat-al-anba", "ar", "wire"),
    ];

    /// <summary>The corpus as JSON Lines: outlets interleaved, so that shards and groups mix.</summary>
    public static string JsonLines()
    {
        var random = new Lcg(20161222);
        var b = new StringBuilder();
        for (var n = 1; n <= DocumentsPerOutlet; n++)
        {
            foreach (var (outlet, language, leaning) in Outlets)
            {
                var text = Text(random, language, leaning);
                var id = string.Create(CultureInfo.InvariantCulture, $"{outlet}-{n:000}");
                var languageField = random.Next(5) == 0 ? string.Empty : $", \"language\": \"{language}\"";
                b.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"{id}\", \"outlet\": \"{outlet}\"{languageField}, \"leaning\": \"{leaning}\", \"text\": \"{Escape(text)}\"}}\n");
            }
        }

        return b.ToString();
    }

    private static string Text(Lcg random, string language, string leaning)
    {
        var english = language == "en";
        var places = english ? PlacesEn : PlacesAr;
        var own = (english, leaning) switch
        {
            (true, "government") => GovernmentEn,
            (true, "opposition") => OppositionEn,
            (true, _) => WireEn,
            (false, "government") => GovernmentAr,
            (false, "opposition") => OppositionAr,
            _ => WireAr,
        };
        var other = english ? (leaning == "government" ? OppositionEn : GovernmentEn) : (leaning == "government" ? OppositionAr : GovernmentAr);
        var wire = english ? WireEn : WireAr;
        var quoted = english ? QuotedEn : QuotedAr;
        var filler = english ? FillerEn : FillerAr;
        var sentences = new List<string>();
        var count = 3 + random.Next(5);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            var pool = roll switch
            {
                < 35 => own,
                < 45 => other,
                < 60 => wire,
                < 72 => quoted,
                _ => filler,
            };
            sentences.Add(string.Format(CultureInfo.InvariantCulture, pool[random.Next(pool.Length)], places[random.Next(places.Length)]));
        }

        return string.Join(' ', sentences);
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>Numerical Recipes' 32-bit linear congruential generator: the same sequence on every runtime.</summary>
    private sealed class Lcg(uint seed)
    {
        private uint _state = seed;

        public int Next(int bound)
        {
            _state = unchecked((_state * 1664525u) + 1013904223u);
            return (int)((_state >> 8) % (uint)bound);
        }
    }
}
