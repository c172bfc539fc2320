using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Lexicons;

/// <summary>
/// The built-in <c>russia-ukraine</c> lexicon (the embedded copy of lexicons/russia-ukraine.yaml): metadata, size,
/// and for every dimension, pole and language, invented sentences that must match the pole and sentences that must
/// not (other wars and senses, exclusions, near misses, the opposite pole). All sentences are invented for these tests.
/// </summary>
public sealed class RussiaUkraineLexiconTests
{
    private const string War = "war-naming";
    private const string Territory = "territorial-control";
    private const string Government = "ukrainian-government";
    private const string Places = "place-names";

    private static readonly Lazy<CompiledLexicon> Compiled = new(() => Lexicon.Load("russia-ukraine").Compile());

    [Fact]
    public void HasTheDocumentedMetadataDimensionsAndComposite()
    {
        var lexicon = Compiled.Value.Lexicon;
        LexiconAssert.HasShippedMetadata(lexicon, "russia-ukraine", "1.1.3");
        Assert.Equal(new[] { War, Territory, Government, Places }, lexicon.Dimensions.Select(d => d.Id));
        Assert.Equal(("operation", "invasion"), Poles(lexicon, War));
        Assert.Equal(("liberation", "occupation"), Poles(lexicon, Territory));
        Assert.Equal(("kiev-regime", "government"), Poles(lexicon, Government));
        Assert.Equal(("russian-transliteration", "ukrainian-transliteration"), Poles(lexicon, Places));
        Assert.All(lexicon.Dimensions, d => Assert.NotNull(d.Neutral));
        var composite = Assert.Single(lexicon.Composites);
        Assert.Equal("moscow-alignment", composite.Id);
        Assert.Equal(new[] { War, Territory, Government, Places }, composite.Components.Select(c => c.DimensionId));
        Assert.All(composite.Components, c => Assert.Equal(1, c.Sign));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void EveryLanguageHasAtLeastSixtyEntriesAndEveryPoleIsCovered(string language) =>
        LexiconAssert.CoversEveryPole(Compiled.Value.Lexicon, language, 60);

    [Fact]
    public void UkrainianRecapturesCountAsOccupationFrameNotAsRussianLiberation()
    {
        var matches = Matches("Kherson was liberated by Ukrainian forces, and Russian forces liberated a village in Donetsk.");
        var territory = matches.Where(m => m.Dimension.Id == Territory).ToList();
        Assert.Equal(2, territory.Count);
        Assert.Equal("occupation", territory[0].Pole?.Id);
        Assert.Equal("liberated by Ukrainian forces", territory[0].Surface);
        Assert.Equal("liberation", territory[1].Pole?.Id);
        Assert.Equal("Russian forces liberated", territory[1].Surface);
    }

    [Fact]
    public void KyivRegimeCountsForTheRegimeFrameAndTheUkrainianSpelling()
    {
        var matches = Matches("The Kyiv regime, the envoy said.");
        Assert.Contains(matches, m => m.Dimension.Id == Government && m.Pole?.Id == "kiev-regime");
        Assert.Contains(matches, m => m.Dimension.Id == Places && m.Pole?.Id == "ukrainian-transliteration");
    }

    // ------------------------------------------------------------------ English: war-naming

    [Theory]
    [InlineData("Moscow says the special military operation is going according to plan.")]
    [InlineData("The SMO entered its third year, the commentator wrote.")]
    [InlineData("Putin named denazification as a goal of the campaign.")]
    [InlineData("The Kremlin repeated its demand for the demilitarization of Ukraine.")]
    [InlineData("Russian television called the conflict a NATO proxy war.")]
    [InlineData("The speaker described a proxy war against Russia waged by the West.")]
    [InlineData("State media spoke of genocide in Donbass.")]
    [InlineData("The special operation will continue until its goals are met, he said.")]
    [InlineData("Troops were sent to protect the people of Donbass, the statement said.")]
    [InlineData("He defended the de-Nazification of the neighbouring country.")]
    [InlineData("The military operation in Donbass began at dawn.")]
    public void En_War_Operation_Matches(string sentence) => AssertPole(sentence, War, "operation");

    [Theory]
    [InlineData("Russia's full-scale invasion began on 24 February 2022.")]
    [InlineData("The SBU special operation destroyed several bombers.")]
    [InlineData("Police set up a special operations unit in the city.")]
    [InlineData("Analysts describe the proxy war in Yemen as a regional rivalry.")]
    [InlineData("The operation to remove the tumour succeeded.")]
    [InlineData("The war in Ukraine entered its fourth year.")]
    public void En_War_Operation_DoesNotMatch(string sentence) => AssertNoPole(sentence, War, "operation");

    [Theory]
    [InlineData("Russia's full-scale invasion began on 24 February 2022.")]
    [InlineData("Millions fled after the Russian invasion.")]
    [InlineData("The UN condemned the war of aggression against its neighbour.")]
    [InlineData("Russia invaded Ukraine in the early hours.")]
    [InlineData("Western leaders called it Putin's war.")]
    [InlineData("Kyiv vowed to resist the invaders.")]
    [InlineData("The war in Ukraine entered its fourth year.")]
    [InlineData("Sanctions followed the unprovoked and unjustified attack.")]
    [InlineData("The invasion has killed tens of thousands of civilians.")]
    [InlineData("Russian aggression against Ukraine must be punished, the minister said.")]
    [InlineData("Exports fell during the Russo-Ukrainian war.")]
    public void En_War_Invasion_Matches(string sentence) => AssertPole(sentence, War, "invasion");

    [Theory]
    [InlineData("The senator complained about an invasion of privacy by the app.")]
    [InlineData("The 2003 invasion of Iraq remains controversial.")]
    [InlineData("Moscow called Ukraine's invasion of the Kursk region a provocation.")]
    [InlineData("The special military operation continues, the ministry said.")]
    [InlineData("The conflict in Ukraine dominated the summit.")]
    [InlineData("Germany invaded Poland in 1939.")]
    [InlineData("Invasive species threaten the lake.")]
    public void En_War_Invasion_DoesNotMatch(string sentence) => AssertNoPole(sentence, War, "invasion");

    // ------------------------------------------------------------------ English: territorial-control

    [Theory]
    [InlineData("Russian forces liberated the village after heavy fighting, the ministry said.")]
    [InlineData("The ministry said troops liberated the settlement of Novomykhailivka.")]
    [InlineData("The liberation of Donbass remains the main goal.")]
    [InlineData("Residents of Russia's new regions voted in the election.")]
    [InlineData("Officials celebrated the reunification of Crimea with Russia.")]
    [InlineData("Television marked the anniversary of the Crimean Spring.")]
    [InlineData("The Lugansk People's Republic announced a curfew.")]
    [InlineData("He spoke of historical Russian lands along the Black Sea.")]
    [InlineData("The newspaper described Novorossiya as a lost province.")]
    [InlineData("Crimea rejoined Russia after the referendum, the anchor said.")]
    [InlineData("The liberated territories will receive new schools, the governor said.")]
    public void En_Territory_Liberation_Matches(string sentence) => AssertPole(sentence, Territory, "liberation");

    [Theory]
    [InlineData("Ukrainian forces liberated Kherson in November 2022.")]
    [InlineData("The People's Liberation Army held drills near Taiwan.")]
    [InlineData("Women's liberation transformed the workplace.")]
    [InlineData("German reunification took place in 1990.")]
    [InlineData("The occupied territories lack electricity.")]
    [InlineData("Family reunification visas were suspended.")]
    [InlineData("The liberation of Paris came in August 1944.")]
    public void En_Territory_Liberation_DoesNotMatch(string sentence) => AssertNoPole(sentence, Territory, "liberation");

    [Theory]
    [InlineData("Russian-occupied Melitopol saw partisan attacks.")]
    [InlineData("Crimea was illegally annexed in 2014.")]
    [InlineData("The sham referendums were held at gunpoint.")]
    [InlineData("The Russian-installed governor fled the city.")]
    [InlineData("The government pledged the de-occupation of all territories.")]
    [InlineData("Occupation authorities seized the harvest.")]
    [InlineData("Residents of temporarily occupied areas receive pensions.")]
    [InlineData("Ukrainian forces liberated Kherson in November 2022.")]
    [InlineData("The annexation was condemned by the General Assembly.")]
    [InlineData("Occupiers looted the museum.")]
    [InlineData("The self-proclaimed Donetsk People's Republic issued passports.")]
    public void En_Territory_Occupation_Matches(string sentence) => AssertPole(sentence, Territory, "occupation");

    [Theory]
    [InlineData("Israeli settlements in the occupied West Bank expanded.")]
    [InlineData("The doctor was occupied with patients all day.")]
    [InlineData("The Nazi occupation of France lasted four years.")]
    [InlineData("He is a teacher by occupation.")]
    [InlineData("Russian forces liberated the settlement, the ministry said.")]
    [InlineData("The United States annexed Texas in 1845.")]
    public void En_Territory_Occupation_DoesNotMatch(string sentence) => AssertNoPole(sentence, Territory, "occupation");

    // ------------------------------------------------------------------ English: ukrainian-government

    [Theory]
    [InlineData("The Kiev regime shelled residential areas, the ministry claimed.")]
    [InlineData("Lavrov said the Zelensky regime rejects talks.")]
    [InlineData("State television in 2014 spoke of the Kiev junta.")]
    [InlineData("Moscow accuses the neo-Nazi regime of crimes.")]
    [InlineData("Ukrainian armed formations retreated, the briefing said.")]
    [InlineData("The broadcast blamed the Banderites for the fire.")]
    [InlineData("The channel called Zelensky an illegitimate president.")]
    [InlineData("He traced the war back to the Maidan coup.")]
    [InlineData("Nationalist battalions were accused of using civilians as shields.")]
    [InlineData("The envoy criticised the regime in Kyiv.")]
    [InlineData("Kiev's forces lost several tanks, the statement claimed.")]
    public void En_Government_KievRegime_Matches(string sentence) => AssertPole(sentence, Government, "kiev-regime");

    [Theory]
    [InlineData("The Ukrainian government announced new sanctions.")]
    [InlineData("Ukrainian forces advanced near Kupiansk.")]
    [InlineData("The Organization of Ukrainian Nationalists was founded in 1929.")]
    [InlineData("The military junta in Myanmar arrested protesters.")]
    [InlineData("German neo-Nazis marched in Dresden.")]
    [InlineData("The Nazi regime collapsed in 1945.")]
    public void En_Government_KievRegime_DoesNotMatch(string sentence) => AssertNoPole(sentence, Government, "kiev-regime");

    [Theory]
    [InlineData("The Ukrainian government announced new sanctions.")]
    [InlineData("President Zelensky addressed the parliament.")]
    [InlineData("The Armed Forces of Ukraine repelled the attack.")]
    [InlineData("The anniversary of the Revolution of Dignity was marked in the capital.")]
    [InlineData("Ukraine's democratically elected government was the target.")]
    [InlineData("Ukrainian defenders held the line near the river.")]
    [InlineData("The government of Ukraine requested air defence systems.")]
    [InlineData("Ukrainian President Volodymyr Zelensky met the chancellor.")]
    [InlineData("The Ukrainian authorities ordered an evacuation.")]
    [InlineData("Aid went directly to the Ukrainian state.")]
    [InlineData("President Zelenskyy thanked the allies.")]
    public void En_Government_Government_Matches(string sentence) => AssertPole(sentence, Government, "government");

    [Theory]
    [InlineData("The Kiev regime refuses to negotiate, Moscow said.")]
    [InlineData("Ukrainian forces advanced near the river.")]
    [InlineData("The Maidan coup brought nationalists to power, the anchor claimed.")]
    [InlineData("The Ukrainian armed formations retreated.")]
    [InlineData("Ukrainian soldiers rested in the trenches.")]
    [InlineData("Officials in Kiev declined to comment.")]
    public void En_Government_Government_DoesNotMatch(string sentence) => AssertNoPole(sentence, Government, "government");

    // ------------------------------------------------------------------ English: place-names

    [Theory]
    [InlineData("Air raid sirens sounded in Kiev overnight.")]
    [InlineData("Shelling hit Kharkov on Tuesday.")]
    [InlineData("The port of Odessa reopened.")]
    [InlineData("Fighting continued near Lugansk.")]
    [InlineData("The ministry reported gains around Artyomovsk.")]
    [InlineData("Missiles struck Zaporozhye.")]
    [InlineData("The Donbass has been at war since 2014.")]
    [InlineData("Vladimir Zelensky spoke by video.")]
    [InlineData("Troops entered Krasnoarmeysk, the ministry said.")]
    [InlineData("Residents of Lvov hosted refugees.")]
    [InlineData("He grew up in Dnepropetrovsk.")]
    // An exclusion ("Odessa, Texas") spans a comma but not a semicolon, colon, parenthesis or bracket: these left out
    // the Russian transliteration of a Ukrainian city before.
    [InlineData("Russian forces entered Odessa; Texas was not involved.")]
    [InlineData("Russian forces entered Odessa (Texas sent no aid).")]
    [InlineData("Russian forces entered Odessa: Texas sent no aid.")]
    public void En_Places_Russian_Matches(string sentence) => AssertPole(sentence, Places, "russian-transliteration");

    [Theory]
    [InlineData("Air raid sirens sounded in Kyiv overnight.")]
    [InlineData("The restaurant serves chicken Kiev on Fridays.")]
    [InlineData("Oil prices rose in Odessa, Texas.")]
    [InlineData("Dynamo Kiev won the cup in 1999.")]
    [InlineData("The Third Battle of Kharkov was fought in 1943.")]
    [InlineData("Troops entered Kherson and Mariupol.")]
    public void En_Places_Russian_DoesNotMatch(string sentence) => AssertNoPole(sentence, Places, "russian-transliteration");

    [Theory]
    [InlineData("Air raid sirens sounded in Kyiv overnight.")]
    [InlineData("Shelling hit Kharkiv on Tuesday.")]
    [InlineData("The port of Odesa reopened.")]
    [InlineData("Fighting continued near Luhansk.")]
    [InlineData("The battle for Bakhmut lasted months.")]
    [InlineData("Missiles struck Zaporizhzhia.")]
    [InlineData("The Donbas has been at war since 2014.")]
    [InlineData("Volodymyr Zelensky spoke by video.")]
    [InlineData("Residents of Lviv hosted refugees.")]
    [InlineData("He grew up in Dnipro.")]
    [InlineData("Workers returned to Chornobyl.")]
    public void En_Places_Ukrainian_Matches(string sentence) => AssertPole(sentence, Places, "ukrainian-transliteration");

    [Theory]
    [InlineData("Sirens sounded in Kiev overnight.")]
    [InlineData("The Chernobyl disaster happened in 1986.")]
    [InlineData("Troops entered Kherson and Mariupol.")]
    [InlineData("Vladimir Zelensky spoke by video.")]
    [InlineData("Shelling hit Kharkov on Tuesday.")]
    public void En_Places_Ukrainian_DoesNotMatch(string sentence) => AssertNoPole(sentence, Places, "ukrainian-transliteration");

    // ------------------------------------------------------------------ Arabic: war-naming

    [Theory]
    [InlineData("أعلنت موسكو بدء العملية العسكرية الخاصة في أوكرانيا.")]
    [InlineData("قال المتحدث إن العملية الخاصة تسير وفق الخطة.")]
    [InlineData("تهدف العملية إلى اجتثاث النازية بحسب الكرملين.")]
    [InlineData("طالبت موسكو بنزع سلاح أوكرانيا.")]
    [InlineData("وصف المحلل الصراع بأنه حرب الناتو بالوكالة.")]
    [InlineData("تحدثت القناة عن إبادة جماعية في دونباس.")]
    [InlineData("قال إنها حرب بالوكالة ضد روسيا.")]
    [InlineData("ركز الخطاب على نزع النازية من أوكرانيا.")]
    [InlineData("بررت موسكو الحرب بحماية سكان دونباس.")]
    [InlineData("أعلنت وزارة الدفاع عن تقدم في إطار عملية عسكرية خاصة.")]
    public void Ar_War_Operation_Matches(string sentence) => AssertPole(sentence, War, "operation");

    [Theory]
    [InlineData("بدأ الغزو الروسي لأوكرانيا في فبراير 2022.")]
    [InlineData("نفذت الشرطة حملة أمنية في الحي.")]
    [InlineData("ناقش المؤتمر الأزمة الأوكرانية.")]
    [InlineData("قتل العشرات في الحرب على أوكرانيا.")]
    [InlineData("نزع السلاح النووي هدف المعاهدة.")]
    public void Ar_War_Operation_DoesNotMatch(string sentence) => AssertNoPole(sentence, War, "operation");

    [Theory]
    [InlineData("بدأ الغزو الروسي لأوكرانيا في فبراير 2022.")]
    [InlineData("أدان المجلس العدوان الروسي على المدن.")]
    [InlineData("فرّ الملايين بعد غزو أوكرانيا.")]
    [InlineData("غزت روسيا أوكرانيا قبل ثلاث سنوات.")]
    [InlineData("دخلت الحرب على أوكرانيا عامها الرابع.")]
    [InlineData("تحدث الرئيس عن حرب بوتين.")]
    [InlineData("تواصلت الحرب في أوكرانيا رغم المفاوضات.")]
    [InlineData("وصف المسؤول الاجتياح الروسي بأنه كارثة.")]
    [InlineData("أثرت الحرب الروسية الأوكرانية على أسعار القمح.")]
    [InlineData("نددت الأمم المتحدة بالعدوان على أوكرانيا.")]
    [InlineData("أشار التقرير إلى الغزو الشامل في 2022.")]
    public void Ar_War_Invasion_Matches(string sentence) => AssertPole(sentence, War, "invasion");

    [Theory]
    [InlineData("أدى الغزو الأمريكي للعراق إلى فوضى.")]
    [InlineData("تحدث الكاتب عن الغزو الثقافي للمجتمعات.")]
    [InlineData("أعلنت موسكو بدء العملية العسكرية الخاصة.")]
    [InlineData("ناقش المؤتمر الأزمة الأوكرانية والنزاع في أوكرانيا.")]
    [InlineData("تذكر الكويتيون الغزو العراقي عام 1990.")]
    [InlineData("ضعف الاهتمام بغزو الفضاء.")]
    public void Ar_War_Invasion_DoesNotMatch(string sentence) => AssertNoPole(sentence, War, "invasion");

    // ------------------------------------------------------------------ Arabic: territorial-control

    [Theory]
    [InlineData("أعلنت وزارة الدفاع الروسية تحرير بلدة جديدة في دونيتسك.")]
    [InlineData("حررت القوات الروسية قرية في زابوروجيه.")]
    [InlineData("قال المسؤول إن تحرير دونباس هدف رئيسي.")]
    [InlineData("شارك سكان الأقاليم الجديدة في التصويت.")]
    [InlineData("احتفل التلفزيون بذكرى إعادة توحيد القرم مع روسيا.")]
    [InlineData("أعلنت جمهورية دونيتسك الشعبية حظر التجول.")]
    [InlineData("تحدث عن نوفوروسيا بوصفها أرضاً روسية.")]
    [InlineData("وصلت المساعدات إلى المناطق المحررة.")]
    [InlineData("تحدثت القناة عن ربيع القرم.")]
    [InlineData("أشاد المذيع بانضمام القرم إلى روسيا.")]
    [InlineData("وقع الرئيس على قانون انضمامها إلى روسيا.")]
    public void Ar_Territory_Liberation_Matches(string sentence) => AssertPole(sentence, Territory, "liberation");

    [Theory]
    [InlineData("قال رئيس تحرير الصحيفة إن الخبر صحيح.")]
    [InlineData("تجمع المتظاهرون في ميدان التحرير.")]
    [InlineData("أعلنت أوكرانيا تحرير خيرسون.")]
    [InlineData("تأسست منظمة التحرير الفلسطينية عام 1964.")]
    [InlineData("قررت الحكومة تحرير سعر الصرف.")]
    [InlineData("تعهدت كييف بإنهاء الاحتلال الروسي.")]
    public void Ar_Territory_Liberation_DoesNotMatch(string sentence) => AssertNoPole(sentence, Territory, "liberation");

    [Theory]
    [InlineData("يعاني سكان الأراضي الأوكرانية المحتلة من نقص الدواء.")]
    [InlineData("دعت كييف إلى إنهاء الاحتلال الروسي.")]
    [InlineData("نظمت موسكو استفتاءات صورية في أربع مناطق.")]
    [InlineData("تعيش المدينة تحت سيطرة قوات الاحتلال الروسية.")]
    [InlineData("تقع المحطة في المناطق التي تحتلها روسيا.")]
    [InlineData("نددت العواصم الغربية بالضم غير القانوني.")]
    [InlineData("وصف البيان القرم المحتلة بأنها أرض أوكرانية.")]
    [InlineData("ضمت روسيا القرم عام 2014.")]
    [InlineData("أعلنت أوكرانيا تحرير خيرسون.")]
    [InlineData("فرّ المسؤولون في السلطات التي عيّنتها موسكو.")]
    [InlineData("قاوم السكان المحتلين الروس.")]
    public void Ar_Territory_Occupation_Matches(string sentence) => AssertPole(sentence, Territory, "occupation");

    [Theory]
    [InlineData("استمر الاحتلال الإسرائيلي للضفة الغربية.")]
    [InlineData("تحدث التقرير عن الأراضي المحتلة في فلسطين.")]
    [InlineData("حررت القوات الروسية قرية.")]
    [InlineData("ضم الفريق لاعبين جدداً.")]
    [InlineData("أعلنت نتائج الاستفتاء في المنطقة.")]
    public void Ar_Territory_Occupation_DoesNotMatch(string sentence) => AssertNoPole(sentence, Territory, "occupation");

    // ------------------------------------------------------------------ Arabic: ukrainian-government

    [Theory]
    [InlineData("اتهم لافروف نظام كييف بقصف المدنيين.")]
    [InlineData("قال المتحدث إن النظام في كييف يرفض التفاوض.")]
    [InlineData("تتحدث القناة عن النازيين الجدد في أوكرانيا.")]
    [InlineData("أعلنت الوزارة تدمير مواقع التشكيلات المسلحة الأوكرانية.")]
    [InlineData("وصف المذيع زيلينسكي بأنه رئيس غير شرعي.")]
    [InlineData("التقى زيلينسكي المنتهية ولايته بوزراء أوروبيين.")]
    [InlineData("أعاد المذيع الحرب إلى انقلاب الميدان.")]
    [InlineData("هاجم البيان سلطات كييف.")]
    [InlineData("اتهمت موسكو القوميين الأوكرانيين بالتخريب.")]
    [InlineData("حمّل الإعلام الروسي البانديريين المسؤولية.")]
    [InlineData("رفض نظام زيلينسكي المبادرة.")]
    public void Ar_Government_KievRegime_Matches(string sentence) => AssertPole(sentence, Government, "kiev-regime");

    [Theory]
    [InlineData("أعلنت الحكومة الأوكرانية عقوبات جديدة.")]
    [InlineData("تقدمت القوات الأوكرانية قرب خاركيف.")]
    [InlineData("انتقد النظام الإيراني العقوبات.")]
    [InlineData("وصل الرئيس الأوكراني إلى برلين.")]
    [InlineData("نظام التعليم في كييف جيد.")]
    public void Ar_Government_KievRegime_DoesNotMatch(string sentence) => AssertNoPole(sentence, Government, "kiev-regime");

    [Theory]
    [InlineData("أعلنت الحكومة الأوكرانية عقوبات جديدة.")]
    [InlineData("وصل الرئيس الأوكراني إلى برلين.")]
    [InlineData("ألقى الرئيس زيلينسكي كلمة أمام البرلمان.")]
    [InlineData("صدت القوات المسلحة الأوكرانية الهجوم.")]
    [InlineData("أشاد الوزير بالمدافعين عن أوكرانيا.")]
    [InlineData("أحيت كييف ذكرى ثورة الكرامة.")]
    [InlineData("طلبت حكومة أوكرانيا مزيداً من الدعم.")]
    [InlineData("أصدرت السلطات الأوكرانية أمراً بالإخلاء.")]
    [InlineData("يدعم الغرب أوكرانيا ذات سيادة.")]
    [InlineData("اجتمع رئيس أوكرانيا بالمستشار الألماني.")]
    [InlineData("حيت الدول الغربية الحكومة المنتخبة ديمقراطياً.")]
    public void Ar_Government_Government_Matches(string sentence) => AssertPole(sentence, Government, "government");

    [Theory]
    [InlineData("اتهم لافروف نظام كييف بقصف المدنيين.")]
    [InlineData("تقدمت القوات الأوكرانية قرب المدينة.")]
    [InlineData("أعلنت الحكومة الفرنسية خطة جديدة.")]
    [InlineData("انسحبت التشكيلات المسلحة الأوكرانية بحسب البيان.")]
    [InlineData("وصل الرئيس الفرنسي إلى كييف.")]
    public void Ar_Government_Government_DoesNotMatch(string sentence) => AssertNoPole(sentence, Government, "government");

    // ------------------------------------------------------------------ Arabic: place-names

    [Theory]
    [InlineData("سقطت صواريخ على خاركوف.")]
    [InlineData("اشتدت المعارك قرب أرتيوموفسك.")]
    [InlineData("وصلت القوات إلى زابوروجيه.")]
    [InlineData("قصفت القوات مواقع في لوغانسك.")]
    [InlineData("استقبلت لفوف آلاف النازحين.")]
    [InlineData("أعلنت الوزارة السيطرة على كراسنوأرميسك.")]
    [InlineData("تحدث فلاديمير زيلينسكي عبر الفيديو.")]
    [InlineData("سمع دوي انفجارات في نيكولاييف.")]
    [InlineData("تقدمت القوات نحو تشيرنيغوف.")]
    [InlineData("وقعت اشتباكات في غورلوفكا.")]
    [InlineData("ولد الكاتب في دنيبروبيتروفسك.")]
    public void Ar_Places_Russian_Matches(string sentence) => AssertPole(sentence, Places, "russian-transliteration");

    [Theory]
    [InlineData("سقطت صواريخ على خاركيف.")]
    [InlineData("وصلت القوات إلى خيرسون وماريوبول.")]
    [InlineData("دوت صفارات الإنذار في كييف.")]
    [InlineData("استقبلت لفيف آلاف النازحين.")]
    [InlineData("قصفت القوات مواقع في لوهانسك.")]
    public void Ar_Places_Russian_DoesNotMatch(string sentence) => AssertNoPole(sentence, Places, "russian-transliteration");

    [Theory]
    [InlineData("سقطت صواريخ على خاركيف.")]
    [InlineData("قصفت القوات مواقع في لوهانسك.")]
    [InlineData("استقبلت لفيف آلاف النازحين.")]
    [InlineData("سمع دوي انفجارات في ميكولايف.")]
    [InlineData("تقع محطة زابوريجيا النووية على النهر.")]
    [InlineData("اشتدت المعارك حول باخموت.")]
    [InlineData("تقدمت القوات نحو تشيرنيهيف.")]
    [InlineData("تحدث فولوديمير زيلينسكي عبر الفيديو.")]
    [InlineData("وقعت اشتباكات في هورليفكا.")]
    [InlineData("ولد الكاتب في دنيبرو.")]
    [InlineData("استعادت القوات الأوكرانية فوهليدار.")]
    public void Ar_Places_Ukrainian_Matches(string sentence) => AssertPole(sentence, Places, "ukrainian-transliteration");

    [Theory]
    [InlineData("سقطت صواريخ على خاركوف.")]
    [InlineData("دوت صفارات الإنذار في كييف.")]
    [InlineData("وصلت القوات إلى خيرسون وماريوبول.")]
    [InlineData("اشتدت المعارك قرب أرتيوموفسك.")]
    [InlineData("كيف حالك اليوم؟")]
    [InlineData("أفلس بنك ليمان براذرز عام 2008.")]
    public void Ar_Places_Ukrainian_DoesNotMatch(string sentence) => AssertNoPole(sentence, Places, "ukrainian-transliteration");

    // ------------------------------------------------------------------ helpers

    private static (string A, string B) Poles(Lexicon lexicon, string dimension) => LexiconAssert.Poles(lexicon, dimension);

    private static IReadOnlyList<FramingMatch> Matches(string sentence) => LexiconAssert.Matches(Compiled.Value, sentence);

    private static void AssertPole(string sentence, string dimension, string pole) => LexiconAssert.HasPole(Compiled.Value, sentence, dimension, pole);

    private static void AssertNoPole(string sentence, string dimension, string pole) => LexiconAssert.HasNoPole(Compiled.Value, sentence, dimension, pole);
}
