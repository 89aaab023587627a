namespace FormExtract.Core.Model;

/// <summary>
/// A target or an outcome: <c>&gt;=3000人次</c> is (<c>&gt;=</c>, 3000, 人次); a word such as 及时 is qualitative.
/// </summary>
public sealed record Measure(string? Comparator, decimal? Number, string? Unit, string? Qualitative)
{
    public static Measure OfWord(string word) => new(null, null, null, word);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsQuantitative => Number is not null;
}
