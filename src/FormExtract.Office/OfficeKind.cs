namespace FormExtract.Office;

/// <summary>What an Office file holds, as found from its bytes.</summary>
public enum OfficeKind
{
    /// <summary>A Word document (DOCX, DOCM) or, once converted, a legacy one.</summary>
    Word,

    /// <summary>An Excel workbook (XLSX, XLSM) or, once converted, a legacy one.</summary>
    Workbook,
}
