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
