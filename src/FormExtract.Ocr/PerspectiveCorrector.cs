using FormExtract.Ocr.Interop;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Undoes the keystone of a photographed page: a phone held not quite square to the paper makes the table's
/// outer frame a quadrilateral whose edges are not parallel, so no rotation lines up all its rules. The frame's
/// four corners are found among the rules' long runs of ink, and when they stand off a rectangle by more than
/// a scan's wobble the page is warped (a projective transform) so that they make one. A flat page is left as
/// it is: its reading, and its speed, do not change.
/// </summary>
internal static class PerspectiveCorrector
{
    /// <summary>Corners within this (inches) of a rectangle are a flat page: a scanner's residual tilt and blur stay under it.</summary>
    private const double FlatInches = 0.015;

    /// <summary>A frame must be at least this wide and tall (inches) to be trusted with the page's geometry.</summary>
    private const double MinFrameInches = 2;

    /// <summary>A warp that loses more of the rules' length than this tilted them rather than squaring them (see <see cref="KeepsRules"/>).</summary>
    private const double MinRuleLengthKept = 0.9;

    /// <summary>Runs of ink this long (inches) or longer belong to rules, not to letters.</summary>
    private const double RuleRunInches = 0.25;

    /// <summary>
    /// The page warped square when its table is keystoned (a new image, and the largest corner shift in pixels),
    /// else null; and the length of the page's rules, which the warped page must keep (<see cref="KeepsRules"/>).
    /// <paramref name="binary"/> is the page binarised, <paramref name="gray"/> what is warped.
    /// </summary>
    public static (PixHandle? Warped, double Shift, double RuleLength) Straighten(PixHandle gray, BinaryImage binary, double dpi, OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(gray);
        ArgumentNullException.ThrowIfNull(binary);
        var lines = new RuleDetector(options).Detect(binary, dpi);
        var ruleLength = lines.Sum(l => l.Length);
        if (Corners(binary, lines, dpi, options) is not { } corners)
        {
            return (null, 0, ruleLength);
        }

        var target = Rectangle(corners);
        var shift = corners.Zip(target, (a, b) => Math.Max(Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y))).Max();
        if (shift < FlatInches * dpi)
        {
            return (null, shift, ruleLength);
        }

