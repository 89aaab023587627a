namespace FormExtract.Synthetic.Rendering;

/// <summary>The image file a scan is stored as.</summary>
public enum ScanFormat
{
    /// <summary>Every page stacked into one tall PNG, as archives post a long picture.</summary>
    Png,

    /// <summary>Every page stacked into one tall JPEG.</summary>
    Jpeg,

    /// <summary>One multi-page TIFF.</summary>
    Tiff,

    /// <summary>An image-only PDF, one JPEG per page.</summary>
    Pdf,
}
