namespace FormExtract.Export;

/// <summary>One filled <c>corrected</c> cell of a review workbook: its row, the cell it is for, the text read when the workbook was made, and the correction.</summary>
public sealed record ReviewCorrection(int Row, string Document, int? Form, string Path, string ReadText, string Corrected);
