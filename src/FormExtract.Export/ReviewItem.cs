namespace FormExtract.Export;

/// <summary>
/// A cell to check, as one row of the review workbook: where it is (document, form, JSON Pointer, the form's
/// own words for it), why it is listed, what was read, where it was printed, its crop, and what a person
/// corrects it to (empty: left as read).
/// </summary>
public sealed record ReviewItem(
    string Document,
    int Form,
    string Path,
    string Field,
    string Reasons,
    string Text,
    string Value,
    double? Confidence,
    string Source,
    int? Page,
    int? Line,
    string? Box,
    byte[]? Crop,
    string? Corrected);
