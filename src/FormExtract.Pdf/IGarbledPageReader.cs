namespace FormExtract.Pdf;

/// <summary>
/// Reads a page whose text layer cannot be trusted another way (OCR of the rendered page), keeping what the
/// PDF's drawing gives exactly: the tables, their cells' boxes and spans, and where the lines of text are.
/// </summary>
internal interface IGarbledPageReader
{
    /// <summary>
    /// The page's blocks with their text read again, in the same order and boxes; null when the page cannot
    /// be read that way (no renderer, no OCR engine), and the text layer's blocks stand with their warning.
    /// </summary>
    IReadOnlyList<PageBlock>? Read(PageContent page, IReadOnlyList<PageBlock> blocks, CancellationToken cancellationToken);
}
