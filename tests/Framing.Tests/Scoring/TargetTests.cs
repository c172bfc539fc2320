using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Tests.Lexicons;
using static Framing.Tests.Scoring.ContextLexicon;

namespace Framing.Tests.Scoring;

/// <summary>The target of a label (the actor it refers to) and the target rules, in English and Arabic (invented sentences).</summary>
public sealed class TargetTests
{
    [Fact]
    public void EnglishModifierBeforeTheLabelIsItsTarget_Allowed()
    {
        var result = Score("Nusra terrorists shelled the village.");
        var m = Single(result, "terrorists");

        Assert.Equal("nusra", m.Target?.Id);
        Assert.Equal(MatchStatus.Counted, m.Status);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void AnActorWithoutANameInTheLanguageLeavesTheOtherActorsNamesFound()
    {
        // Islamic State has only an Arabic name: the English name of Nusra is still a target in English text.
        var lexicon = TestLexicon.Parse(TestLexicon.YamlWith(
            "[ar, en]",
            "actors:\n"
            + "  - { id: nusra, label: Nusra Front, description: d., names: { en: [Nusra], ar: [النصرة] } }\n"
            + "  - { id: isis, label: Islamic State, description: d., names: { ar: [داعش] } }\n",
            "  - { lang: en, pattern: terrorists, dimension: opposition, pole: terror, note: n, target: { require: [nusra] }, target-default: ignore }"));
        var scorer = TestLexicon.Scorer(lexicon);

        var named = Assert.Single(scorer.Score("d", "Nusra terrorists shelled the village.").Matches);
        Assert.Equal(("nusra", MatchStatus.Counted), (named.Target?.Id, named.Status));
        var unnamed = Assert.Single(scorer.Score("d", "The terrorists shelled the village.").UncountedMatches);
        Assert.Equal((null, MatchStatus.OffTarget), (unnamed.Target?.Id, unnamed.Status));
    }

    [Fact]
    public void EnglishForbiddenTargetIsOffTarget()
    {
        var result = Score("ISIS terrorists shelled the village.");
        var m = Single(result, "terrorists");

        Assert.Equal("isis", m.Target?.Id);
        Assert.Equal(MatchStatus.OffTarget, m.Status);
        Assert.DoesNotContain(result.Matches, x => x.Dimension.Id == "opposition");
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(0, result.Counts.WeightMilli(Opposition, PoleSide.A));
        Assert.Equal(1, result.Counts.OffTargetCount(Opposition, PoleSide.A));
        Assert.Equal(1, result.Counts.OffTargetCount(Opposition, PoleSide.A, VoiceSelection.Editorial));
    }

    [Fact]
    public void EnglishAppositionAfterTheLabelAcrossLinkWords()
    {
        var m = Single(Score("The terrorists of the Islamic State fled north."), "terrorists");

        Assert.Equal("isis", m.Target?.Id);
        Assert.Equal(MatchStatus.OffTarget, m.Status);
    }

    /// <summary>
    /// Each language reaches a name across its own link window: with English's window 1 and Arabic's 3, two link words
    /// keep an English name out of reach and leave an Arabic one within it.
    /// </summary>
    [Fact]
    public void EachLanguageUsesItsOwnLinkWindow()
    {
        var yaml = Yaml
            .Replace("en: { words: [of, the, from] }", "en: { window: 1, words: [of, the, from] }", StringComparison.Ordinal)
            .Replace("ar: { words: [من, تنظيم, حركة, تابعة] }", "ar: { window: 3, words: [من, تنظيم, حركة, تابعة] }", StringComparison.Ordinal);
        Assert.NotEqual(Yaml, yaml);
        var scorer = Lexicon.Parse(yaml, "windows.yaml").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });

        var english = Single(scorer.Score("e", "The terrorists of the ISIS fled."), "terrorists");
        Assert.Null(english.Target);
        Assert.Equal(MatchStatus.Counted, english.Status);
        Assert.Equal("isis", Single(scorer.Score("e", "The terrorists of ISIS fled."), "terrorists").Target?.Id);

