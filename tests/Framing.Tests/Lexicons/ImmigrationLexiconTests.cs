using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Lexicons;

/// <summary>
/// The built-in <c>immigration</c> lexicon (the embedded copy of lexicons/immigration.yaml): metadata, size, and for
/// every dimension, pole and language, invented sentences that must match the pole and sentences that must not
/// (other senses, exclusions, near misses, the opposite pole). All sentences are invented for these tests.
/// </summary>
public sealed class ImmigrationLexiconTests
{
    private const string Legality = "migrant-legality";
    private const string Scale = "migration-scale";
    private const string Identity = "migrant-identity";

    private static readonly Lazy<CompiledLexicon> Compiled = new(() => Lexicon.Load("immigration").Compile());

    [Fact]
    public void HasTheDocumentedMetadataDimensionsAndComposite()
    {
        var lexicon = Compiled.Value.Lexicon;
        LexiconAssert.HasShippedMetadata(lexicon, "immigration", "1.1.2");
        Assert.Equal(new[] { Legality, Scale, Identity }, lexicon.Dimensions.Select(d => d.Id));
        Assert.Equal(("illegality", "status"), Poles(lexicon, Legality));
        Assert.Equal(("threat", "measured"), Poles(lexicon, Scale));
        Assert.Equal(("migration", "protection"), Poles(lexicon, Identity));
        Assert.All(lexicon.Dimensions, d => Assert.NotNull(d.Neutral));
        var composite = Assert.Single(lexicon.Composites);
        Assert.Equal("restrictionist-alignment", composite.Id);
        Assert.Equal(new[] { Legality, Scale, Identity }, composite.Components.Select(c => c.DimensionId));
        Assert.All(composite.Components, c => Assert.Equal(1, c.Sign));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void EveryLanguageHasAtLeastSixtyEntriesAndEveryPoleIsCovered(string language) =>
        LexiconAssert.CoversEveryPole(Compiled.Value.Lexicon, language, 60);

    [Fact]
    public void TheBareAdjectiveIllegalIsNotAnEntry()
    {
        Assert.DoesNotContain(Compiled.Value.Lexicon.Entries, e => e.Language == "en" && e.Pattern.Equals("illegal", StringComparison.OrdinalIgnoreCase));
    }

    // ------------------------------------------------------------------ English: migrant-legality

    [Theory]
    [InlineData("Officials said the illegal immigrants were detained near the river.")]
    [InlineData("The sheriff vowed to deport every illegal alien in the county.")]
    [InlineData("Talk radio hosts blamed illegals for the rise in rents.")]
    [InlineData("Police arrested three illegal migrants hiding in a lorry.")]
    [InlineData("The minister promised to remove illegal entrants within a week.")]
    [InlineData("Campaigners objected to the phrase anchor babies in the debate.")]
    [InlineData("The senator's bill targets criminal aliens held in county jails.")]
    [InlineData("A caller described the men as border jumpers.")]
    [InlineData("Canberra began calling boat passengers illegal maritime arrivals.")]
    [InlineData("The agency reported that illegal border crossers were sent back.")]
    [InlineData("Ministers warned that illegal immigration strains public services.")]
    [InlineData("Removable aliens may be detained pending a hearing.")]
    public void En_Legality_Illegality_Matches(string sentence) => AssertPole(sentence, Legality, "illegality");

    [Theory]
    [InlineData("The company was fined for illegal dumping of chemical waste.")]
    [InlineData("The Illegal Migration Act received royal assent.")]
    [InlineData("The film is about aliens from outer space landing in Ohio.")]
    [InlineData("Undocumented immigrants protested outside the courthouse.")]
    [InlineData("She entered the country illegally in 2009 and later married.")]
    [InlineData("He was charged with illegal parking and illegal gambling.")]
    [InlineData("Resident aliens must file a tax return by April.")]
    public void En_Legality_Illegality_DoesNotMatch(string sentence) => AssertNoPole(sentence, Legality, "illegality");

    [Theory]
    [InlineData("Undocumented immigrants make up a large share of farm workers.")]
    [InlineData("The study puts unauthorized immigrants at about 11 million.")]
    [InlineData("Irregular migrants were rescued off the coast of Lampedusa.")]
    [InlineData("The clinic serves undocumented workers without asking questions.")]
    [InlineData("The rule would affect mixed-status families in Texas.")]
    [InlineData("Advocates marched in support of Dreamers outside the Capitol.")]
    [InlineData("The sans-papiers occupied a church in Paris.")]
    [InlineData("Unauthorised migrants cannot open a bank account.")]
    [InlineData("The memo told agents to write undocumented noncitizen instead.")]
    [InlineData("Residents without legal status fear the new checks.")]
    [InlineData("Noncitizens cannot vote in federal elections.")]
    [InlineData("Many of the undocumented live in fear of raids.")]
    public void En_Legality_Status_Matches(string sentence) => AssertPole(sentence, Legality, "status");

    [Theory]
    [InlineData("The app has several undocumented features that developers exploit.")]
    [InlineData("Officials said the illegal immigrants were detained.")]
    [InlineData("The number of undocumented cases of the flu is unknown.")]
    [InlineData("The irregular heartbeat worried the doctors.")]
    [InlineData("Unlawful non-citizens may be detained under the Act.")]
    [InlineData("He entered illegally and overstayed his visa.")]
    public void En_Legality_Status_DoesNotMatch(string sentence) => AssertNoPole(sentence, Legality, "status");

    [Fact]
    public void En_Legality_ActsAreNeutral()
    {
        var matches = Matches("He entered the country illegally; illegal crossings fell and visa overstays rose.");
        Assert.All(matches.Where(m => m.Dimension.Id == Legality), m => Assert.Equal("neutral", m.Pole?.Id));
        Assert.Equal(3, matches.Count(m => m.Dimension.Id == Legality));
    }

    // ------------------------------------------------------------------ English: migration-scale

    [Theory]
    [InlineData("The tabloid warned of a flood of migrants heading north.")]
    [InlineData("He described the crossings as an invasion at the border.")]
    [InlineData("A swarm of people is coming across the Mediterranean, he said.")]
    [InlineData("Mayors complained about the influx of refugees into small towns.")]
    [InlineData("The party campaigned against mass immigration.")]
    [InlineData("The governor declared a border invasion emergency.")]
    [InlineData("Hordes of migrants were said to be massing at the fence.")]
    [InlineData("The surge of migrants overwhelmed shelters in El Paso.")]
    [InlineData("Residents felt the town had been overrun by migrants.")]
    [InlineData("A new wave of migrants reached the Greek islands.")]
    [InlineData("Critics of uncontrolled immigration rallied in the square.")]
    [InlineData("Officials feared a tide of refugees after the earthquake.")]
    public void En_Scale_Threat_Matches(string sentence) => AssertPole(sentence, Scale, "threat");

    [Theory]
    [InlineData("The river burst its banks and the flood destroyed crops.")]
    [InlineData("The invasion of privacy lawsuit was dismissed.")]
    [InlineData("A swarm of bees delayed the match.")]
    [InlineData("The influx of cash from tourism helped the island.")]
    [InlineData("Migrant arrivals fell by a third compared with last year.")]
    [InlineData("The surge in prices hit pensioners hardest.")]
    [InlineData("The Russian invasion of Ukraine displaced millions.")]
    public void En_Scale_Threat_DoesNotMatch(string sentence) => AssertNoPole(sentence, Scale, "threat");

    [Theory]
    [InlineData("Migrant arrivals in Italy fell by half in the first quarter.")]
    [InlineData("Border encounters reached their lowest level in four years.")]
    [InlineData("Asylum applications rose by 12 percent, Eurostat said.")]
    [InlineData("Net migration was estimated at 685,000.")]
    [InlineData("The number of migrants crossing the Channel rose in June.")]
    [InlineData("Border apprehensions dropped after the new rule.")]
    [InlineData("UNHCR recorded 2,000 sea arrivals last week.")]
    [InlineData("Arrivals of migrants on the islands slowed in winter.")]
    [InlineData("Immigration statistics published on Thursday show a decline.")]
    [InlineData("The Home Office publishes small boat crossings every day.")]
    [InlineData("Apprehensions fell sharply in March.")]
    public void En_Scale_Measured_Matches(string sentence) => AssertPole(sentence, Scale, "measured");

    [Theory]
    [InlineData("The arrivals hall at Heathrow was packed.")]
    [InlineData("She had apprehensions about the new job.")]
    [InlineData("A flood of migrants is heading north, the tabloid said.")]
    [InlineData("Tourist arrivals increased during the summer.")]
    [InlineData("Migration flows in the region are mixed.")]
    [InlineData("The surge in border crossings alarmed officials.")]
    public void En_Scale_Measured_DoesNotMatch(string sentence) => AssertNoPole(sentence, Scale, "measured");

    // ------------------------------------------------------------------ English: migrant-identity

    [Theory]
    [InlineData("Migrants waited on the beach for the smugglers' boat.")]
    [InlineData("Most of them are economic migrants looking for work, the minister said.")]
    [InlineData("The paper railed against bogus asylum seekers.")]
    [InlineData("So-called refugees were seen using smartphones, the post claimed.")]
    [InlineData("The migrant caravan reached the border city of Tijuana.")]
    [InlineData("A migrant boat capsized off Libya.")]
    [InlineData("Critics accused them of asylum shopping across Europe.")]
    [InlineData("The columnist wrote about fake refugees.")]
    [InlineData("He called them benefit tourists.")]
    [InlineData("An economic migrant is not entitled to protection, he said.")]
    [InlineData("Economic refugees, he claimed, should be sent home.")]
    public void En_Identity_Migration_Matches(string sentence) => AssertPole(sentence, Identity, "migration");

    [Theory]
    [InlineData("Migrant birds arrive in the marsh every spring.")]
    [InlineData("Migrant workers in the Gulf face heat stress.")]
    [InlineData("Refugees fleeing the war reached Poland.")]
    [InlineData("Immigrants opened many of the shops on the high street.")]
    [InlineData("The ministry counted asylum seekers at the reception centre.")]
    public void En_Identity_Migration_DoesNotMatch(string sentence) => AssertNoPole(sentence, Identity, "migration");

    [Theory]
    [InlineData("Refugees from Sudan crossed into Chad.")]
    [InlineData("Asylum seekers waited months for an interview.")]
    [InlineData("The charity supports people seeking asylum in Glasgow.")]
    [InlineData("Families fleeing violence arrived at the shelter.")]
    [InlineData("Forcibly displaced people now number more than 100 million.")]
    [InlineData("The court granted her refugee status.")]
    [InlineData("Protection seekers must register within three days.")]
    [InlineData("Asylum-seekers were moved to a barge.")]
    [InlineData("They were fleeing persecution at home.")]
    [InlineData("Displaced people gathered in the school.")]
    [InlineData("International protection was granted to 40 percent of applicants.")]
    public void En_Identity_Protection_Matches(string sentence) => AssertPole(sentence, Identity, "protection");

    [Theory]
    [InlineData("Wealthy tax refugees moved to Monaco.")]
    [InlineData("Bogus asylum seekers were blamed by the tabloid.")]
    [InlineData("Economic migrants looked for work in the port.")]
    [InlineData("So-called refugees, the post said, were young men.")]
    [InlineData("Migrants waited on the beach.")]
    [InlineData("Economic refugees should be returned, he said.")]
    public void En_Identity_Protection_DoesNotMatch(string sentence) => AssertNoPole(sentence, Identity, "protection");

    // ------------------------------------------------------------------ Arabic: migrant-legality

    [Theory]
    [InlineData("أوقفت الشرطة عشرات المهاجرين غير الشرعيين قرب الساحل.")]
    [InlineData("وصل مهاجرون غير شرعيين إلى الجزيرة فجر اليوم.")]
    [InlineData("رحّلت السلطات مهاجراً غير شرعي إلى بلده.")]
    [InlineData("تكافح الحكومة الهجرة غير الشرعية عبر البحر.")]
    [InlineData("قالت الوزارة إنها رحّلت غير الشرعيين من العاصمة.")]
    [InlineData("ضبطت الدوريات مقيمين غير شرعيين في المزارع.")]
    [InlineData("أعلنت السلطات ترحيل مهاجرين غير قانونيين.")]
    [InlineData("اعتقلت الشرطة متسللين عبروا الحدود ليلاً.")]
    [InlineData("تعاقب الدولة الشركات على تشغيل عمال غير شرعيين.")]
    [InlineData("وحذر الوزير من الهجرة غير القانونية نحو أوروبا.")]
    [InlineData("بدأت حملة ضد مخالفي نظام الإقامة في الرياض.")]
    [InlineData("وصفت الصحيفة اللاجئين غير الشرعيين بأنهم عبء.")]
    public void Ar_Legality_Illegality_Matches(string sentence) => AssertPole(sentence, Legality, "illegality");

    [Theory]
    [InlineData("اعتبرت المحكمة الزواج غير شرعي.")]
    [InlineData("وصل المهاجرون غير النظاميين إلى الميناء.")]
    [InlineData("دخلوا البلاد بطريقة غير شرعية قبل عامين.")]
    [InlineData("تحدث التقرير عن أطفال غير شرعيين في الملاجئ.")]
    [InlineData("تنامت ظاهرة الهجرة السرية في شمال أفريقيا.")]
    [InlineData("أقامت السلطات مستوطنات غير شرعية على التلال.")]
    public void Ar_Legality_Illegality_DoesNotMatch(string sentence) => AssertNoPole(sentence, Legality, "illegality");

    [Theory]
    [InlineData("أنقذ خفر السواحل مهاجرين غير نظاميين قبالة ليبيا.")]
    [InlineData("تدعو المنظمة إلى حماية المهاجرين غير النظاميين.")]
    [InlineData("تراجعت الهجرة غير النظامية عبر وسط المتوسط.")]
    [InlineData("يعيش آلاف المهاجرين غير الموثقين في المدينة.")]
    [InlineData("يعمل كثير من العمال غير الموثقين في البناء.")]
    [InlineData("يعيش المهاجرون في وضع غير نظامي منذ سنوات.")]
    [InlineData("يعيش آلاف الأشخاص بدون أوراق في الضواحي.")]
    [InlineData("طالب ناشطون بتسوية أوضاع غير النظاميين.")]
    [InlineData("رُحّل مهاجر غير نظامي إلى تونس.")]
    [InlineData("تعيش أسر بلا أوراق في خوف دائم.")]
    [InlineData("سجلت المنظمة مهاجرين غير مسجلين في المخيم.")]
    public void Ar_Legality_Status_Matches(string sentence) => AssertPole(sentence, Legality, "status");

    [Theory]
    [InlineData("أوقفت الشرطة المهاجرين غير الشرعيين.")]
    [InlineData("استعان الجيش بمقاتلين غير نظاميين في المعركة.")]
    [InlineData("اتخذت الحكومة قرارات غير نظامية بحسب المعارضة.")]
    [InlineData("دخلوا بطريقة غير نظامية عبر الصحراء.")]
    [InlineData("بقيت الوثائق غير موثقة في الأرشيف.")]
    public void Ar_Legality_Status_DoesNotMatch(string sentence) => AssertNoPole(sentence, Legality, "status");

    // ------------------------------------------------------------------ Arabic: migration-scale

    [Theory]
    [InlineData("حذر الوزير من تدفق المهاجرين على الجزر اليونانية.")]
    [InlineData("تحدثت الصحيفة عن موجات المهاجرين القادمة من الجنوب.")]
    [InlineData("وصف النائب ما يحدث بأنه زحف المهاجرين نحو أوروبا.")]
    [InlineData("قال إن جحافل اللاجئين تتجه إلى الحدود.")]
    [InlineData("تخشى الأحزاب اليمينية الطوفان البشري القادم من البحر.")]
    [InlineData("تحدث المرشح عن غزو ديموغرافي يهدد القارة.")]
    [InlineData("شهدت الجزيرة موجة هجرة غير مسبوقة.")]
    [InlineData("تروج الحركة لنظرية الاستبدال الكبير.")]
    [InlineData("وصلت أفواج المهاجرين إلى الميناء.")]
    [InlineData("سيل من المهاجرين يعبر الحدود كل ليلة.")]
    [InlineData("تخشى أوروبا هجرة جماعية من أفريقيا.")]
    [InlineData("تصاعدت أزمة الهجرة في المتوسط.")]
    public void Ar_Scale_Threat_Matches(string sentence) => AssertPole(sentence, Scale, "threat");

    [Theory]
    [InlineData("ارتفع تدفق النفط عبر الأنابيب.")]
    [InlineData("أطلقت الحركة عملية طوفان الأقصى.")]
    [InlineData("وصف التقرير الغزو العراقي للكويت.")]
    [InlineData("ارتفعت أعداد المهاجرين الواصلين إلى إيطاليا.")]
    [InlineData("بلغت تدفقات الهجرة مستوى قياسياً.")]
    [InlineData("زحف الجيش نحو المدينة فجراً.")]
    public void Ar_Scale_Threat_DoesNotMatch(string sentence) => AssertNoPole(sentence, Scale, "threat");

    [Theory]
    [InlineData("ارتفع عدد المهاجرين الواصلين إلى اليونان.")]
    [InlineData("تراجعت أعداد اللاجئين في المخيمات.")]
    [InlineData("سجلت ألمانيا زيادة في طلبات اللجوء.")]
    [InlineData("نشرت الوزارة إحصاءات الهجرة للعام الماضي.")]
    [InlineData("بلغ صافي الهجرة مئة ألف شخص.")]
    [InlineData("رصدت المنظمة وصول المهاجرين إلى لامبيدوزا.")]
    [InlineData("أحبطت البحرية محاولات عبور عديدة.")]
    [InlineData("انخفض عدد طالبي اللجوء في بريطانيا.")]
    [InlineData("ارتفع عدد الواصلين عبر البحر.")]
    [InlineData("تراجعت معدلات الهجرة في الريف.")]
    [InlineData("بدأ وصول اللاجئين إلى الحدود التركية.")]
    public void Ar_Scale_Measured_Matches(string sentence) => AssertPole(sentence, Scale, "measured");

    [Theory]
    [InlineData("حذر الوزير من تدفق المهاجرين.")]
    [InlineData("عدد سكان المدينة مليون نسمة.")]
    [InlineData("سجلت المنظمة أعداداً قياسية هذا العام.")]
    [InlineData("تأخر وصول الوفد إلى القاهرة.")]
    [InlineData("تحدث عن موجة هجرة جديدة.")]
    public void Ar_Scale_Measured_DoesNotMatch(string sentence) => AssertNoPole(sentence, Scale, "measured");

    // ------------------------------------------------------------------ Arabic: migrant-identity

    [Theory]
    [InlineData("غرق قارب يقل مهاجرين قبالة سواحل ليبيا.")]
    [InlineData("قال الوزير إن معظمهم مهاجرون اقتصاديون.")]
    [InlineData("وصل المهاجرون إلى الشاطئ فجراً.")]
    [InlineData("ساعد الصيادون مهاجرة أفريقية على النجاة.")]
    [InlineData("حذر الحزب من لاجئين مزيفين.")]
    [InlineData("تنظر الحكومة إلى الهجرة الاقتصادية بقلق.")]
    [InlineData("وصلت قافلة المهاجرين إلى الحدود المكسيكية.")]
    [InlineData("روى مهاجر شاب رحلته عبر الصحراء.")]
    [InlineData("تعمل مهاجرات في المصانع.")]
    [InlineData("يواجه مهاجرو القوارب مخاطر كبيرة.")]
    [InlineData("أنقذت السفينة مهاجراً من الغرق.")]
    public void Ar_Identity_Migration_Matches(string sentence) => AssertPole(sentence, Identity, "migration");

    [Theory]
    [InlineData("آخى النبي بين المهاجرين والأنصار.")]
    [InlineData("يعاني العمال المهاجرون في الخليج من الحر.")]
    [InlineData("وصل اللاجئون السوريون إلى الأردن.")]
    [InlineData("يعيش آلاف الوافدين في المدينة.")]
    [InlineData("فتحت الدولة أبوابها لطالبي اللجوء.")]
    public void Ar_Identity_Migration_DoesNotMatch(string sentence) => AssertNoPole(sentence, Identity, "migration");

    [Theory]
    [InlineData("فر آلاف اللاجئين من دارفور إلى تشاد.")]
    [InlineData("ينتظر طالبو اللجوء قرار المحكمة.")]
    [InlineData("يقيم ملتمسو اللجوء في مراكز مؤقتة.")]
    [InlineData("عاد النازحون إلى قراهم بعد الهدنة.")]
    [InlineData("قدمت المنظمة مساعدات للمهجرين قسراً.")]
    [InlineData("استقبلت تركيا الفارين من الحرب.")]
    [InlineData("حصلت على صفة لاجئ في ألمانيا.")]
    [InlineData("يكفل القانون حق اللجوء.")]
    [InlineData("استقبلت القرية الهاربين من الحرب.")]
    [InlineData("تعيش لاجئة سورية في عمّان.")]
    [InlineData("يتمتع هؤلاء الأشخاص بالحماية الدولية.")]
    public void Ar_Identity_Protection_Matches(string sentence) => AssertPole(sentence, Identity, "protection");

    [Theory]
    [InlineData("تحدث النائب عن لاجئين اقتصاديين يبحثون عن عمل.")]
    [InlineData("حذر الحزب من لاجئين مزيفين في المدن.")]
    [InlineData("وصل المهاجرون إلى الشاطئ.")]
    [InlineData("لجأ المتظاهرون إلى الكنيسة.")]
    [InlineData("يعمل العمال المهاجرون في البناء.")]
    public void Ar_Identity_Protection_DoesNotMatch(string sentence) => AssertNoPole(sentence, Identity, "protection");

    // ------------------------------------------------------------------ helpers

    private static (string A, string B) Poles(Lexicon lexicon, string dimension) => LexiconAssert.Poles(lexicon, dimension);

    private static IReadOnlyList<FramingMatch> Matches(string sentence) => LexiconAssert.Matches(Compiled.Value, sentence);

    private static void AssertPole(string sentence, string dimension, string pole) => LexiconAssert.HasPole(Compiled.Value, sentence, dimension, pole);

    private static void AssertNoPole(string sentence, string dimension, string pole) => LexiconAssert.HasNoPole(Compiled.Value, sentence, dimension, pole);
}
