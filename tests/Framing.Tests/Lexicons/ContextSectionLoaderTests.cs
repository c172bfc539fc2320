using Framing.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>
/// Loading and validating the sections that judge a label in its context: <c>actors</c>, <c>speech</c>,
/// <c>negation</c>, <c>target-links</c>, <c>scare-markers</c>, and the <c>target</c>/<c>target-default</c> fields of
/// dimensions and entries. Every error is checked with its file:line:column; columns are found from the text of the
/// line so that Arabic lines need no counting by hand.
/// </summary>
public sealed class ContextSectionLoaderTests
{
    private const string Actors =
        "actors:\n" +                                                                                        // 20
        "  - id: isis\n" +                                                                                   // 21
        "    label: Islamic State\n" +                                                                       // 22
        "    description: The Islamic State group.\n" +                                                      // 23
        "    names: { ar: [داعش, \"تنظيم الدولة\"], en: [ISIS, \"Islamic State\"] }\n" +                     // 24
        "    scare: { dimension: opposition, pole: terror, weight: 0.5 }\n" +                                // 25
        "  - id: fsa\n" +                                                                                    // 26
        "    label: Free Syrian Army\n" +                                                                    // 27
        "    description: Opposition factions.\n" +                                                          // 28
        "    names: { en: [\"Free Syrian Army\", FSA] }\n";                                                  // 29

    private const string Sections =
        "speech:\n" +                                                                                        // 30
        "  en: { window: 6, cues: [said, \"according to\"], openers: [that] }\n" +                          // 31
        "  ar: { cues: [قال, بحسب] }\n" +                                                                   // 32
        "negation:\n" +                                                                                      // 33
        "  en: { window: 2, words: [not, \"no longer\"] }\n" +                                              // 34
        "target-links:\n" +                                                                                  // 35
        "  en: { words: [of, the] }\n" +                                                                     // 36
        "scare-markers:\n" +                                                                                 // 37
        "  en: { before: [so-called], quotes: true }\n" +                                                    // 38
        "  ar: { before: [\"ما يسمى\"], after: [مزعوم] }\n";                                               // 39

    private const string TargetEntry =                                                                       // 41
        "  - { lang: en, pattern: terrorists, dimension: opposition, pole: terror, note: n, target: { forbid: [isis] }, target-default: ignore }";

    [Fact]
    public void EverySectionLoads()
    {
        var lexicon = Parse(YamlWith("[ar, en]", Actors + Sections, TargetEntry));

        Assert.Equal(["isis", "fsa"], lexicon.Actors.Select(a => a.Id));
        var isis = lexicon.FindActor("isis")!;
        Assert.Equal("Islamic State", isis.Label);
        Assert.Equal([("ar", "داعش"), ("ar", "تنظيم الدولة"), ("en", "ISIS"), ("en", "Islamic State")], isis.Names.Select(n => (n.Language, n.Pattern)));
        Assert.Equal(new ActorScare("opposition", PoleSide.A, 500, new SourceLocation(SourceName, 25, 12)), isis.Scare);
        Assert.Equal(new SourceLocation(SourceName, 21, 5), isis.Location);
        Assert.Null(lexicon.FindActor("fsa")!.Scare);

        var en = lexicon.Speech.Single(s => s.Language == "en");
        Assert.Equal(["said", "according to"], en.Cues);
        Assert.Equal(["that"], en.Openers);
        Assert.Equal(6, en.Window);
        var ar = lexicon.Speech.Single(s => s.Language == "ar");
        Assert.Empty(ar.Openers);
        Assert.Equal(8, ar.Window); // default
        Assert.False(ar.SpeakerAfterCue); // default

        var negation = Assert.Single(lexicon.Negation);
        Assert.Equal(["not", "no longer"], negation.Words);
        Assert.Equal(2, negation.Window);
        var links = Assert.Single(lexicon.TargetLinks);
        Assert.Equal(2, links.Window); // default
        Assert.True(lexicon.ScareMarkers.Single(s => s.Language == "en").Quotes);
        var arScare = lexicon.ScareMarkers.Single(s => s.Language == "ar");
        Assert.False(arScare.Quotes);
        Assert.Equal(["مزعوم"], arScare.After);

        var entry = Assert.Single(lexicon.Entries);
        Assert.Equal(["isis"], entry.Target!.Forbid);
        Assert.Empty(entry.Target.Require);
        Assert.Equal(TargetDefault.Ignore, entry.TargetDefault);
        Assert.False(entry.Target.Allows("isis"));
        Assert.True(entry.Target.Allows("fsa"));
        Assert.Equal(TargetDefault.Ignore, entry.EffectiveTargetDefault(lexicon.Dimensions[1]));
        Assert.NotNull(lexicon.Compile());
    }

