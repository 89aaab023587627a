namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// How a form is dressed as a Word document or a workbook, after what archives hold: the title above the table
/// or in its first rows; headings broken over paragraphs (Word) or lines (Excel); text cut into several runs, as
/// Word saves edited text; a table continued on the next page as a second table; one sheet per form or all forms
/// stacked on one; figures stored as numbers with a number format, as text, or either; doubles written with
/// 17 digits (3289878.2200000002), as Excel writes them; strings inline or shared; long cells set to wrap.
/// </summary>
public sealed record OfficeStyle(
    string Name,
    bool TitleInTable = false,
    bool BrokenHeadings = false,
    bool SplitRuns = false,
    bool ContinuedTable = false,
    bool SheetPerForm = true,
    OfficeNumbers Numbers = OfficeNumbers.Numbers,
    bool LongDoubles = false,
    bool InlineStrings = false)
{
    public string Name { get; init; } = !string.IsNullOrWhiteSpace(Name) ? Name : throw new ArgumentException("A style has a name.", nameof(Name));

    public static IReadOnlyList<OfficeStyle> Standard { get; } =
    [
        new("plain"),
        new("word", TitleInTable: true, BrokenHeadings: true, SplitRuns: true, SheetPerForm: false, Numbers: OfficeNumbers.Text),
        new("continued", ContinuedTable: true, Numbers: OfficeNumbers.Mixed, LongDoubles: true, InlineStrings: true),
        new("stacked", BrokenHeadings: true, SplitRuns: true, ContinuedTable: true, SheetPerForm: false, LongDoubles: true),
    ];
}
