namespace FormExtract.Synthetic.Corpus;

/// <summary>The kinds of rendered input a corpus holds, each in a folder of its own name.</summary>
public enum CorpusKind
{
    Text,
    Html,
    Pdf,
    Scan,

    /// <summary>Phone captures of printed forms (<see cref="Rendering.ScanStyle.CameraStyles"/>); not generated unless asked for.</summary>
    Camera,

    /// <summary>Coarse scans: 150 dpi, or black and white (<see cref="Rendering.ScanStyle.CoarseStyles"/>); not generated unless asked for.</summary>
    Coarse,
}

/// <summary>What the kinds have in common.</summary>
public static class CorpusKinds
{
    /// <summary>Whether the kind's files are images of printed forms (flat scans, coarse scans, phone captures), read by OCR.</summary>
    public static bool IsScanned(this CorpusKind kind) => kind is CorpusKind.Scan or CorpusKind.Camera or CorpusKind.Coarse;
}
