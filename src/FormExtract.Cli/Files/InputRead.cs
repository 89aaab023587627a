using FormExtract.Core.Ingestion;

namespace FormExtract.Cli.Files;

/// <summary>
/// An input's bytes, or why they could not be had; then <see cref="UnreadSha256"/> is the SHA-256 of the file
/// as it is on disk when it could be hashed (a file too large to read), else that of no bytes.
/// </summary>
internal sealed record InputRead(InputFile? File, string? Problem, string? UnreadSha256)
{
    public static InputRead Read(InputFile file) => new(file, null, null);

    public static InputRead Unread(string problem, string sha256) => new(null, problem, sha256);
}
