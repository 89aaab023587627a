using System.Globalization;
using System.Text;

namespace FormExtract.Office.Sheets;

/// <summary>A cell's place on a sheet, counted from 0, read from and written as an A1 reference (<c>D7</c>).</summary>
internal readonly record struct CellAddress(int Row, int Column)
{
    /// <summary>The address an A1 reference names (<c>$D$7</c> too), or null when it names none.</summary>
    public static CellAddress? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        int i = 0, column = 0, row = 0;
        i += reference[i] == '$' ? 1 : 0;
        var letters = i;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i - letters < 3)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        if (i == letters)
        {
            return null;
        }

        i += i < reference.Length && reference[i] == '$' ? 1 : 0;
        var digits = i;
        while (i < reference.Length && char.IsAsciiDigit(reference[i]) && i - digits < 7)
        {
            row = (row * 10) + (reference[i] - '0');
            i++;
        }

        return i == digits || i != reference.Length || row == 0 ? null : new CellAddress(row - 1, column - 1);
    }

    /// <summary>The columns' letters: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    public override string ToString() => ColumnName(Column) + (Row + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The reference of this cell on a sheet, as Excel writes one: <c>Sheet1!D7</c>, <c>'My sheet'!D7</c>.</summary>
    public string On(string sheet)
    {
        var plain = sheet.Length > 0 && !char.IsAsciiDigit(sheet[0]) && sheet.All(c => char.IsLetterOrDigit(c) || c is '_' or '.');
        return (plain ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'") + "!" + ToString();
    }
}
