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

    /// <summary>
    /// The connected pieces of ink (8-connected) inside the rectangle [x0, x1) × [y0, y1), clipped to the image,
    /// each by its bounding box and its number of pixels, in the order their first pixel is met row by row.
    /// </summary>
    public List<InkPiece> Pieces(int x0, int y0, int x1, int y1)
    {
        (x0, y0) = (Math.Max(0, x0), Math.Max(0, y0));
        (x1, y1) = (Math.Min(Width, x1), Math.Min(Height, y1));
        var (width, height) = (x1 - x0, y1 - y0);
        var pieces = new List<InkPiece>();
        if (width <= 0 || height <= 0)
        {
            return pieces;
        }

        var seen = new bool[width * height];
        var stack = new Stack<(int X, int Y)>();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (seen[(y * width) + x] || !IsInk(x0 + x, y0 + y))
                {
                    continue;
                }

                var (left, top, right, bottom, size) = (x, y, x, y, 0);
                seen[(y * width) + x] = true;
                stack.Push((x, y));
                while (stack.TryPop(out var p))
                {
                    size++;
                    (left, right) = (Math.Min(left, p.X), Math.Max(right, p.X));
                    (top, bottom) = (Math.Min(top, p.Y), Math.Max(bottom, p.Y));
                    for (var dy = -1; dy <= 1; dy++)
                    {
                        for (var dx = -1; dx <= 1; dx++)
                        {
                            var (nx, ny) = (p.X + dx, p.Y + dy);
                            if (nx >= 0 && ny >= 0 && nx < width && ny < height && !seen[(ny * width) + nx] && IsInk(x0 + nx, y0 + ny))
                            {
                                seen[(ny * width) + nx] = true;
                                stack.Push((nx, ny));
                            }
                        }
                    }
                }

                pieces.Add(new InkPiece(x0 + left, y0 + top, x0 + right + 1, y0 + bottom + 1, size));
            }
        }

        return pieces;
    }

    /// <summary>Whether column <paramref name="x"/> holds ink between rows <paramref name="y0"/> and <paramref name="y1"/>.</summary>
    public bool ColumnInked(int x, int y0, int y1)
    {
        for (var y = y0; y < y1; y++)
        {
            if (IsInk(x, y))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The columns of the first glyph in [x0, x1) × [y0, y1): the first run of columns with ink, up to a blank column;
    /// null where no run ends before <paramref name="x1"/>.
    /// </summary>
    public (int Left, int Right)? FirstGlyph(int x0, int y0, int x1, int y1)
    {
        var left = -1;
        for (var x = x0; x < x1; x++)
        {
            var inked = ColumnInked(x, y0, y1);
            if (inked && left < 0)
            {
                left = x;
            }
            else if (!inked && left >= 0)
            {
                return (left, x);
            }
        }

        return null;
    }

    /// <summary>
    /// How many glyphs a line of ink in [x0, x1) × [y0, y1) holds: runs of inked columns with a blank column between
    /// them. A figure's digits stand apart at the sizes forms print them.
    /// </summary>
    public int Glyphs(int x0, int y0, int x1, int y1)
    {
        var (glyphs, inRun) = (0, false);
        for (var x = x0; x < x1; x++)
        {
            var inked = ColumnInked(x, y0, y1);
            glyphs += inked && !inRun ? 1 : 0;
            inRun = inked;
        }

        return glyphs;
    }

    /// <summary>
    /// How many ideographs a line of them in [x0, x1) × [y0, y1) holds, each at most <paramref name="widest"/> wide:
    /// runs of inked columns put together from the left while they fit in that width, as an ideograph of two parts
    /// side by side (月 and 艮 of 服) has a blank column between them, and two ideographs are set wider apart.
    /// </summary>
    public int Ideographs(int x0, int y0, int x1, int y1, double widest)
    {
        var (ideographs, start, runStart) = (0, 0, -1);
        for (var x = x0; x <= x1; x++)
        {
            var inked = x < x1 && ColumnInked(x, y0, y1);
            if (inked && runStart < 0)
            {
                runStart = x;
            }
            else if (!inked && runStart >= 0)
            {
                // The run [runStart, x) joins the ideograph begun at start where both fit in its width.
                if (ideographs == 0 || x - start > widest)
                {
                    (ideographs, start) = (ideographs + 1, runStart);
                }

                runStart = -1;
            }
        }

        return ideographs;
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

/// <summary>One connected piece of ink: its bounding box [Left, Right) × [Top, Bottom) and its number of pixels.</summary>
internal sealed record InkPiece(int Left, int Top, int Right, int Bottom, int Size)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;
}
