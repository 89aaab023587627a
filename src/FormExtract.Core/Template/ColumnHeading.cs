using FormExtract.Core.Normalization;

namespace FormExtract.Core.Template;

/// <summary>A column heading of some layout: as printed, as a key (<see cref="LabelKey"/>), and the column it names.</summary>
public sealed record ColumnHeading(string Spelling, string Key, string Column)
{
    /// <summary>The heading of <paramref name="column"/>; a heading without one names a column of its own.</summary>
    public static ColumnHeading Of(string word, string? column)
    {
        var spelling = TextNormalizer.Compact(word);
        var key = LabelKey.Of(word);
        return new ColumnHeading(spelling, key, column ?? key);
    }

    /// <summary>The column name of an indicator table's column, as <see cref="Column"/> gives it.</summary>
    public static string IndicatorColumnName(IndicatorColumn role) => $"indicator {role}";

    /// <summary>The column name of a funding table's column, as <see cref="Column"/> gives it.</summary>
    public static string FundingColumnName(FundingColumn role) => $"funding {role}";
}
