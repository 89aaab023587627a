using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// One rendered input file: its bytes, the forms as printed in it (the ground truth), and what a reader
/// should learn about the source (format, encoding, pages, whether it is a scan).
/// </summary>
public sealed record RenderedFile(string Extension, ReadOnlyMemory<byte> Bytes, IReadOnlyList<Form> Forms, SourceFormat Format)
{
    public string? Encoding { get; init; }

    public int? Pages { get; init; }

    public bool Ocr { get; init; }
}
