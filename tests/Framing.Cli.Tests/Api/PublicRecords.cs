using System.Reflection;
using System.Text;

namespace Framing.Cli.Tests.Api;

/// <summary>
/// The public records of the library's packages (Framing, Framing.Statistics, Framing.Reports, Framing.Parquet,
/// Framing.Learning), and sample instances of them built by reflection: each constructor argument a fixed value of its
/// type whose text depends on the culture (negative and fractional numbers, a date), lists and dictionaries with one
/// element, nested records built the same way, and other classes (a lexicon, a tally) null.
/// </summary>
internal static class PublicRecords
{
    /// <summary>The assemblies of the library's packages.</summary>
    public static IReadOnlyList<Assembly> Assemblies { get; } =
    [
        typeof(Framing.Lexicons.Lexicon).Assembly,
        typeof(Framing.Verbs.FramingVerbs).Assembly,
        typeof(Framing.Reports.ReportModel).Assembly,
        typeof(Framing.Parquet.ParquetColumn).Assembly,
        typeof(Framing.Learning.ClassifierReport).Assembly,
    ];

    /// <summary>Every public record type (class or struct) of the packages, by name.</summary>
    public static IReadOnlyList<Type> Types { get; } = Assemblies
        .SelectMany(a => a.GetExportedTypes())
        .Where(IsRecord)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Whether a type is a record: the compiler gives records (and only records) <c>PrintMembers</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Whether it is a record.</returns>
    public static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly, [typeof(StringBuilder)]) is { ReturnType: var r } && r == typeof(bool);

    /// <summary>A new sample instance of a record (lists freshly allocated on each call), or null when its constructor
    /// refuses the sample values (negative numbers first, then positive ones).</summary>
    /// <param name="type">The record type.</param>
    /// <returns>The instance, or null.</returns>
    public static object? Sample(Type type) => Build(type, 0, negative: true) ?? Build(type, 0, negative: false);

    private static object? Build(Type type, int depth, bool negative)
    {
        var constructor = type
            .GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == type))
            .OrderByDescending(c => c.IsPublic)
            .ThenByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        if (constructor is null)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        var arguments = constructor.GetParameters().Select(p => Value(p.ParameterType, depth + 1, negative)).ToArray();
        try
        {
            return constructor.Invoke(arguments);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    /// <summary>A sample value of a type.</summary>
    private static object? Value(Type type, int depth, bool negative)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Value(underlying, depth, negative);
        }

        if (type == typeof(string))
        {
            return "txt"; // also a valid language code (a LanguageProfile's Code is 2 or 3 lower-case letters)
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.Length > 1 ? values.GetValue(1) : Activator.CreateInstance(type);
        }

        object? scalar = Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => true,
            TypeCode.Int32 => negative ? -1234 : 1234,
            TypeCode.Int64 => negative ? -1234567L : 1234567L,
            TypeCode.UInt64 => 12345UL,
            TypeCode.Double => negative ? -1234.5 : 1234.5,
            TypeCode.Single => negative ? -0.25f : 0.25f,
            TypeCode.Decimal => negative ? -1.5m : 1.5m,
            _ => null,
        };
        if (scalar is not null)
        {
            return scalar;
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2026, 12, 4);
        }

        if (type == typeof(Framing.Text.TextNormalizer))
        {
            return Framing.Text.LanguageRegistry.Default.Get("en").Normalizer; // an abstract class (a language profile refuses null)
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Value(type.GetElementType()!, depth, negative), 0);
            return array;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IList<>))
            {
                return Value(arguments[0].MakeArrayType(), depth, negative);
            }

            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>))
            {
                var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
                dictionary.Add(Value(arguments[0], depth, negative)!, Value(arguments[1], depth, negative));
                return dictionary;
            }

            if (definition == typeof(KeyValuePair<,>) || type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
            {
                return Activator.CreateInstance(type, arguments.Select(a => Value(a, depth, negative)).ToArray());
            }
        }

        if (IsRecord(type) && depth < 4)
        {
            return Build(type, depth, negative);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }
}
