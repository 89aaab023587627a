namespace FormExtract.Archive.Query;

public enum QueryFormat
{
    /// <summary>Aligned columns for people.</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header row, for scripts and spreadsheets.</summary>
    Csv,
}
