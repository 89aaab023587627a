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

    /// <summary>The rules of a page, in points from the top-left corner at (left, top) in PDF space.</summary>
    public IReadOnlyList<RulingLine> Extract(IEnumerable<PdfPath> paths, double left, double top)
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
                    AddStrokes(subpath, left, top, raw);
                }
                else if (path.IsFilled)
                {
                    AddThinFill(subpath, left, top, raw);
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

    private void AddStrokes(PdfSubpath subpath, double left, double top, List<RulingLine> lines)
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
                    AddSegment(line.From, line.To, left, top, lines);
                    current = line.To;
                    break;
                case PdfSubpath.Close when first is { } f && current is { } c:
                    AddSegment(c, f, left, top, lines);
                    current = f;
                    break;
                default:
                    break;
            }
        }
    }

    private void AddSegment(PdfPoint from, PdfPoint to, double left, double top, List<RulingLine> lines)
    {
        var tolerance = _options.SnapTolerance / 2;
        if (Math.Abs(from.Y - to.Y) <= tolerance)
        {
            lines.Add(new RulingLine(true, top - (from.Y + to.Y) / 2, Math.Min(from.X, to.X) - left, Math.Max(from.X, to.X) - left));
        }
        else if (Math.Abs(from.X - to.X) <= tolerance)
        {
            lines.Add(new RulingLine(false, (from.X + to.X) / 2 - left, top - Math.Max(from.Y, to.Y), top - Math.Min(from.Y, to.Y)));
        }
    }

    private void AddThinFill(PdfSubpath subpath, double left, double top, List<RulingLine> lines)
    {
        if (subpath.GetBoundingRectangle() is not { } box)
        {
            return;
        }

        var width = box.Right - box.Left;
        var height = box.Top - box.Bottom;
        var y0 = top - box.Top;
        var y1 = top - box.Bottom;
        if (height <= _options.MaxRuleThickness && width > height)
        {
            lines.Add(new RulingLine(true, (y0 + y1) / 2, box.Left - left, box.Right - left));
        }
        else if (width <= _options.MaxRuleThickness && height > width)
        {
            lines.Add(new RulingLine(false, (box.Left + box.Right) / 2 - left, y0, y1));
        }
    }
}
