namespace FormExtract.Pdf;

/// <summary>
/// Reads a page that has no text layer but an image (a scanned page inserted among printed ones) another way
/// (OCR of its image), into blocks in the page's points as the text layer's pages give them.
/// </summary>
internal interface IScannedPageReader
{
    /// <summary>
    /// The page's tables and lines top to bottom, boxes in points; null when it cannot be read that way (no
    /// OCR engine, no decodable image), and the page stands reported as having no text.
    /// <paramref name="before"/> are the blocks of the pages before it, whose table headers say what the
    /// columns continued on this page hold.
    /// </summary>
    IReadOnlyList<PageBlock>? Read(PageContent page, IReadOnlyList<IReadOnlyList<PageBlock>> before, CancellationToken cancellationToken);
}
