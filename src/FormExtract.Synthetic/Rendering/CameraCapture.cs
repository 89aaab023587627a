using System.Globalization;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// ImageMagick's arguments that turn a flat page raster into what a phone makes of the printed page: one
/// convert call per page, so that a busy machine does not time out on a chain of them.
/// </summary>
internal static class CameraCapture
{
    /// <summary>The arguments after the input file; <paramref name="seed"/> fixes every random choice and the noise.</summary>
    public static IReadOnlyList<string> Arguments(string page, int seed)
    {
        var (width, height) = PngSize(page);
        var random = new Random(seed);
        var c = CultureInfo.InvariantCulture;
        // The page held not quite square to the lens: each corner moved inwards by 10–45 px, and the whole turned
        // by up to 1.5°, both in one projective distortion (a second resampling would blur more than a phone does).
        var angle = (random.NextDouble() - 0.5) * 3 * Math.PI / 180;
        var (cx, cy) = (width / 2.0, height / 2.0);
        (double X, double Y)[] corners = [(0, 0), (width, 0), (width, height), (0, height)];
        var pairs = corners.Select(corner =>
        {
            var (dx, dy) = (10 + random.Next(36), 10 + random.Next(36));
            var x = corner.X == 0 ? corner.X + dx : corner.X - dx;
            var y = corner.Y == 0 ? corner.Y + dy : corner.Y - dy;
            var (rx, ry) = (cx + ((x - cx) * Math.Cos(angle)) - ((y - cy) * Math.Sin(angle)), cy + ((x - cx) * Math.Sin(angle)) + ((y - cy) * Math.Cos(angle)));
            return string.Format(c, "{0},{1} {2:0.0},{3:0.0}", corner.X, corner.Y, rx, ry);
        });
        // Light from one side: the paper from 92% at the lit corner down to 62% at the opposite one.
        var lit = random.Next(4);
        var (from, to) = (corners[lit], corners[(lit + 2) % 4]);
        var gradient = string.Format(c, "{0},{1} gray(92%) {2},{3} gray(62%)", from.X, from.Y, to.X, to.Y);
        var blur = string.Format(c, "0x{0:0.0}+{1}", 0.8 + (random.NextDouble() * 0.6), random.Next(180));
        return
        [
            "-seed", seed.ToString(c), "-background", "white", "-virtual-pixel", "white", "-filter", "point",
            "-distort", "Perspective", string.Join(' ', pairs),
            "(", "+clone", "-sparse-color", "Barycentric", gradient, ")", "-compose", "multiply", "-composite",
            "-motion-blur", blur, "-attenuate", "0.5", "+noise", "Gaussian",
            "-colorspace", "Gray", "-quality", "60",
        ];
    }

    /// <summary>The width and height from a PNG's header (pdftoppm's output), read without decoding the image.</summary>
    private static (int Width, int Height) PngSize(string path)
    {
        Span<byte> header = stackalloc byte[24];
        using var stream = File.OpenRead(path);
        stream.ReadExactly(header);
        static int BigEndian(ReadOnlySpan<byte> b) => (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
        return (BigEndian(header[16..20]), BigEndian(header[20..24]));
    }
}
