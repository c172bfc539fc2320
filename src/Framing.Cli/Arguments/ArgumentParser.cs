namespace Framing.Cli.Arguments;

/// <summary>
/// Parses a command's arguments: <c>--name value</c>, <c>--name=value</c>, <c>-x value</c>, flags, positional
/// arguments, and <c>--</c> to end options. Every mistake is a <see cref="UsageException"/> with one clear line.
/// </summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(CommandSpec spec, IReadOnlyList<string> args)
    {
        var result = new ParsedArguments(spec);
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                if (arg.Length == 0)
                {
                    var position = Math.Min(result.Positionals.Count, spec.Positionals.Length - 1);
                    throw new UsageException(position >= 0
                        ? $"<{spec.Positionals[position].Name}> must not be empty (see 'framing {spec.Name} --help')"
                        : $"unexpected empty argument for 'framing {spec.Name}'");
                }

                result.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (arg is "-h" or "--help")
            {
                result.HelpRequested = true;
                continue;
            }

            string name;
            string? inline = null;
            OptionSpec? option;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }

                option = Array.Find(spec.Options, o => string.Equals(o.Name, name, StringComparison.Ordinal));
            }
            else
            {
                name = arg[1..];
                option = name.Length == 1 ? Array.Find(spec.Options, o => o.Short == name[0]) : null;
            }

            if (option is null)
            {
                throw new UsageException($"unknown option '{arg}' for 'framing {spec.Name}' (see 'framing {spec.Name} --help')");
            }

            if (option.IsFlag)
            {
                if (inline is not null)
                {
                    throw new UsageException($"option --{option.Name} takes no value");
                }

                result.SetFlag(option);
                continue;
            }

            var value = inline;
            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"option --{option.Name} needs a value ({option.ValueName})");
                }

                value = args[++i];
            }

            // No option takes an empty value: an empty path, lexicon, field or number is always a mistake (often an
            // unset shell variable), and would otherwise reach the library as an argument error.
            if (value.Length == 0)
            {
                throw new UsageException($"option --{option.Name} needs a non-empty value ({option.ValueName})");
            }

            if (option.Allowed is { } allowed)
            {
                // A choice in any case (CSV, Editorial, OUTLETS) is that choice, for every option alike.
                var index = Array.FindIndex(allowed, a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
                value = index >= 0 ? allowed[index] : throw new UsageException($"invalid value '{value}' for --{option.Name}: expected one of {string.Join(", ", allowed)}");
            }

            if (!option.Repeatable && result.IsGiven(option))
            {
                throw new UsageException($"option --{option.Name} is given more than once");
            }

            result.AddValue(option, value);
        }

        if (!result.HelpRequested)
        {
            var required = 0;
            foreach (var positional in spec.Positionals)
            {
                required += positional.Required ? 1 : 0; // a loop, not Array.FindAll: no generic code over tuples to compile at start
            }

            if (result.Positionals.Count < required)
            {
                throw new UsageException($"'framing {spec.Name}' needs <{spec.Positionals[result.Positionals.Count].Name}> (see 'framing {spec.Name} --help')");
            }

            if (!spec.Variadic && result.Positionals.Count > spec.Positionals.Length)
            {
                throw new UsageException($"unexpected argument '{result.Positionals[spec.Positionals.Length]}' for 'framing {spec.Name}'");
            }
        }

        return result;
    }
}