        return (Leptonica.Projective(gray, corners, target), shift, ruleLength);
    }

    /// <summary>
    /// Whether the page warped square keeps its rules: their length found on it is at least
    /// <see cref="MinRuleLengthKept"/> of <paramref name="ruleLength"/>, theirs on the page before. A corner found off the frame (the end of a
    /// rule broken at a low resolution, taken for the frame's corner) makes a square page's warp tilt its
    /// rules, which the detector then drops as solid blocks: the two 150 dpi scans whose warp went wrong kept
    /// 34% and 37% of their rules' length. A real keystone is mild enough that its rules are found before the
    /// warp as after it (the held-out phone captures keep 99.4–100.5%).
    /// </summary>
    public static bool KeepsRules(double ruleLength, BinaryImage warped, double dpi, OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(warped);
        return new RuleDetector(options).Detect(warped, dpi).Sum(l => l.Length) >= MinRuleLengthKept * ruleLength;
    }

    /// <summary>
    /// The outer corners of the largest ruled table (top left, top right, bottom right, bottom left), or null
    /// when the page has none large enough. Each corner is the end of a rule's run furthest out along its
    /// diagonal, which holds for a frame turned or keystoned by a few degrees.
    /// </summary>
    internal static (double X, double Y)[]? Corners(BinaryImage binary, double dpi, OcrOptions options) =>
        Corners(binary, new RuleDetector(options).Detect(binary, dpi), dpi, options);

    /// <summary>The corners, as above, of the largest table the page's <paramref name="lines"/> make.</summary>
    private static (double X, double Y)[]? Corners(BinaryImage binary, IReadOnlyList<RulingLine> lines, double dpi, OcrOptions options)
    {
        var snap = Math.Max(2, options.SnapInches * dpi);
        var component = RuleComponents.Group(lines, snap * 1.5)
            .Where(c => c.Count(l => l.Horizontal) >= 2 && c.Count(l => !l.Horizontal) >= 2)
            .Select(c => (Lines: c, Box: Bounds(c)))
            .Where(c => c.Box.X1 - c.Box.X0 >= MinFrameInches * dpi && c.Box.Y1 - c.Box.Y0 >= MinFrameInches * dpi)
            .OrderByDescending(c => (c.Box.X1 - c.Box.X0) * (c.Box.Y1 - c.Box.Y0))
            .FirstOrDefault();
        if (component.Lines is null)
        {
            return null;
        }

        var margin = (int)(0.1 * dpi);
        var (x0, y0) = (Math.Max(0, (int)component.Box.X0 - margin), Math.Max(0, (int)component.Box.Y0 - margin));
        var (x1, y1) = (Math.Min(binary.Width, (int)component.Box.X1 + margin), Math.Min(binary.Height, (int)component.Box.Y1 + margin));
        var length = Math.Max(10, (int)(RuleRunInches * dpi));
        var gap = Math.Max(2, (int)(options.RuleGapInches * dpi));
        var best = new (double X, double Y)[4];
        var score = new[] { double.MaxValue, double.MaxValue, double.MaxValue, double.MaxValue };
        void Consider(double x, double y)
        {
            // Furthest out along each diagonal: top left has the least x + y, top right the least y - x, and so on.
            ReadOnlySpan<double> along = [x + y, y - x, -(x + y), x - y];
            for (var k = 0; k < 4; k++)
            {
                if (along[k] < score[k])
                {
                    (score[k], best[k]) = (along[k], (x, y));
                }
            }
        }

        foreach (var (line, start, end) in Runs(binary, x0, y0, x1, y1, horizontal: true, length, gap))
        {
            Consider(start, line);
            Consider(end, line);
        }

        foreach (var (line, start, end) in Runs(binary, x0, y0, x1, y1, horizontal: false, length, gap))
        {
            Consider(line, start);
            Consider(line, end);
        }

        return score.Any(s => s == double.MaxValue) ? null : best;
    }

    /// <summary>The axis-aligned rectangle the corners should make: each side where its two corners lie on average.</summary>
    private static (double X, double Y)[] Rectangle((double X, double Y)[] c)
    {
        var (left, right) = ((c[0].X + c[3].X) / 2, (c[1].X + c[2].X) / 2);
        var (top, bottom) = ((c[0].Y + c[1].Y) / 2, (c[2].Y + c[3].Y) / 2);
        return [(left, top), (right, top), (right, bottom), (left, bottom)];
    }

    private static (double X0, double Y0, double X1, double Y1) Bounds(IReadOnlyList<RulingLine> lines)
    {
        var xs = lines.SelectMany(l => l.Horizontal ? new[] { l.Start, l.End } : [l.Position]).ToArray();
        var ys = lines.SelectMany(l => l.Horizontal ? new[] { l.Position } : [l.Start, l.End]).ToArray();
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    /// <summary>Runs of ink at least <paramref name="length"/> long along the rows (or columns) of a rectangle, breaks up to <paramref name="gap"/> bridged.</summary>
    private static IEnumerable<(int Line, int Start, int End)> Runs(BinaryImage image, int x0, int y0, int x1, int y1, bool horizontal, int length, int gap)
    {
        var (lineFrom, lineTo, from, to) = horizontal ? (y0, y1, x0, x1) : (x0, x1, y0, y1);
        for (var line = lineFrom; line < lineTo; line++)
        {
            int start = -1, lastInk = -1;
            for (var i = from; i <= to; i++)
            {
                var ink = i < to && (horizontal ? image.IsInk(i, line) : image.IsInk(line, i));
                if (ink)
                {
                    start = start < 0 ? i : start;
                    lastInk = i;
                }
                else if (start >= 0 && (i == to || i - lastInk > gap))
                {
                    if (lastInk + 1 - start >= length)
                    {
                        yield return (line, start, lastInk + 1);
                    }

                    start = -1;
                }
            }
        }
    }
}
