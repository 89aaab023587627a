namespace FormExtract.Archive.Schema;

/// <summary>
/// What a column holds, named after PostgreSQL's types; SQLite stores each by its affinity (a numeric as
/// NUMERIC, a flag as 0/1, JSON as text).
/// </summary>
public enum ColumnKind
{
    Text,
    Int4,
    BigInt,
    Numeric,
    Float8,
    Flag,
    Json,
}
