using Framing.Text;

namespace Framing.Tests.Text;

public sealed class ArabicDefaultProfileTests
{
    private const string Beh = "\u0628";
    private const string Teh = "\u062A";

    private static readonly ArabicNormalizer Normalizer = ArabicNormalizer.Default;

    public static TheoryData<int> RemovedCodePoints()
    {
        var data = new TheoryData<int>();
        for (var cp = 0x064B; cp <= 0x065F; cp++)
        {
            data.Add(cp);
        }

        data.Add(0x0670);
        data.Add(0x0640);
        for (var cp = 0x06D6; cp <= 0x06ED; cp++)
        {
            data.Add(cp);
        }

        return data;
    }

    public static TheoryData<int> FormatCodePoints()
    {
        var data = new TheoryData<int> { 0x200E, 0x200F, 0x061C, 0x200D, 0x200C, 0x200B, 0x2060, 0x00AD, 0xFEFF };
        for (var cp = 0x202A; cp <= 0x202E; cp++)
        {
            data.Add(cp);
        }

        for (var cp = 0x2066; cp <= 0x2069; cp++)
        {
            data.Add(cp);
        }

        return data;
    }

    public static TheoryData<int> DigitCodePoints()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < 10; i++)
        {
            data.Add(0x0660 + i);
            data.Add(0x06F0 + i);
        }

        return data;
    }

    [Fact]
    public void NameIsArabicDefault()
    {
        Assert.Equal("arabic-default", Normalizer.Name);
        Assert.Same(ArabicNormalizationOptions.Default, Normalizer.Options);
    }

    [Theory]
    [MemberData(nameof(RemovedCodePoints))]
    public void RemovesDiacriticsTatweelAndQuranicMarks(int codePoint)
    {
        var input = Beh + (char)codePoint + Teh;
        Assert.Equal(Beh + Teh, Normalizer.Normalize(input));
        Assert.Equal(string.Empty, Normalizer.Normalize(new string((char)codePoint, 3)));
    }

    [Theory]
    [MemberData(nameof(FormatCodePoints))]
    public void RemovesBidiControlsAndInvisibleCharacters(int codePoint)
    {
        var input = Beh + (char)codePoint + Teh;
        Assert.Equal(Beh + Teh, Normalizer.Normalize(input));
    }

    [Theory]
    [InlineData(0x0623, 0x0627)] // alef with hamza above
    [InlineData(0x0625, 0x0627)] // alef with hamza below
    [InlineData(0x0622, 0x0627)] // alef with madda
    [InlineData(0x0671, 0x0627)] // alef wasla
    [InlineData(0x0672, 0x0627)] // alef with wavy hamza above
    [InlineData(0x0673, 0x0627)] // alef with wavy hamza below
    [InlineData(0x0675, 0x0627)] // high hamza alef
    [InlineData(0x0649, 0x064A)] // alef maksura -> yeh
    [InlineData(0x0629, 0x0647)] // ta marbuta -> heh
    [InlineData(0x06CC, 0x064A)] // farsi yeh
    [InlineData(0x06D0, 0x064A)] // e
    [InlineData(0x06D2, 0x064A)] // yeh barree
    [InlineData(0x06D3, 0x064A)] // yeh barree with hamza
    [InlineData(0x06A9, 0x0643)] // keheh
    [InlineData(0x06AA, 0x0643)] // swash kaf
    [InlineData(0x06C0, 0x0647)] // heh with yeh above
    [InlineData(0x06C1, 0x0647)] // heh goal
    [InlineData(0x06C2, 0x0647)] // heh goal with hamza above
    [InlineData(0x06D5, 0x0647)] // ae
    [InlineData(0x06BE, 0x0647)] // heh doachashmee
    [InlineData(0x06C3, 0x0647)] // teh marbuta goal
    public void FoldsLetterVariants(int from, int to)
    {
        Assert.Equal(Beh + (char)to + Teh, Normalizer.Normalize(Beh + (char)from + Teh));
    }

    [Theory]
    [InlineData(0x06AF)] // gaf has no Arabic counterpart
    [InlineData(0x067E)] // peh
    [InlineData(0x0686)] // tcheh
    [InlineData(0x0698)] // jeh
    [InlineData(0x06A4)] // veh
    [InlineData(0x0621)] // hamza
    [InlineData(0x0624)] // waw with hamza: folded only by FoldHamzaSeats
    [InlineData(0x0626)] // yeh with hamza: folded only by FoldHamzaSeats
    [InlineData(0x0627)] // alef
    [InlineData(0x064A)] // yeh
    [InlineData(0x0647)] // heh
    [InlineData(0x0643)] // kaf
    [InlineData(0x0618)] // small fatha: outside the removed range
    public void KeepsLettersWithoutFold(int codePoint)
    {
        var input = Beh + (char)codePoint + Teh;
        Assert.Equal(input, Normalizer.Normalize(input));
    }

    [Theory]
    [MemberData(nameof(DigitCodePoints))]
    public void FoldsDigitsToAscii(int codePoint)
    {
        var value = codePoint >= 0x06F0 ? codePoint - 0x06F0 : codePoint - 0x0660;
        Assert.Equal(((char)('0' + value)).ToString(), Normalizer.Normalize(((char)codePoint).ToString()));
    }

    [Fact]
    public void FoldsArabicDecimalAndThousandsSeparators()
    {
        Assert.Equal("1,234.5", Normalizer.Normalize("\u0661\u066C\u0662\u0663\u0664\u066B\u0665"));
    }

    [Fact]
    public void PassesLatinThrough()
    {
        Assert.Equal("Assad's CAFÉ", Normalizer.Normalize("Assad's CAFÉ"));
    }

    [Theory]
    [InlineData("الإرهابيّين", "الارهابيين")]
    [InlineData("مُسلَّحي", "مسلحي")]
    [InlineData("السورى", "السوري")]
    [InlineData("الجبهـــة", "الجبهه")]
    [InlineData("٢٠١٦", "2016")]
    [InlineData("۲۰۱۶", "2016")]
    [InlineData("أُسْرَة", "اسره")]
    [InlineData("آمنة", "امنه")]
    [InlineData("ٱلرَّحْمَٰن", "الرحمن")]
    [InlineData("پاکستان", "پاكستان")]
    [InlineData("فارسی", "فارسي")]
    public void NormalizesRealWords(string input, string expected)
    {
        Assert.Equal(expected, Normalizer.Normalize(input));
    }

    [Fact]
    public void RemovesZeroWidthNonJoinerInsideWord()
    {
        Assert.Equal("م\u064Aخواهم", Normalizer.Normalize("م\u06CC\u200Cخواهم"));
        Assert.Equal("الحرب", Normalizer.Normalize("ال\u200Cحرب"));
    }

    [Fact]
    public void PassesLoneSurrogatesThrough()
    {
        Assert.Equal("\uD800\u0627\uDFFF", Normalizer.Normalize("\uD800\u0623\uDFFF"));
    }

    [Fact]
    public void AppendsToExistingBuilderContent()
    {
        var builder = new NormalizedTextBuilder(4);
        builder.Append("x|");
        Normalizer.Normalize("أحمد", builder);
        Normalizer.Normalize("\u0640", builder);
        Normalizer.Normalize("ة", builder);
        Assert.Equal("x|احمده", builder.ToString());
    }
}
