using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Lexicons;

/// <summary>
/// The context rules of the shipped syria-conflict lexicon (actors and target rules, speech cues, negation, scare
/// markers), with invented sentences in Arabic and English.
/// </summary>
public sealed class SyriaConflictContextTests
{
    private static readonly Lazy<CompiledLexicon> Compiled = new(() => Lexicon.Load("syria-conflict").Compile());

    private static readonly string[] ActorIds =
    [
        "syrian-opposition", "nusra", "al-qaeda", "isis", "kurdish-forces", "hezbollah", "syrian-government", "russia", "iran", "turkey", "gulen-movement", "us-coalition",
    ];

    public static TheoryData<string, string, string, string?, MatchStatus> Targets => new()
    {
        // armed-opposition: only labels aimed at the Syrian opposition (or at no actor) count; Nusra/HTS, al-Qaeda and ISIS are off target
        { "Nusra terrorists shelled the village.", "armed-opposition", "terrorists", "nusra", MatchStatus.OffTarget },
        { "Al-Qaeda terrorists shelled the village.", "armed-opposition", "terrorists", "al-qaeda", MatchStatus.OffTarget },
        { "Terrorists of the Free Syrian Army shelled the village.", "armed-opposition", "Terrorists", "syrian-opposition", MatchStatus.Counted },
        { "ISIS terrorists shelled the village.", "armed-opposition", "terrorists", "isis", MatchStatus.OffTarget },
        { "Hezbollah terrorists crossed the border, the minister claimed.", "armed-opposition", "terrorists", "hezbollah", MatchStatus.OffTarget },
        { "Ankara calls them YPG terrorists.", "armed-opposition", "terrorists", "kurdish-forces", MatchStatus.OffTarget },
        { "The militants of the Islamic State group fled.", "armed-opposition", "militants", "isis", MatchStatus.OffTarget },
        { "Terrorists attacked an army post at dawn.", "armed-opposition", "Terrorists", null, MatchStatus.Counted },
        { "اشتبك الجيش مع إرهابيي النصرة.", "armed-opposition", "إرهابيي", "nusra", MatchStatus.OffTarget },
        { "قتل عناصر من تنظيم القاعدة الإرهابي.", "armed-opposition", "الإرهابي", "al-qaeda", MatchStatus.OffTarget },
        { "اشتبك الجيش مع إرهابيي الجيش الحر.", "armed-opposition", "إرهابيي", "syrian-opposition", MatchStatus.Counted },
        { "قصف إرهابيي داعش بلدة قريبة.", "armed-opposition", "إرهابيي", "isis", MatchStatus.OffTarget },
        { "هاجم تنظيم داعش الإرهابي قرية صغيرة.", "armed-opposition", "الإرهابي", "isis", MatchStatus.OffTarget },
        { "طالب البيان بطرد ميليشيا حزب الله الإرهابية.", "armed-opposition", "الإرهابية", "hezbollah", MatchStatus.OffTarget },
        { "حذر الوزير من قسد الإرهابية.", "armed-opposition", "الإرهابية", "kurdish-forces", MatchStatus.OffTarget },
        { "حذر الوزير من بي كا كا الإرهابية.", "armed-opposition", "الإرهابية", "kurdish-forces", MatchStatus.OffTarget },
        { "ISIS fighters withdrew from the town.", "armed-opposition", "fighters", "isis", MatchStatus.OffTarget },
        { "ندد الناشطون بإرهاب النظام في الغوطة.", "armed-opposition", "بإرهاب", "syrian-government", MatchStatus.OffTarget },
        { "قتل عشرة مسلحين من جبهة النصرة.", "armed-opposition", "مسلحين", "nusra", MatchStatus.OffTarget },
        { "قاتلت الوحدات الإرهابيين من حركة تركستان الشرقية قرب الحدود.", "armed-opposition", "الإرهابيين", "nusra", MatchStatus.OffTarget },
        { "The army fought terrorists of the East Turkestan Islamic Movement.", "armed-opposition", "terrorists", "nusra", MatchStatus.OffTarget },
        { "طالبت أنقرة بتسليم أعضاء منظمة غولن الإرهابية.", "armed-opposition", "الإرهابية", "gulen-movement", MatchStatus.OffTarget },
        { "Ankara calls the Gulen movement terrorists.", "armed-opposition", "terrorists", "gulen-movement", MatchStatus.OffTarget },
        { "حاصرت القوات المسلحين في ريف المدينة.", "armed-opposition", "المسلحين", null, MatchStatus.Counted },

        // civilian-harm: routing (دحر) counts only when aimed at the Syrian opposition or at no named actor
        { "ساعد الطيران في دحر داعش من المدينة.", "civilian-harm", "دحر", "isis", MatchStatus.OffTarget },
        { "أكد البيان دحر المسلحين من المنطقة.", "civilian-harm", "دحر", null, MatchStatus.Counted },

        // government-forces: regime and state labels count only for the Syrian government
        { "Sanctions hit the Tehran regime again.", "government-forces", "regime", "iran", MatchStatus.OffTarget },
        { "The regime shelled the suburbs.", "government-forces", "regime", "syrian-government", MatchStatus.Counted },
        { "قصف النظام السوري الأحياء الشرقية.", "government-forces", "النظام السوري", "syrian-government", MatchStatus.Counted },

        // allied-forces: allies and militias labels count only for the government's camp
        { "وصف الإعلام الرسمي المقاتلين بميليشيات المعارضة.", "allied-forces", "بميليشيات", "syrian-opposition", MatchStatus.OffTarget },
        { "اشتبكت الفصائل مع ميليشيات وحدات حماية الشعب شرق النهر.", "allied-forces", "ميليشيات", "kurdish-forces", MatchStatus.OffTarget },
        { "انتشرت ميليشيات حزب الله في القرى الحدودية.", "allied-forces", "ميليشيات", "hezbollah", MatchStatus.Counted },
        { "Hezbollah militia fighters entered the town.", "allied-forces", "Hezbollah militia", "hezbollah", MatchStatus.Counted },
        { "Opposition militias held the hill.", "allied-forces", "militias", "syrian-opposition", MatchStatus.OffTarget },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void LabelsCountOnlyForTheirDimensionsActors(string sentence, string dimension, string surface, string? target, MatchStatus status)
    {
        var m = Match(sentence, dimension, surface);

        Assert.Equal(target, m.Target?.Id);
        Assert.Equal(status, m.Status);
    }

    public static TheoryData<string, string, Voice> Voices => new()
    {
        { "Rebels shelled the town, the army said.", "Rebels", Voice.Attributed },
        { "The army said rebels shelled the town.", "rebels", Voice.Attributed },
        { "According to the monitor, rebels shelled the town.", "rebels", Voice.Attributed },
        { "Rebels shelled the town on Sunday.", "Rebels", Voice.Editorial },
        { "\"Rebels shelled the town,\" the mayor said.", "Rebels", Voice.Quoted },
        { "وقال المرصد إن الثوار قصفوا البلدة.", "الثوار", Voice.Attributed },
        { "قصف الثوار البلدة، بحسب المرصد.", "الثوار", Voice.Attributed },
        { "وأكد المصدر: سيطر الثوار على التلة.", "الثوار", Voice.Attributed },
        { "أكدت المعارضة سقوط البلدة.", "المعارضة", Voice.Editorial },
        { "قصف الثوار البلدة صباح الأحد.", "الثوار", Voice.Editorial },
        { "وقال قائد ميداني: «الثوار قصفوا البلدة».", "الثوار", Voice.Quoted },

        // A noun that reads as a speech cue with its ة taken for a pronoun (إضافة as أضاف + ه, إشارة as أشار + ه, إفادة
        // as أفاد + ه, نقلة as نقل + ه), or with the article (a definite noun is no verb), made the rest of its sentence
        // reported speech: «بالإضافة إلى ذلك» alone moved a sentence out of the outlet's own voice.
        { "بالإضافة إلى ذلك قصف الثوار القرية.", "الثوار", Voice.Editorial },
        { "وتجدر الإشارة إلى أن الثوار قصفوا المدينة.", "الثوار", Voice.Editorial },
        { "وفي إفادة للشهود هاجم الثوار القرية.", "الثوار", Voice.Editorial },
        { "حقق الجيش نقلة نوعية ضد الثوار.", "الثوار", Voice.Editorial },
        { "والجدير بالذكر أن الثوار انسحبوا من الحي.", "الثوار", Voice.Editorial },
        { "هذا الزعم باطل لأن الثوار انسحبوا.", "الثوار", Voice.Editorial },
        { "وأضاف أن الثوار انسحبوا من الحي.", "الثوار", Voice.Attributed },
        { "فأكد المصدر أن الثوار انسحبوا.", "الثوار", Voice.Attributed },
    };

    [Theory]
    [MemberData(nameof(Voices))]
    public void SpeechCuesMakeReportedSpeechAttributed(string sentence, string surface, Voice voice) =>
        Assert.Equal(voice, Match(sentence, "armed-opposition", surface).Voice);

    public static TheoryData<string, string, string, double> Scares => new()
    {
        { "ندد البيان بما يسمى الجيش الحر.", "armed-opposition", "terrorism", 1 },
        { "هاجمت ما يسمى «أحرار الشام» حاجزا للجيش.", "armed-opposition", "terrorism", 1 },
        { "انسحب الجيش الحر المزعوم من البلدة.", "armed-opposition", "terrorism", 1 },
        { "The so-called Free Syrian Army fled the town.", "armed-opposition", "terrorism", 1 },
        { "Shells fired by the \u201cFree Syrian Army\u201d hit the market.", "armed-opposition", "terrorism", 1 },
        { "طالب المتظاهرون بطرد ما يسمى حزب الله.", "allied-forces", "militias", 1 },
        { "The so-called Islamic State claimed the attack.", "isis-naming", "islamic-state", 0.5 },
        { "ندد المجلس بما يعرف بالجيش العربي السوري.", "government-forces", "regime", 1 },
    };

    [Theory]
    [MemberData(nameof(Scares))]
    public void ScareMarkersNextToActorNamesCountForTheLexiconsPole(string sentence, string dimension, string pole, double weight)
    {
        var result = Score(sentence);
        var m = Assert.Single(result.Matches, m => m.Dimension.Id == dimension && m.Pole?.Id != "neutral");

        Assert.Equal(MatchKind.ScareMarker, m.Kind);
        Assert.Equal(pole, m.Pole?.Id);
        Assert.Equal(weight, m.Entry.Weight);
    }

    [Fact]
    public void ArabicGuillemetsAroundANameAreTypographyNotAScareMarker()
    {
        var result = Score("سيطرت «أحرار الشام» على الحاجز.");

        Assert.DoesNotContain(result.Matches, m => m.Kind == MatchKind.ScareMarker);
        Assert.Equal(0, result.Counts.Count(0, PoleSide.A));
    }

    public static TheoryData<string, string, MatchStatus> Negations => new()
    {
        { "They are not terrorists, the lawyer said.", "terrorists", MatchStatus.Negated },
        { "He is not a terrorist.", "terrorist", MatchStatus.Negated },
        { "The fighters are no longer rebels.", "rebels", MatchStatus.Negated },
        { "The army did not find the terrorists.", "terrorists", MatchStatus.Counted },
        { "إنهم ليسوا إرهابيين.", "إرهابيين", MatchStatus.Negated },
        { "أفرجت السلطات عن المعتقلين غير المسلحين.", "المسلحين", MatchStatus.Negated },
        { "لم يستطع الإرهابيون التقدم نحو المدينة.", "الإرهابيون", MatchStatus.Counted },
        { "لا يزال المسلحون يتحصنون في الأحياء الشرقية.", "المسلحون", MatchStatus.Counted },
        // غيّر (with a shadda) is the verb "changed", not the negation غير, which diacritics removal made it.
        { "غيّر المسلحون مواقعهم بعد القصف.", "المسلحون", MatchStatus.Counted },
        { "أفرجت السلطات عن المعتقلين غيرِ المسلحين.", "المسلحين", MatchStatus.Negated },
    };

    [Theory]
    [MemberData(nameof(Negations))]
    public void NegationRightBeforeALabelCancelsIt(string sentence, string surface, MatchStatus status) =>
        Assert.Equal(status, Match(sentence, "armed-opposition", surface).Status);

    [Fact]
    public void DefinesTheActorsWithNamesInBothLanguages()
    {
        var lexicon = Compiled.Value.Lexicon;

        Assert.Equal(ActorIds, lexicon.Actors.Select(a => a.Id));
        foreach (var actor in lexicon.Actors)
        {
            Assert.Contains(actor.Names, n => n.Language == "ar");
            Assert.Contains(actor.Names, n => n.Language == "en");
            Assert.False(string.IsNullOrWhiteSpace(actor.Description));
        }

        Assert.Contains(lexicon.FindActor("isis")!.Names, n => n.Pattern == "داعش");
        Assert.Contains(lexicon.FindActor("al-qaeda")!.Names, n => n.Pattern == "القاعدة");
        Assert.Contains(lexicon.FindActor("nusra")!.Names, n => n.Pattern == "هيئة تحرير شام");
        Assert.Contains(lexicon.FindActor("kurdish-forces")!.Names, n => n.Pattern == "قسد");
        Assert.Contains(lexicon.FindActor("syrian-opposition")!.Names, n => n.Pattern == "نور الدين زنكي");
    }

    [Fact]
    public void DimensionsStateTheirTargetRulesAndDefaults()
    {
        var lexicon = Compiled.Value.Lexicon;
        var armed = lexicon.FindDimension("armed-opposition")!;

        Assert.Equal(["syrian-opposition"], armed.Target!.Require);
        Assert.Equal(TargetDefault.Count, armed.TargetDefault);
        foreach (var excluded in new[] { "isis", "nusra", "al-qaeda", "hezbollah", "kurdish-forces" })
        {
            Assert.False(armed.Target.Allows(excluded));
        }

        Assert.Equal(["syrian-government"], lexicon.FindDimension("government-forces")!.Target!.Require);
        Assert.Equal(["syrian-government", "hezbollah", "iran", "russia"], lexicon.FindDimension("allied-forces")!.Target!.Require);
        Assert.Null(lexicon.FindDimension("isis-naming")!.Target);
        Assert.Equal(["ar", "en"], lexicon.Speech.Select(s => s.Language).Order(StringComparer.Ordinal));
        Assert.Equal(1, lexicon.Negation.Single(n => n.Language == "ar").Window);
        Assert.Equal(2, lexicon.Negation.Single(n => n.Language == "en").Window);
        Assert.False(lexicon.ScareMarkers.Single(s => s.Language == "ar").Quotes);
        Assert.True(lexicon.ScareMarkers.Single(s => s.Language == "en").Quotes);
    }

    private static DocumentResult Score(string sentence) =>
        Compiled.Value.CreateScorer(new ScoringOptions { CollectMatches = true }).Score("t", SyriaConflictScope.InScope(sentence));

    private static FramingMatch Match(string sentence, string dimension, string surface)
    {
        var result = Score(sentence);
        var all = result.Matches.Concat(result.UncountedMatches).ToList();
        return Assert.Single(all, m => m.Dimension.Id == dimension && m.Surface == surface);
    }
}
