using System.Text;

namespace Framing.Lexicons;

/// <summary>
/// A binary image of a parsed, validated <see cref="Lexicon"/>: every field the YAML reader produced, written and read
/// back without YAML or validation, so that a lexicon read before loads in a fraction of the time (see
/// <see cref="LexiconCache"/>). The image is tied to the build of this library that wrote it: the cache keys it by the
/// assembly's module version id, so the layout below can change freely between builds.
/// </summary>
internal static class LexiconSnapshot
{
    /// <summary>Writes the lexicon's image.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="output">The stream (left open).</param>
    public static void Write(Lexicon lexicon, Stream output)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        using var writer = new Writer(output);
        writer.Metadata(lexicon.Metadata);
        writer.List(lexicon.Dimensions, writer.Dimension);
        writer.List(lexicon.Composites, writer.Composite);
        writer.List(lexicon.Actors, writer.Actor);
        writer.List(lexicon.Speech, writer.Speech);
        writer.List(lexicon.Negation, writer.Words);
        writer.List(lexicon.TargetLinks, writer.Words);
        writer.List(lexicon.ScareMarkers, writer.Scare);
        writer.List(lexicon.Scope, writer.Words);
        writer.List(lexicon.Entries, writer.Entry);
        writer.Text(lexicon.SourceName);
    }

    /// <summary>Reads an image written by <see cref="Write"/> with this build.</summary>
    /// <param name="input">The stream (left open).</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="EndOfStreamException">The image is truncated.</exception>
    /// <exception cref="InvalidDataException">The image is damaged.</exception>
    public static Lexicon Read(Stream input)
    {
        using var reader = new Reader(input);
        var metadata = reader.Metadata();
        var dimensions = reader.List(reader.Dimension);
        var composites = reader.List(reader.Composite);
        var actors = reader.List(reader.Actor);
        var speech = reader.List(reader.Speech);
        var negation = reader.List(reader.Words);
        var targetLinks = reader.List(reader.Words);
        var scareMarkers = reader.List(reader.Scare);
        var scope = reader.List(reader.Words);
        var entries = reader.List(reader.Entry);
        var sourceName = reader.Text();
        var context = new LexiconContextRules(actors, speech, negation, targetLinks, scareMarkers, scope);
        // The cache keeps images of lexicons loaded with the built-in languages only; the file's own analyses join them.
        return new Lexicon(metadata, dimensions, composites, entries, sourceName, context)
        {
            Languages = Text.BuiltInAnalyses.Extend(Text.LanguageRegistry.Default, metadata.Analysis),
        };
    }

    private sealed class Writer(Stream output) : IDisposable
    {
        private readonly BinaryWriter _writer = new(output, Encoding.UTF8, leaveOpen: true);
        private readonly Dictionary<string, int> _files = new(StringComparer.Ordinal);

        public void Dispose() => _writer.Dispose();

        public void Text(string value) => _writer.Write(value);

        public void Int(int value) => _writer.Write(value);

        public void OptionalText(string? value)
        {
            _writer.Write(value is not null);
            if (value is not null)
            {
                _writer.Write(value);
            }
        }

        public void List<T>(IReadOnlyList<T> items, Action<T> write)
        {
            _writer.Write(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }

        public void Texts(IReadOnlyList<string> items) => List(items, Text);

        // Locations name the same file thousands of times: each file is written once, then by its number.
        public void Location(SourceLocation location)
        {
            if (_files.TryGetValue(location.File, out var number))
            {
                _writer.Write(number);
            }
            else
            {
                _writer.Write(-1);
                _writer.Write(location.File);
                _files.Add(location.File, _files.Count);
            }

            _writer.Write(location.Line);
            _writer.Write(location.Column);
        }

        public void Metadata(LexiconMetadata metadata)
        {
            Text(metadata.Id);
            Text(metadata.Version);
            Text(metadata.Title);
            Text(metadata.Description);
            Text(metadata.License);
            Texts(metadata.Authors);
            OptionalText(metadata.Citation);
            Texts(metadata.Languages);
            List(metadata.Analysis, a =>
            {
                Text(a.Language);
                Text(a.Analysis);
            });
            var validation = metadata.Validation;
            Int((int)validation.Status);
            _writer.Write(validation.Date is not null);
            if (validation.Date is { } date)
            {
                _writer.Write(date.DayNumber);
            }

            Texts(validation.Corpora);
            Texts(validation.Figures);
            OptionalText(validation.Note);
        }

        public void Pole(Pole pole)
        {
            Text(pole.Id);
            Text(pole.Label);
            Text(pole.Description);
            Texts(pole.Examples);
        }

        public void Target(TargetRule? target)
        {
            _writer.Write(target is not null);
            if (target is not null)
            {
                Texts(target.Require);
                Texts(target.Forbid);
                Location(target.Location);
            }
        }

        public void Dimension(Dimension dimension)
        {
            Text(dimension.Id);
            Text(dimension.Description);
            Pole(dimension.PoleA);
            Pole(dimension.PoleB);
            _writer.Write(dimension.Neutral is not null);
            if (dimension.Neutral is not null)
            {
                Pole(dimension.Neutral);
            }

            Target(dimension.Target);
            Int((int)dimension.TargetDefault);
        }

        public void Composite(CompositeIndex composite)
        {
            Text(composite.Id);
            Text(composite.Description);
            List(composite.Components, c =>
            {
                Text(c.DimensionId);
                Int(c.Sign);
            });
        }

        public void Actor(Actor actor)
        {
            Text(actor.Id);
            Text(actor.Label);
            Text(actor.Description);
            List(actor.Names, n =>
            {
                Text(n.Language);
                Text(n.Pattern);
                Location(n.Location);
            });
            _writer.Write(actor.Scare is not null);
            if (actor.Scare is { } scare)
            {
                Text(scare.DimensionId);
                Int((int)scare.Side);
                Int(scare.WeightMilli);
                Location(scare.Location);
            }

            Location(actor.Location);
        }

        public void Speech(SpeechCues speech)
        {
            Text(speech.Language);
            Texts(speech.Cues);
            Texts(speech.Openers);
            Int(speech.Window);
            Location(speech.Location);
            _writer.Write(speech.SpeakerAfterCue);
            Texts(speech.Exclusions);
        }

        public void Words(ContextWords words)
        {
            Text(words.Language);
            Texts(words.Words);
            Int(words.Window);
            Location(words.Location);
        }

        public void Scare(ScareMarkers scare)
        {
            Text(scare.Language);
            Texts(scare.Before);
            Texts(scare.After);
            _writer.Write(scare.Quotes);
            Location(scare.Location);
        }

        public void Entry(LexiconEntry entry)
        {
            Text(entry.Language);
            Text(entry.Pattern);
            Text(entry.DimensionId);
            Int((int)entry.Side);
            Int(entry.WeightMilli);
            Text(entry.Note);
            Texts(entry.Examples);
            Texts(entry.Exclusions);
            Location(entry.Location);
            Target(entry.Target);
            Int(entry.TargetDefault is { } targetDefault ? (int)targetDefault : -1);
        }
    }

    private sealed class Reader(Stream input) : IDisposable
    {
        private readonly BinaryReader _reader = new(input, Encoding.UTF8, leaveOpen: true);
        private readonly List<string> _files = [];

        public void Dispose() => _reader.Dispose();

        public string Text() => _reader.ReadString();

        public int Int() => _reader.ReadInt32();

        public bool Flag() => _reader.ReadBoolean();

        public string? OptionalText() => Flag() ? Text() : null;

        public T[] List<T>(Func<T> read)
        {
            var count = Int();
            if (count < 0 || count > input.Length)
            {
                throw new InvalidDataException($"damaged lexicon image: a list of {count} items");
            }

            var items = new T[count];
            for (var i = 0; i < count; i++)
            {
                items[i] = read();
            }

            return items;
        }

        public string[] Texts() => List(Text);

        public SourceLocation Location()
        {
            var number = Int();
            string file;
            if (number < 0)
            {
                file = Text();
                _files.Add(file);
            }
            else if (number < _files.Count)
            {
                file = _files[number];
            }
            else
            {
                throw new InvalidDataException($"damaged lexicon image: file number {number}");
            }

            var line = Int();
            return new SourceLocation(file, line, Int());
        }

        public LexiconMetadata Metadata()
        {
            var id = Text();
            var version = Text();
            var title = Text();
            var description = Text();
            var license = Text();
            var authors = Texts();
            var citation = OptionalText();
            var languages = Texts();
            var analysis = List(() => new LanguageAnalysis(Text(), Text()));
            var status = (LexiconValidationStatus)Checked(Int(), (int)LexiconValidationStatus.Validated, "validation status");
            DateOnly? date = Flag() ? DateOnly.FromDayNumber(Int()) : null;
            var validation = new LexiconValidation(status, date, Texts(), Texts(), OptionalText());
            return new LexiconMetadata(id, version, title, description, license, authors, citation, languages, validation) { Analysis = analysis };
        }

        public Pole Pole()
        {
            var id = Text();
            var label = Text();
            var description = Text();
            return new Pole(id, label, description, Texts());
        }

        public TargetRule? Target()
        {
            if (!Flag())
            {
                return null;
            }

            var require = Texts();
            var forbid = Texts();
            return new TargetRule(require, forbid, Location());
        }

        public Dimension Dimension()
        {
            var id = Text();
            var description = Text();
            var poleA = Pole();
            var poleB = Pole();
            var neutral = Flag() ? Pole() : null;
            var target = Target();
            return new Dimension(id, description, poleA, poleB, neutral, target, (TargetDefault)Checked(Int(), (int)TargetDefault.Ignore, "target default"));
        }

        public CompositeIndex Composite()
        {
            var id = Text();
            var description = Text();
            return new CompositeIndex(id, description, List(() =>
            {
                var dimension = Text();
                return new CompositeComponent(dimension, Int());
            }));
        }

        public Actor Actor()
        {
            var id = Text();
            var label = Text();
            var description = Text();
            var names = List(() =>
            {
                var language = Text();
                var pattern = Text();
                return new ActorName(language, pattern, Location());
            });
            ActorScare? scare = null;
            if (Flag())
            {
                var dimension = Text();
                var side = (PoleSide)Checked(Int(), (int)PoleSide.Neutral, "pole side");
                var weight = Int();
                scare = new ActorScare(dimension, side, weight, Location());
            }

            return new Actor(id, label, description, names, scare, Location());
        }

        public SpeechCues Speech()
        {
            var language = Text();
            var cues = Texts();
            var openers = Texts();
            var window = Int();
            var location = Location();
            var speakerAfterCue = Flag();
            return new SpeechCues(language, cues, openers, window, location, speakerAfterCue) { Exclusions = Texts() };
        }

        public ContextWords Words()
        {
            var language = Text();
            var words = Texts();
            var window = Int();
            return new ContextWords(language, words, window, Location());
        }

        public ScareMarkers Scare()
        {
            var language = Text();
            var before = Texts();
            var after = Texts();
            var quotes = Flag();
            return new ScareMarkers(language, before, after, quotes, Location());
        }

        public LexiconEntry Entry()
        {
            var language = Text();
            var pattern = Text();
            var dimension = Text();
            var side = (PoleSide)Checked(Int(), (int)PoleSide.Neutral, "pole side");
            var weight = Int();
            var note = Text();
            var examples = Texts();
            var exclusions = Texts();
            var location = Location();
            var target = Target();
            var targetDefault = Int();
            return new LexiconEntry(language, pattern, dimension, side, weight, note, examples, exclusions, location, target,
                targetDefault < 0 ? null : (TargetDefault)Checked(targetDefault, (int)TargetDefault.Ignore, "target default"));
        }

        private static int Checked(int value, int highest, string what) =>
            value >= 0 && value <= highest ? value : throw new InvalidDataException($"damaged lexicon image: {value} is not a {what}");
    }
}
