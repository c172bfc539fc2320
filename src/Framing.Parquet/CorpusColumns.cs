using Framing.Corpus;
using global::Parquet.Schema;

namespace Framing.Parquet;

/// <summary>
/// Which columns of a Parquet file make a document: the text column, and every other top-level column of single
/// values as a field (the id and group columns among them). Nested columns (lists, structs, maps) and types that
/// cannot be read as text are left out, unless they are the text, id or group column, which is an error.
/// </summary>
internal sealed class CorpusColumns
{
    private CorpusColumns(ColumnDecoder text, ColumnDecoder[] fields, int idIndex, int groupIndex)
    {
        Text = text;
        Fields = fields;
        IdIndex = idIndex;
        GroupIndex = groupIndex;
    }

    /// <summary>The text column.</summary>
    internal ColumnDecoder Text { get; }

    /// <summary>The field columns, in file order.</summary>
    internal ColumnDecoder[] Fields { get; }

    /// <summary>The id column's index in <see cref="Fields"/>, or −1 when the file has none (ids are then locations).</summary>
    internal int IdIndex { get; }

    /// <summary>The group column's index in <see cref="Fields"/>, or −1 when the group field is not required and absent.</summary>
    internal int GroupIndex { get; }

    /// <summary>Resolves the columns of <paramref name="schema"/> for <paramref name="options"/>.</summary>
    /// <exception cref="CorpusException">The text column, or a required group column, is missing or unusable; or the id column is unusable.</exception>
    internal static CorpusColumns Resolve(ParquetSchema schema, CorpusReaderOptions options, string path)
    {
        ColumnDecoder? text = null;
        var fields = new List<ColumnDecoder>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int idIndex = -1, groupIndex = -1;
        foreach (var field in schema.Fields)
        {
            if (!names.Add(field.Name))
            {
                continue; // a repeated name: the first column wins, as a reader of the file by name would see it
            }

            var isText = string.Equals(field.Name, options.TextField, StringComparison.Ordinal);
            var isId = string.Equals(field.Name, options.IdField, StringComparison.Ordinal);
            var isGroup = string.Equals(field.Name, options.GroupField, StringComparison.Ordinal);
            var named = isText || isId || isGroup;
            if (field is not DataField { IsArray: false } data)
            {
                if (named)
                {
                    throw Error(path, ParquetMessages.NotAScalarColumn(field.Name, KindOf(field)));
                }

                continue;
            }

            var decoder = ColumnDecoder.Create(data, out var typeName);
            if (isText)
            {
                text = decoder is { IsText: true } ? decoder : throw Error(path, ParquetMessages.NotAStringColumn(field.Name, typeName), DiagnosticHint.ChooseTextField);
                continue;
            }

            if (decoder is null)
            {
                if (named)
                {
                    throw Error(path, ParquetMessages.UnsupportedColumn(field.Name, typeName));
                }

                continue;
            }

            if (isId)
            {
                idIndex = fields.Count;
            }

            if (isGroup)
            {
                groupIndex = fields.Count;
            }

            fields.Add(decoder);
        }

        var all = schema.Fields.Select(f => f.Name).ToList();
        if (text is null)
        {
            throw Error(path, ParquetMessages.MissingColumn(options.TextField, all));
        }

        if (options.RequireGroupField && groupIndex < 0)
        {
            throw Error(path, ParquetMessages.MissingColumn(options.GroupField, all));
        }

        if (options.RequireIdField && idIndex < 0)
        {
            throw Error(path, ParquetMessages.MissingColumn(options.IdField, all));
        }

        return new CorpusColumns(text, [.. fields], idIndex, options.RequireGroupField ? groupIndex : -1);
    }

    private static string KindOf(Field field) => field.SchemaType switch
    {
        SchemaType.List => "list",
        SchemaType.Map => "map",
        SchemaType.Struct => "struct",
        _ => "repeated column",
    };

    private static CorpusException Error(string path, string message, DiagnosticHint hint = DiagnosticHint.None) =>
        new(new Diagnostic(new DocumentSource(path, 0), message) { Hint = hint });
}
