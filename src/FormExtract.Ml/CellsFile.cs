using System.Globalization;
using FormExtract.Core.Confidence;

namespace FormExtract.Ml;

/// <summary>
/// The cells file: one cell per line, tab-separated, its features in <see cref="CellFeatures.Names"/> order. Files
/// of earlier versions (19 features, every cell recognised by OCR; 21 features, before <c>categorised</c>; 22,
/// before the words features; 25, before the page's resolution; 27, before <c>disputed</c>) still load: their cells take this version's features
/// (<see cref="CellFeatures.FromEarlierVersion"/>), so the text read for an earlier model trains the next printed part.
/// </summary>
public static class CellsFile
{
    public static string Header => HeaderOf(CellFeatures.Count);

    /// <summary>The header of a first-version file.</summary>
    public static string FirstVersionHeader => HeaderOf(CellFeatures.FirstVersionCount);

    /// <summary>The header of a second-version file.</summary>
    public static string SecondVersionHeader => HeaderOf(CellFeatures.SecondVersionCount);

    /// <summary>The header of a third-version file (before the words features).</summary>
    public static string ThirdVersionHeader => HeaderOf(CellFeatures.ThirdVersionCount);

    /// <summary>The header of a fourth-version file (before the page's resolution and black and white).</summary>
    public static string FourthVersionHeader => HeaderOf(CellFeatures.FourthVersionCount);

    /// <summary>The header of a fifth-version file (before <c>disputed</c>).</summary>
    public static string FifthVersionHeader => HeaderOf(CellFeatures.FifthVersionCount);

    private static string HeaderOf(int count) => string.Join('\t', ["file", "form", "path", "right", .. CellFeatures.Names.Take(count)]);

    public static string Line(string file, int form, string path, bool right, IEnumerable<float> features) =>
        string.Join('\t', [file, form.ToString(CultureInfo.InvariantCulture), path, right ? "1" : "0", .. features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))]);

    public static IReadOnlyList<LabelledCell> Read(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int? count = lines.Count == 0 ? null
            : lines[0] == Header ? CellFeatures.Count
            : lines[0] == FifthVersionHeader ? CellFeatures.FifthVersionCount
            : lines[0] == FourthVersionHeader ? CellFeatures.FourthVersionCount
            : lines[0] == ThirdVersionHeader ? CellFeatures.ThirdVersionCount
            : lines[0] == SecondVersionHeader ? CellFeatures.SecondVersionCount
            : lines[0] == FirstVersionHeader ? CellFeatures.FirstVersionCount
            : null;
        if (count is not { } size)
        {
            throw new InvalidDataException("not a cells file of this version (its header names other features); write it again with 'confidence cells'.");
        }

        return [.. Cells(lines, size)];
    }

    private static IEnumerable<LabelledCell> Cells(IReadOnlyList<string> lines, int count)
    {
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)).Skip(1).Where(l => l.l.Length > 0))
        {
            var parts = line.Split('\t');
            if (parts.Length != 4 + count)
            {
                throw new InvalidDataException($"line {number}: {parts.Length - 4} features where the header names {count}.");
            }

            var features = parts[4..].Select(p => float.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            if (count != CellFeatures.Count)
            {
                features = CellFeatures.FromEarlierVersion(features);
            }

            yield return new LabelledCell(parts[2], features, parts[3] == "1", features[0] < 0 ? null : features[0])
            {
                File = parts[0],
                Form = int.Parse(parts[1], CultureInfo.InvariantCulture),
            };
        }
    }
}