    [Fact]
    public void ALexiconWithoutTheSectionsHasNone()
    {
        var lexicon = ParseEntries(Entry("en", "rebels", "opposition", "rebel"));

        Assert.Empty(lexicon.Actors);
        Assert.Empty(lexicon.Speech);
        Assert.Empty(lexicon.Negation);
        Assert.Empty(lexicon.TargetLinks);
        Assert.Empty(lexicon.ScareMarkers);
        Assert.All(lexicon.Dimensions, d => Assert.Null(d.Target));
        Assert.All(lexicon.Dimensions, d => Assert.Equal(TargetDefault.Count, d.TargetDefault));
    }

    [Fact]
    public void DimensionTargetRuleAndDefaultLoad()
    {
        var yaml = WithDimensionTarget("    target: { require: [fsa] }\n    target-default: count\n");
        var lexicon = Parse(yaml);
        var forces = lexicon.Dimensions[0];

        Assert.Equal(["fsa"], forces.Target!.Require);
        Assert.Equal(TargetDefault.Count, forces.TargetDefault);
        Assert.True(forces.Target.Allows("fsa"));
        Assert.False(forces.Target.Allows("isis"));
        var entry = lexicon.Entries.Single(e => e.DimensionId == "forces");
        Assert.Same(forces.Target, entry.EffectiveTarget(forces));
    }

    // ------------------------------------------------------------------ target rules

    [Fact]
    public void DimensionTargetNeedsADefault()
    {
        var yaml = WithDimensionTarget("    target: { forbid: [isis] }\n");
        Single(yaml, 15, "{ forbid", "dimension 'forces' has a 'target' rule but no 'target-default' (count or ignore): say what happens to labels with no actor in reach");
    }

    [Fact]
    public void UnknownActorInATargetIsReportedOnTheId()
    {
        var yaml = YamlWith("[ar, en]", Actors, "  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, target: { require: [nusra] } }");
        Single(yaml, 31, "nusra", "unknown actor 'nusra' (known: isis, fsa)");
    }

    [Fact]
    public void TargetWithoutActorsIsReported()
    {
        var yaml = Yaml("  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, target: { forbid: [isis] } }");
        Single(yaml, 21, "isis", "unknown actor 'isis': the lexicon has no 'actors'");
    }

    [Fact]
    public void TargetWithBothListsOrNeitherIsReported()
    {
        var both = YamlWith("[ar, en]", Actors, "  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, target: { require: [fsa], forbid: [isis] } }");
        Single(both, 31, "{ require", "'target' of the entry has both 'require' and 'forbid': a rule either requires some actors or forbids some");
        var neither = YamlWith("[ar, en]", Actors, "  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, target: { } }");
        Single(neither, 31, "{ }", "'target' of the entry needs 'require' or 'forbid' with at least one actor id");
        var typo = YamlWith("[ar, en]", Actors, "  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, target: { forbids: [isis] } }");
        Single(typo, 31, "forbids", "unknown field 'forbids' (did you mean 'forbid'?)");
    }

    [Fact]
    public void TargetDefaultMustBeCountOrIgnore()
    {
        var yaml = YamlWith("[ar, en]", Actors, "  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, target-default: skip }");
        Single(yaml, 31, "skip", "'target-default' of the entry must be count or ignore");
    }

    [Fact]
    public void IgnoreDefaultWithoutActorsIsReported()
    {
        var yaml = Yaml("  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, target-default: ignore }");
        Single(yaml, 21, "ignore", "'target-default: ignore' needs 'actors': without them no label has a target and none would count");
    }

