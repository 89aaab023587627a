using System.Globalization;
using FormExtract.Core.Confidence;

namespace FormExtract.Ml;

/// <summary>The cells file: one recognised cell per line, tab-separated, its features in <see cref="CellFeatures.Names"/> order.</summary>
public static class CellsFile
{
    public static string Header => string.Join('\t', ["file", "form", "path", "right", .. CellFeatures.Names]);

    public static string Line(string file, int form, string path, bool right, IEnumerable<float> features) =>
        string.Join('\t', [file, form.ToString(CultureInfo.InvariantCulture), path, right ? "1" : "0", .. features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))]);

    public static IEnumerable<LabelledCell> Read(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0 || lines[0] != Header)
        {
            throw new InvalidDataException("not a cells file of this version (its header names other features); write it again with 'confidence cells'.");
        }

        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var parts = line.Split('\t');
            var features = parts[4..].Select(p => float.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            yield return new LabelledCell(parts[2], features, parts[3] == "1", features[0] < 0 ? null : features[0]);
        }
    }
}
