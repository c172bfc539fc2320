namespace Framing.Parquet;

/// <summary>The types of the columns <see cref="ParquetTableWriter"/> writes; every column is optional (may hold nulls).</summary>
public enum ParquetColumnType
{
    /// <summary>UTF-8 text (Parquet <c>BYTE_ARRAY</c> with the <c>STRING</c> logical type); cells are <see cref="string"/>.</summary>
    String = 0,

    /// <summary>64-bit integers (Parquet <c>INT64</c>); cells are <see cref="long"/> or <see cref="int"/>.</summary>
    Int64 = 1,

    /// <summary>Double-precision numbers (Parquet <c>DOUBLE</c>); cells are <see cref="double"/>, or integers and decimals, converted.</summary>
    Double = 2,

    /// <summary>Booleans (Parquet <c>BOOLEAN</c>); cells are <see cref="bool"/>.</summary>
    Boolean = 3,
}
