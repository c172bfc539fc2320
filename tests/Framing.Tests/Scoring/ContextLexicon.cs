using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// A small lexicon with every context section (actors, speech, negation, target links, scare markers, target rules),
/// for the tests of targets, voice, scare markers and negation. All sentences in those tests are invented.
/// </summary>
/// <remarks>
/// Dimension <c>opposition</c> (index 0) counts only labels aimed at <c>fsa</c> or <c>nusra</c> (or at no actor);
/// its entry <c>militants</c> overrides that with its own rule (forbid <c>isis</c>) and ignores labels without a target.
/// Dimension <c>forces</c> (index 1) has no rule. A scare marker next to <c>fsa</c> counts for opposition/terror,
/// next to <c>gov</c> for forces/regime.
/// </remarks>
internal static class ContextLexicon
{
    public const int Opposition = 0;
    public const int Forces = 1;

    public const string Yaml = """
        id: context-test
        version: 1.0.0
        title: Context rules test lexicon
        description: Targets, voice, scare markers and negation.
        license: CC0-1.0
        authors: [Tester]
        languages: [ar, en]
        dimensions:
          - id: opposition
            description: How armed opponents are named.
            poles:
              a: { id: terror, label: Terror, description: Terror frame. }
              b: { id: rebel, label: Rebel, description: Rebel frame. }
            neutral: { description: Names of groups. }
            target: { require: [fsa, nusra] }
            target-default: count
          - id: forces
            description: How the government's forces are named.
            poles:
              a: { id: state, label: State, description: State frame. }
              b: { id: regime, label: Regime, description: Regime frame. }
        actors:
          - { id: isis, label: Islamic State, description: The jihadist group., names: { en: [ISIS, "Islamic State"], ar: [داعش, "تنظيم دولة"] } }
          - { id: nusra, label: Nusra Front, description: Al-Qaeda's branch., names: { en: [Nusra, "Nusra Front"], ar: ["جبهة النصرة", النصرة] } }
          - { id: fsa, label: Free Syrian Army, description: Opposition factions., names: { en: ["Free Syrian Army"], ar: ["جيش الحر", "أحرار شام"] }, scare: { dimension: opposition, pole: terror } }
          - { id: gov, label: Government, description: The government., names: { en: [Assad, Damascus], ar: [النظام, أسد] }, scare: { dimension: forces, pole: regime, weight: 0.5 } }
        speech:
          en: { cues: [said, told, "according to"] }
          ar: { cues: [قال, أكد, أكدت, بحسب], openers: [أن, بأن], speaker-after-cue: true }
        negation:
          en: { window: 2, words: [not, never, "no longer"] }
          ar: { words: [لا, لم, ليس, ليسوا, غير] }
        target-links:
          en: { words: [of, the, from] }
          ar: { words: [من, تنظيم, حركة, تابعة] }
        scare-markers:
          en: { before: [so-called], quotes: true }
          ar: { before: ["ما يسمى", "بما يسمى"], after: [مزعوم] }
        entries:
          - { lang: en, pattern: terrorists, dimension: opposition, pole: terror, note: n }
          - { lang: en, pattern: terrorist, dimension: opposition, pole: terror, note: n }
          - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n }
          - { lang: en, pattern: militants, dimension: opposition, pole: terror, weight: 0.5, note: n, target: { forbid: [isis] }, target-default: ignore }
          - { lang: en, pattern: "free syrian army", dimension: opposition, pole: rebel, note: n }
          - { lang: en, pattern: regime, dimension: forces, pole: regime, note: n }
          - { lang: ar, pattern: إرهابيين, dimension: opposition, pole: terror, note: n }
          - { lang: ar, pattern: إرهابيون, dimension: opposition, pole: terror, note: n }
          - { lang: ar, pattern: إرهابي, dimension: opposition, pole: terror, note: n }
          - { lang: ar, pattern: ثوار, dimension: opposition, pole: rebel, note: n }
          - { lang: ar, pattern: "جيش الحر", dimension: opposition, pole: rebel, note: n }
          - { lang: ar, pattern: "أحرار شام", dimension: opposition, pole: neutral, note: n }
          - { lang: ar, pattern: "قوات النظام", dimension: forces, pole: regime, note: n }
          - { lang: ar, pattern: النظام, dimension: forces, pole: regime, note: n }
        """;

    private static readonly Lazy<CompiledLexicon> Compiled = new(() => Lexicon.Parse(Yaml, "context-test.yaml").Compile());

    public static Lexicon Parsed => Compiled.Value.Lexicon;

    public static DocumentResult Score(string text) =>
        Compiled.Value.CreateScorer(new ScoringOptions { CollectMatches = true }).Score("t", text);

    /// <summary>Every match, counted or not, in text order.</summary>
    public static IReadOnlyList<FramingMatch> All(DocumentResult result) =>
        [.. result.Matches.Concat(result.UncountedMatches).OrderBy(m => m.FirstToken)];

    /// <summary>The single match (counted or not) whose surface is <paramref name="surface"/>.</summary>
    public static FramingMatch Single(DocumentResult result, string surface) =>
        Assert.Single(All(result), m => m.Surface == surface);
}
