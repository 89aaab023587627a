namespace FormExtract.Ocr;

/// <summary>
/// A 1 bpp raster copied out of Leptonica (rows of 32-bit words, leftmost pixel in the high bit, ink = 1),
/// so that rule finding and ink measuring run in managed code without a native call per pixel.
/// </summary>
internal sealed class BinaryImage
{
    private readonly uint[] _words;
    private readonly int _wordsPerLine;

    public BinaryImage(uint[] words, int wordsPerLine, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfLessThan(words.Length, wordsPerLine * height);
        _words = words;
        _wordsPerLine = wordsPerLine;
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    public bool IsInk(int x, int y) => ((_words[(y * _wordsPerLine) + (x >> 5)] >> (31 - (x & 31))) & 1) != 0;

    /// <summary>The ink pixels inside the rectangle [x0, x1) × [y0, y1), clipped to the image.</summary>
    public (int Count, int Left, int Top, int Right, int Bottom) Ink(int x0, int y0, int x1, int y1)
    {
        (x0, y0) = (Math.Max(0, x0), Math.Max(0, y0));
        (x1, y1) = (Math.Min(Width, x1), Math.Min(Height, y1));
        int count = 0, left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                if (IsInk(x, y))
                {
                    count++;
                    (left, right) = (Math.Min(left, x), Math.Max(right, x));
                    (top, bottom) = (Math.Min(top, y), Math.Max(bottom, y));
                }
            }
        }

        return (count, left, top, right + 1, bottom + 1);
    }

    /// <summary>Ink pixels per row between x0 and x1, for finding text lines.</summary>
    public int[] RowProfile(int x0, int x1, int y0, int y1)
    {
        var profile = new int[Math.Max(0, y1 - y0)];
        for (var y = y0; y < y1; y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
            {
                if (IsInk(x, y))
                {
                    profile[y - y0]++;
                }
            }
        }

        return profile;
    }
}
