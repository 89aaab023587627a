using System.Security.Cryptography;

namespace FormExtract.Core.Ingestion;

/// <summary>An input file's bytes and the path it is known by (as the user gave it, never resolved further).</summary>
public sealed record InputFile(string Path, ReadOnlyMemory<byte> Bytes)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes.Span));

    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    public static async Task<InputFile> LoadAsync(string path, string displayPath, CancellationToken cancellationToken) =>
        new(displayPath, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
}
