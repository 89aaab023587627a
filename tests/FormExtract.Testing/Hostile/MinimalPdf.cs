using System.Text;

namespace FormExtract.Testing.Hostile;

/// <summary>
/// Writes small PDFs object by object with a correct cross-reference table: enough for hostile cases
/// (a stream that inflates to gigabytes, a page 100 inches wide, many pages) without a PDF library.
/// </summary>
public sealed class MinimalPdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds an object (its body between <c>obj</c> and <c>endobj</c>); returns its number.</summary>
    public int Add(string body) => Add(Encoding.Latin1.GetBytes(body));

    public int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>Adds a stream object with the given dictionary entries (its /Length is added).</summary>
    public int AddStream(string dictionary, byte[] data) =>
        Add([.. Encoding.Latin1.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8]);

    /// <summary>The file, with object <paramref name="root"/> as the catalog.</summary>
    public byte[] Write(int root)
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Encoding.Latin1.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(_objects[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    /// <summary>
    /// A document of the given pages (each: media box size in points, content stream, resources), with
    /// <paramref name="shared"/> adding objects every page uses and returning their resource entries.
    /// </summary>
    public static byte[] Pages(IReadOnlyList<(double Width, double Height, string Content, string Resources)> pages, Func<MinimalPdf, string>? shared = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var pdf = new MinimalPdf();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        var tree = pdf.Add(string.Empty);
        var resources = shared?.Invoke(pdf) ?? string.Empty;
        var kids = new List<int>();
        foreach (var (width, height, content, pageResources) in pages)
        {
            var stream = pdf.AddStream(string.Empty, Encoding.Latin1.GetBytes(content));
            kids.Add(pdf.Add(FormattableString.Invariant($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {width} {height}] /Contents {stream} 0 R /Resources << {pageResources} {resources} >> >>")));
        }

        pdf._objects[tree - 1] = Encoding.Latin1.GetBytes($"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");
        return pdf.Write(catalog);
    }
}
