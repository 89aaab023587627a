namespace FormExtract.Ocr;

/// <summary>
/// The filled star (★) that marks a core indicator before its name (绩效目标自评表). The Chinese model has no such
/// character and reads one it has (妈, 女, 人, 玄), so the star is told by its shape: a solid glyph about as wide
/// as tall, a point at the top that widens down to the arms, the arms across almost its whole width, a solid
/// body under them, and two legs apart at the bottom, each in its own half (in at least half the bottom rows: at
/// 150 dpi a leg's last row is a lone pixel, and a black-and-white page's fat legs reach the middle). 大 has the
/// point, the arms and the legs, but its strokes are thin and part right under the arms.
/// </summary>
internal sealed class StarMark
{
    public const string Mark = "★";

    private readonly BinaryImage _image;

    public StarMark(BinaryImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        _image = image;
    }

    /// <summary>
    /// Where the star that starts the line of ink between <paramref name="top"/> and <paramref name="bottom"/>
    /// ends (its right edge), looking from <paramref name="x0"/> to <paramref name="x1"/>; null when the line
    /// starts with anything else.
    /// </summary>
    public int? Leading(int x0, int top, int x1, int bottom)
    {
        if (_image.FirstGlyph(x0, top, x1, bottom) is not var (left, right))
        {
            return null;
        }

        var ink = _image.Ink(left, top, right, bottom);
        var (width, height) = (right - left, ink.Bottom - ink.Top);
        if (width < 6 || height < 6 || width < height * 0.8 || width > height * 1.35 || ink.Count < width * height * 0.28)
        {
            return null;
        }

        var rows = Enumerable.Range(ink.Top, height).Select(y => Runs(left, right, y)).ToArray();
        List<(int Start, int End)>[] Band(double from, double to) => rows[(int)(from * height)..(int)Math.Ceiling(to * height)];
        var tip = Band(0.05, 0.3);
        var arms = Band(0.3, 0.5);
        var body = Band(0.5, 0.65);
        var legs = Band(0.88, 1);
        // The point's first rows may be a pixel wide (no run); it never splits.
        var isStar = tip.All(r => r.Count <= 1)
            && Band(0.15, 0.3).Average(r => r.Count == 1 ? Width(r[0]) : 0) >= width * 0.12
            && arms.Any(r => r.Count == 1 && Width(r[0]) >= width * 0.85)
            && body.All(r => r.Count == 1 && Width(r[0]) >= width * 0.3)
            && legs.Count(r => r.Count == 2 && r[0].End - left <= width / 2 && right - r[1].Start <= width / 2) * 2 >= legs.Length;
        return isStar ? right : null;
    }

    private static int Width((int Start, int End) run) => run.End - run.Start;

    /// <summary>The runs of ink along row <paramref name="y"/>, a lone pixel of noise not counted.</summary>
    private List<(int Start, int End)> Runs(int left, int right, int y)
    {
        var runs = new List<(int Start, int End)>();
        var start = -1;
        for (var x = left; x <= right; x++)
        {
            var inked = x < right && _image.IsInk(x, y);
            if (inked && start < 0)
            {
                start = x;
            }
            else if (!inked && start >= 0)
            {
                if (x - start > 1)
                {
                    runs.Add((start, x));
                }

                start = -1;
            }
        }

        return runs;
    }
}