    // ------------------------------------------------------------------ actors

    [Fact]
    public void DuplicateActorIdAndDuplicateNameAreReported()
    {
        var actors = Actors + "  - id: isis\n    label: Again\n    description: d\n    names: { en: [\"islamic  state\"] }\n"; // lines 30-33
        var errors = Errors(YamlWith("[ar, en]", actors, ValidEntry()));
        Assert.Equal(
            [
                At(actors, 30, "isis", "duplicate actor 'isis'"),
                At(actors, 33, "\"islamic", "duplicate name \"islamic state\" (en): already a name of actor 'isis' at line 24"),
            ],
            errors);
    }

    [Fact]
    public void ActorNamesNeedALexiconLanguageAndValidPatterns()
    {
        var actors = "actors:\n  - id: a\n    label: A\n    description: d\n    names: { fr: [x], en: [\"*x\"] }\n";
        Assert.Equal(
            [
                At(actors, 24, "fr", "language 'fr' of actor 'a' is not in the lexicon's languages (ar, en)"),
                At(actors, 24, "\"*x\"", "name \"*x\" of actor 'a': misplaced '*' in \"*x\": '*' may only end a word"),
            ],
            Errors(YamlWith("[ar, en]", actors, ValidEntry())));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ en: [] }")]
    [InlineData("{ en: ~ }")]
    [InlineData("{ en: \"\" }")]
    [InlineData("{ en: [], ar: [] }")]
    public void AnActorWithoutANameInAnyLanguageIsAnError(string names)
    {
        // names: { en: [] } loaded an actor with no name, which could never be a target nor take a scare marker.
        var actors = $"actors:\n  - id: gov\n    label: G\n    description: d\n    names: {names}\n";
        Assert.Equal(
            [At(actors, 24, "{", "actor 'gov' needs at least one name")],
            Errors(YamlWith("[ar, en]", actors, ValidEntry())));
    }

    [Fact]
    public void AnEmptyListBesideANameIsNoError()
    {
        var actors = "actors:\n  - id: gov\n    label: G\n    description: d\n    names: { en: [], ar: [الحكومة] }\n";
        Assert.Equal(["الحكومة"], Assert.Single(Parse(YamlWith("[ar, en]", actors, ValidEntry())).Actors).Names.Select(n => n.Pattern));
    }

    [Fact]
    public void ActorFieldsAreRequired()
    {
        var actors = "actors:\n  - id: Bad_Id\n    labl: A\n";
        Assert.Equal(
            [
                At(actors, 21, "id:", "actor 'Bad_Id' has no 'description'"),
                At(actors, 21, "id:", "actor 'Bad_Id' has no 'names' (a list of names per language, e.g. names: { en: [...] })"),
                At(actors, 21, "Bad_Id", "actor id 'Bad_Id' must use lower-case letters, digits and '-'"),
                At(actors, 22, "labl", "unknown field 'labl' (did you mean 'label'?)"),
            ],
            Errors(YamlWith("[ar, en]", actors, ValidEntry())));
    }

    [Fact]
    public void ScareMappingNeedsAKnownDimensionAndAPole()
    {
        var neutral = Actors.Replace("pole: terror, weight: 0.5", "pole: neutral", StringComparison.Ordinal);
        Single(YamlWith("[ar, en]", neutral, ValidEntry()), 25, "neutral", "a scare marker counts for a pole: expected terror or rebel for dimension 'opposition', not 'neutral'");
        var unknown = Actors.Replace("dimension: opposition", "dimension: oposition", StringComparison.Ordinal);
        Single(YamlWith("[ar, en]", unknown, ValidEntry()), 25, "oposition", "unknown dimension 'oposition' (known: forces, opposition)");
        var heavy = Actors.Replace("weight: 0.5", "weight: 2", StringComparison.Ordinal);
        Single(YamlWith("[ar, en]", heavy, ValidEntry()), 25, "2 }", "weight 2 is out of range: it must be in (0, 1]");
    }

    // ------------------------------------------------------------------ per-language sections

