namespace FormExtract.Synthetic.Rendering;

/// <summary>How a workbook stores the figures of a form.</summary>
public enum OfficeNumbers
{
    /// <summary>As numbers, with a number format that prints them as the form prints them.</summary>
    Numbers,

    /// <summary>As text, as a form typed in (or pasted) as text keeps them.</summary>
    Text,

    /// <summary>Each figure one way or the other, drawn at random.</summary>
    Mixed,
}
