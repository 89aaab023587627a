namespace FormExtract.Office.Sheets;

/// <summary>What is left to read of one workbook (<see cref="OfficeReaderOptions.MaxRows"/>, <see cref="OfficeReaderOptions.MaxCells"/>), spent sheet by sheet.</summary>
internal sealed class ReadBudget(int rows, int cells)
{
    public int Rows { get; private set; } = rows;

    public int Cells { get; private set; } = cells;

    public bool IsSpent => Rows <= 0 || Cells <= 0;

    public void SpendRow() => Rows--;

    public void SpendCell() => Cells--;
}
