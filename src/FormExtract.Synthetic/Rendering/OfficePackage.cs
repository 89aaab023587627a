using System.IO.Compression;
using System.Text;

namespace FormExtract.Synthetic.Rendering;

/// <summary>An Office package (a ZIP of XML parts) written part by part, in a fixed order with a fixed time, so the same forms give the same bytes.</summary>
internal sealed class OfficePackage : IDisposable
{
    private static readonly DateTimeOffset Stamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly MemoryStream _bytes = new();
    private readonly ZipArchive _zip;

    public OfficePackage() => _zip = new ZipArchive(_bytes, ZipArchiveMode.Create, leaveOpen: true);

    public void Add(string name, string xml)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        stream.Write(bytes);
    }

    public byte[] ToArray()
    {
        _zip.Dispose();
        return _bytes.ToArray();
    }

    public void Dispose()
    {
        _zip.Dispose();
        _bytes.Dispose();
    }
}
