using System.Security.Cryptography;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Synthetic.Rendering;

namespace FormExtract.Synthetic.Corpus;

/// <summary>The expected document of a rendered file, and where it is written: <c>name.expected.json</c>.</summary>
public static class GroundTruth
{
    public const string Suffix = ".expected.json";

    public static FormDocument For(string fileName, RenderedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FormDocument
        {
            Source = new SourceInfo
            {
                Path = fileName,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Bytes.Span)),
                Format = file.Format,
                Encoding = file.Encoding,
                Pages = file.Pages,
                Ocr = file.Ocr,
            },
            Forms = file.Forms.Select((f, i) => f with { FormIndex = i }).ToArray(),
        };
    }

    /// <summary>Writes the rendered file and its truth beside it; returns the rendered file's path.</summary>
    public static string Write(string directory, string baseName, RenderedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Directory.CreateDirectory(directory);
        var fileName = baseName + file.Extension;
        var path = Path.Combine(directory, fileName);
        File.WriteAllBytes(path, file.Bytes.ToArray());
        File.WriteAllText(Path.Combine(directory, baseName + Suffix), DocumentJson.Serialize(For(fileName, file)));
        return path;
    }

    /// <summary>The truth file of a rendered file: <c>x.txt</c> → <c>x.expected.json</c>.</summary>
    public static string PathFor(string renderedPath) =>
        Path.Combine(Path.GetDirectoryName(renderedPath) ?? string.Empty, Path.GetFileNameWithoutExtension(renderedPath) + Suffix);
}