        var arabic = Single(scorer.Score("a", "فر إرهابيين من تنظيم داعش."), "إرهابيين");
        Assert.Equal("isis", arabic.Target?.Id);
        Assert.Equal(MatchStatus.OffTarget, arabic.Status);
    }

    [Fact]
    public void EnglishNameBeyondTheLinkWindowIsOutOfReach()
    {
        // Window 2: "of the" reaches the name, "from of the" does not.
        Assert.Equal("isis", Single(Score("The terrorists of the ISIS fled."), "terrorists").Target?.Id);
        var m = Single(Score("The terrorists from of the ISIS fled."), "terrorists");
        Assert.Null(m.Target);
        Assert.Equal(MatchStatus.Counted, m.Status);
    }

    [Fact]
    public void EnglishNoActorInReachFollowsTheDimensionDefault()
    {
        var result = Score("The army fought terrorists near ISIS lines.");
        var m = Single(result, "terrorists");

        Assert.Null(m.Target);
        Assert.Equal(MatchStatus.Counted, m.Status);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void CommaStopsTheSearchForATarget()
    {
        var m = Single(Score("They fought terrorists, ISIS among them."), "terrorists");

        Assert.Null(m.Target);
        Assert.Equal(MatchStatus.Counted, m.Status);
    }

    [Fact]
    public void NameWithFewerLinksWinsAndTiesGoToTheNameAfter()
    {
        // ISIS before (no link) beats Nusra after (one link).
        Assert.Equal("isis", Single(Score("They met ISIS terrorists of Nusra."), "terrorists").Target?.Id);

        // A name on both sides with no link: the one after the label wins.
        Assert.Equal("nusra", Single(Score("They met ISIS terrorists Nusra."), "terrorists").Target?.Id);
    }

    [Fact]
    public void AnActorNameInsideTheLabelIsItsTarget()
    {
        var m = Single(Score("The Free Syrian Army held the town."), "Free Syrian Army");

        Assert.Equal("fsa", m.Target?.Id);
        Assert.Equal(MatchStatus.Counted, m.Status);
        Assert.Equal(PoleSide.B, m.Entry.Side);
    }

    [Fact]
    public void ALabelThatIsAGenericNameTakesANameNextToItFirst()
    {
        // «النظام» is both a label (forces/regime) and a name of actor gov; with a name beside it, that name is its target.
        Assert.Equal("isis", Single(Score("ندد البيان بممارسات النظام داعش."), "النظام").Target?.Id);
        Assert.Equal("gov", Single(Score("ندد البيان بممارسات النظام في المدينة."), "النظام").Target?.Id);

        // A name strictly inside a label is its target even with another name beside it.
        Assert.Equal("gov", Single(Score("قصفت قوات النظام داعش."), "قوات النظام").Target?.Id);
    }

    [Fact]
    public void ScareMarkersAreTransparentBetweenALabelAndItsTarget()
    {
        Assert.Equal("isis", Single(Score("The terrorists of the so-called ISIS fled."), "terrorists").Target?.Id);
    }

    [Fact]
    public void EntryRuleOverridesTheDimensionRuleAndDefault()
    {
        // militants: forbid isis, ignore labels without a target.
        Assert.Equal(MatchStatus.Counted, Single(Score("Nusra militants attacked."), "militants").Status);
        Assert.Equal(MatchStatus.OffTarget, Single(Score("ISIS militants attacked."), "militants").Status);
        var alone = Score("Militants attacked the post.");
        Assert.Equal(MatchStatus.OffTarget, Single(alone, "Militants").Status);
        Assert.Equal(1, alone.Counts.OffTargetCount(Opposition, PoleSide.A));
        Assert.Equal(0, alone.Counts.WeightMilli(Opposition, PoleSide.A));
    }

    [Fact]
    public void DimensionWithoutRuleCountsEveryTarget()
    {
        var m = Single(Score("ISIS fought the regime forces."), "regime");

        Assert.Equal(MatchStatus.Counted, m.Status);
    }

    [Fact]
    public void ArabicConstructStateMakesTheNameAfterTheTarget()
    {
        var result = Score("قصف إرهابيي داعش القرية فجرا.");
        var m = Single(result, "إرهابيي");

        Assert.Equal("isis", m.Target?.Id);
        Assert.Equal(MatchStatus.OffTarget, m.Status);
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void ArabicNusraTargetCounts()
    {
        var result = Score("قصف إرهابيي جبهة النصرة البلدة.");

        Assert.Equal("nusra", Single(result, "إرهابيي").Target?.Id);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void ArabicAdjectiveAfterTheNameAndLinkWords()
    {
        Assert.Equal("isis", Single(Score("هاجم تنظيم داعش الإرهابي قرية صغيرة."), "الإرهابي").Target?.Id);
        Assert.Equal("isis", Single(Score("قتل الجيش عشرات الإرهابيين من تنظيم داعش."), "الإرهابيين").Target?.Id);
    }

    [Fact]
    public void LinkWordsDoNotReachBackwards()
    {
        // "Nusra warned of the terrorists": the name before «من» is not what the label names.
        var m = Single(Score("حذرت النصرة من الإرهابيين في المدينة."), "الإرهابيين");

        Assert.Null(m.Target);
        Assert.Equal(MatchStatus.Counted, m.Status);
    }

    [Fact]
    public void ArabicPrepositionBlocksTheConstructStateButNotALinkWord()
    {
        // «الإرهابيين لداعش»: a name governed by ل right after the label is not what the label names...
        var governed = Single(Score("تصدى الإرهابيين لداعش في الريف."), "الإرهابيين");
        Assert.Null(governed.Target);
        Assert.Equal(MatchStatus.Counted, governed.Status);

        // ...but after a link word it is («التابعة ل»), and a name before the label may carry one.
        Assert.Equal("isis", Single(Score("هاجم الإرهابيين التابعة لداعش القرية."), "الإرهابيين").Target?.Id);
        Assert.Equal("isis", Single(Score("قصف الجيش مقرا لداعش الإرهابي."), "الإرهابي").Target?.Id);
    }

    [Theory]
    [InlineData("هاجم الإرهابيين التابعة لـ«داعش» القرية.")] // a preposition written apart, with tatweel, before guillemets
    [InlineData("هاجم الإرهابيين التابعة ل «داعش» القرية.")]
    [InlineData("هاجم الإرهابيين التابعة لـ داعش القرية.")]
    public void AProcliticWrittenApartIsReadAsTheNamesOwn(string text)
    {
        // As «التابعة لداعش»: after the link word, the name governed by ل is the target (the ل written apart had
        // stopped the search: no target).
        Assert.Equal("isis", Single(Score(text), "الإرهابيين").Target?.Id);
    }

    [Theory]
    [InlineData("تصدى الإرهابيين لـ«داعش» في الريف.", "الإرهابيين")] // governed by the preposition right after the label
    [InlineData("هاجم الإرهابيين و«داعش» مواقع الجيش.", "الإرهابيين")] // coordinated
    [InlineData("هاجم داعش و «الإرهابيين» مواقع الجيش.", "الإرهابيين")] // the label coordinated with the name before it
    [InlineData("هاجم داعش وـ«الإرهابيين» مواقع الجيش.", "الإرهابيين")]
    public void AProcliticWrittenApartBlocksAsAnAttachedOneDoes(string text, string label)
    {
        var m = Single(Score(text), label);
        Assert.Null(m.Target);
        Assert.Equal(MatchStatus.Counted, m.Status);
    }

    [Fact]
    public void ArabicConjunctionIsCoordinationNotApposition()
    {
        var after = Single(Score("هاجم الإرهابيين وداعش مواقع الجيش."), "الإرهابيين");
        Assert.Null(after.Target);
        Assert.Equal(MatchStatus.Counted, after.Status);

        var before = Single(Score("هاجم داعش والإرهابيين مواقع الجيش."), "والإرهابيين");
        Assert.Null(before.Target);
        Assert.Equal(MatchStatus.Counted, before.Status);
    }

    [Fact]
    public void ArabicNoActorInReach()
    {
        var result = Score("قتل الجيش عشرات الإرهابيين في الريف الشرقي.");

        Assert.Null(Single(result, "الإرهابيين").Target);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void ArabicLabelAimedAtTheGovernmentIsOffTarget()
    {
        var m = Single(Score("ندد البيان بإرهاب قوات النظام الإرهابي."), "الإرهابي");

        Assert.Equal("gov", m.Target?.Id);
        Assert.Equal(MatchStatus.OffTarget, m.Status);
    }

    [Fact]
    public void NegatedAndOffTargetCountsMergeExactly()
    {
        var texts = new[]
        {
            "ISIS terrorists shelled the village. They are not rebels.",
            "Nusra terrorists attacked. Militants fled.",
            "إنهم ليسوا إرهابيين، قال المصدر.",
        };
        var whole = new FramingCounts(2);
        var parts = new[] { new FramingCounts(2), new FramingCounts(2) };
        for (var i = 0; i < texts.Length; i++)
        {
            var counts = Score(texts[i]).Counts;
            whole.Add(counts);
            parts[i % 2].Add(counts);
        }

        parts[0].Add(parts[1]);
        Assert.Equal(whole.ExportCounts(), parts[0].ExportCounts());
        Assert.Equal(whole.ExportNegated(), parts[0].ExportNegated());
        Assert.Equal(whole.ExportOffTarget(), parts[0].ExportOffTarget());
        Assert.Equal(2, whole.OffTargetCount(Opposition, PoleSide.A));
        Assert.Equal(1, whole.NegatedCount(Opposition, PoleSide.B));
        Assert.Equal(1, whole.NegatedCount(Opposition, PoleSide.A, VoiceSelection.Attributed));

        var copy = new FramingCounts(2);
        copy.Import(whole.ExportCounts(), whole.ExportWeights(), whole.ExportNegated(), whole.ExportOffTarget());
        Assert.Equal(whole.ExportNegated(), copy.ExportNegated());
        Assert.Equal(whole.ExportOffTarget(), copy.ExportOffTarget());
        Assert.Equal(whole.ExportNegated(), whole.Clone().ExportNegated());
    }

    [Fact]
    public void ScoreRowsCarryNegatedAndOffTargetCounts()
    {
        var tally = new CorpusTally(2);
        const string Text = "ISIS terrorists shelled the village. They are not rebels. Nusra terrorists fled.";
        tally.Add("g", Score(Text), DocumentSample.IdentityOf("g", "d", Text));
        var row = ScoreTable.Build(tally, Parsed).Single(r => r.Dimension == "opposition");

        Assert.Equal(1, row.CountA);
        Assert.Equal(0, row.CountB);
        Assert.Equal(1, row.OffTargetA);
        Assert.Equal(1, row.NegatedB);
        Assert.Equal(0, row.NegatedA);
    }
}
