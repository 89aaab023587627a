using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace FormExtract.Pdf;

/// <summary>
/// Finds a page's table rules among its vector paths: stroked horizontal and vertical segments (rectangles
/// included), and filled rectangles thin enough to be a rule, as Chromium and most office suites draw
/// borders. Collinear pieces are snapped to one position and joined where they touch.
/// </summary>
internal sealed class RulingLineExtractor
{
    private readonly PdfReaderOptions _options;

    public RulingLineExtractor(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The rules of a page, in the page coordinates (origin top-left) that toPage maps PDF points to.</summary>
    public IReadOnlyList<RulingLine> Extract(IEnumerable<PdfPath> paths, Func<PdfPoint, PdfPoint> toPage)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var raw = new List<RulingLine>();
        foreach (var path in paths)
        {
            if (path.IsClipping)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsStroked)
                {
                    AddStrokes(subpath, toPage, raw);
                }
                else if (path.IsFilled)
                {
                    AddThinFill(subpath, toPage, raw);
                }
            }
        }

        return Merge(raw);
    }

    /// <summary>Joins collinear rules: positions within the snap tolerance, extents overlapping or touching.</summary>
    public IReadOnlyList<RulingLine> Merge(IReadOnlyList<RulingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var tolerance = _options.SnapTolerance;
        var merged = new List<RulingLine>();
        foreach (var group in lines.Where(l => l.Length >= _options.MinRuleLength).GroupBy(l => l.Horizontal))
        {
            var sorted = group.OrderBy(l => l.Position).ToList();
            var start = 0;
            while (start < sorted.Count)
            {
                // One band of near-equal positions, snapped to their mean.
                var end = start + 1;
                while (end < sorted.Count && sorted[end].Position - sorted[end - 1].Position <= tolerance)
                {
                    end++;
                }

                var band = sorted.GetRange(start, end - start);
                var position = band.Average(l => l.Position);
                RulingLine? current = null;
                foreach (var line in band.OrderBy(l => l.Start))
                {
                    if (current is { } c && line.Start <= c.End + tolerance)
                    {
                        current = c with { End = Math.Max(c.End, line.End) };
                        continue;
                    }

                    if (current is { } done)
                    {
                        merged.Add(done);
                    }

                    current = new RulingLine(group.Key, position, line.Start, line.End);
                }

                merged.Add(current!.Value);
                start = end;
            }
        }

        return merged;
    }

    private void AddStrokes(PdfSubpath subpath, Func<PdfPoint, PdfPoint> toPage, List<RulingLine> lines)
    {
        PdfPoint? first = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    first = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(toPage(line.From), toPage(line.To), lines);
                    current = line.To;
                    break;
                case PdfSubpath.Close when first is { } f && current is { } c:
                    AddSegment(toPage(c), toPage(f), lines);
                    current = f;
                    break;
                default:
                    break;
            }
        }
    }

    private void AddSegment(PdfPoint from, PdfPoint to, List<RulingLine> lines)
    {
        var tolerance = _options.SnapTolerance / 2;
        if (Math.Abs(from.Y - to.Y) <= tolerance)
        {
            lines.Add(new RulingLine(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (Math.Abs(from.X - to.X) <= tolerance)
        {
            lines.Add(new RulingLine(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    private void AddThinFill(PdfSubpath subpath, Func<PdfPoint, PdfPoint> toPage, List<RulingLine> lines)
    {
        if (subpath.GetBoundingRectangle() is not { } box)
        {
            return;
        }

        var (a, b) = (toPage(box.BottomLeft), toPage(box.TopRight));
        var (x0, x1, y0, y1) = (Math.Min(a.X, b.X), Math.Max(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
        var (width, height) = (x1 - x0, y1 - y0);
        if (height <= _options.MaxRuleThickness && width > height)
        {
            lines.Add(new RulingLine(true, (y0 + y1) / 2, x0, x1));
        }
        else if (width <= _options.MaxRuleThickness && height > width)
        {
            lines.Add(new RulingLine(false, (x0 + x1) / 2, y0, y1));
        }
    }
}
