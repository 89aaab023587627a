namespace FormExtract.Office;

/// <summary>
/// An Office file recognised by its bytes: whether it is a document or a workbook, whether it is a legacy binary
/// file (DOC, XLS, WPS, ET: read once converted) or a package read as it is (DOCX, XLSX), and why it cannot be
/// opened when that is already plain (<see cref="Problem"/>: a password, a damaged ZIP).
/// </summary>
public sealed record OfficeFile(OfficeKind Kind, bool IsLegacy)
{
    /// <summary>Why the file cannot be read, said for a person; null when it may be.</summary>
    public string? Problem { get; init; }

    /// <summary>The code of the problem (<c>office-encrypted</c>, <c>office-unreadable</c>).</summary>
    public string? ProblemCode { get; init; }
}