    [Fact]
    public void SpeechErrorsAreReportedWhereTheyAre()
    {
        var speech = "speech:\n  en: { window: 0, cues: [], opener: [that] }\n  de: { cues: [sagte] }\n"; // lines 20-22
        Assert.Equal(
            [
                At(speech, 21, "window: 0", 8, "'window' must be a whole number from 1 to 50, not '0'"),
                At(speech, 21, "[]", "'cues' of 'en' needs at least one word"),
                At(speech, 21, "opener", "unknown field 'opener' (did you mean 'openers'?)"),
                At(speech, 22, "de", "language 'de' in 'speech' is not in the lexicon's languages (ar, en)"),
            ],
            Errors(YamlWith("[ar, en]", speech, ValidEntry())));
    }

    [Fact]
    public void NegationWordsAreValidatedLikePatterns()
    {
        var negation = "negation:\n  en: { words: [not, \"not\", \"**\"], window: 11 }\n"; // line 21
        Assert.Equal(
            [
                At(negation, 21, "\"not\"", "duplicate word \"not\" in 'words' of 'en'"),
                At(negation, 21, "\"**\"", "'words' of 'en': misplaced '*' in \"**\": '*' may only end a word"),
                At(negation, 21, "11", "'window' must be a whole number from 1 to 10, not '11'"),
            ],
            Errors(YamlWith("[ar, en]", negation, ValidEntry())));
    }

    [Fact]
    public void LinksAndScareMarkersNeedActors()
    {
        var sections = "target-links:\n  en: { words: [of] }\nscare-markers:\n  en: { before: [so-called] }\n"; // 20-23
        Assert.Equal(
            [
                At(sections, 21, "en:", "'target-links' needs 'actors': it relates labels to the actors named next to them"),
                At(sections, 23, "en:", "'scare-markers' needs 'actors': it relates labels to the actors named next to them"),
            ],
            Errors(YamlWith("[ar, en]", sections, ValidEntry())));
    }

    [Fact]
    public void ScareMarkersNeedAMarkerAndABooleanQuotes()
    {
        var empty = Actors + "scare-markers:\n  en: { quotes: maybe }\n"; // line 31
        Assert.Equal(
            [
                At(empty, 31, "{ quotes", "'scare-markers' of 'en' needs 'before' or 'after' markers, or 'quotes: true'"),
                At(empty, 31, "maybe", "'quotes' must be true or false"),
            ],
            Errors(YamlWith("[ar, en]", empty, ValidEntry())));
    }

    private static string ValidEntry() => Entry("en", "rebels", "opposition", "rebel");

    /// <summary>The test lexicon with <paramref name="fields"/> added to dimension 'forces' after line 14 (so they start on line 15) and the actors.</summary>
    private static string WithDimensionTarget(string fields)
    {
        var header = Header().Replace("    neutral: { description: Words both sides use. }\n", "    neutral: { description: Words both sides use. }\n" + fields, StringComparison.Ordinal);
        return header + Actors + "entries:\n" + Entry("en", "army", "forces", "state") + "\n";
    }

    /// <summary>Asserts one error, on <paramref name="line"/> of <paramref name="yaml"/> at the column where <paramref name="marker"/> starts.</summary>
    private static void Single(string yaml, int line, string marker, string message) =>
        Assert.Equal(At(yaml, line, marker, message), Assert.Single(Errors(yaml)));

    /// <summary>An error at the column where <paramref name="marker"/> first occurs on <paramref name="line"/> (1-based) of the whole lexicon.</summary>
    private static Diagnostic At(string yamlOrSection, int line, string marker, string message) =>
        At(yamlOrSection, line, marker, 0, message);

    private static Diagnostic At(string yamlOrSection, int line, string marker, int offset, string message)
    {
        var text = yamlOrSection.StartsWith("id:", StringComparison.Ordinal) ? yamlOrSection : Header() + yamlOrSection;
        var lines = text.Split('\n');
        var column = lines[line - 1].IndexOf(marker, StringComparison.Ordinal);
        Assert.True(column >= 0, $"'{marker}' is not on line {line}: {lines[line - 1]}");
        return new Diagnostic(new SourceLocation(SourceName, line, column + 1 + offset), message);
    }
}
