namespace FormExtract.Ocr.Tests.Support;

/// <summary>A binarised image written as rows of text, '#' for ink: pixels dumped from a prepared page, kept readable in a test.</summary>
internal static class InkRows
{
    public static BinaryImage Image(string[] rows)
    {
        var width = rows.Max(r => r.Length);
        var wordsPerLine = (width + 31) / 32;
        var words = new uint[wordsPerLine * rows.Length];
        for (var y = 0; y < rows.Length; y++)
        {
            for (var x = 0; x < rows[y].Length; x++)
            {
                if (rows[y][x] == '#')
                {
                    words[(y * wordsPerLine) + (x >> 5)] |= 1u << (31 - (x & 31));
                }
            }
        }

        return new BinaryImage(words, wordsPerLine, width, rows.Length);
    }
}
