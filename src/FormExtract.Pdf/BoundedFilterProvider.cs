using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace FormExtract.Pdf;

/// <summary>
/// PdfPig's filters, with each Flate stream measured before it is inflated: a stream that would inflate
/// past the budget (a "PDF bomb": a megabyte that inflates to a gigabyte) is refused without being held,
/// by throwing <see cref="PdfStreamLimitException"/>. PdfPig may catch that on its way up in lenient mode,
/// so the refusal is also kept in <see cref="Exceeded"/>, which the reader checks. One per document.
/// </summary>
internal sealed class BoundedFilterProvider(long maxStreamBytes) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    /// <summary>Why a stream was refused, or null.</summary>
    public string? Exceeded { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bounded(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bounded(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bounded(_inner.GetAllFilters());

    internal void Refuse(long inflated)
    {
        Exceeded ??= $"a stream inflates to more than {inflated / (1024.0 * 1024.0):0.#} MiB, past the {maxStreamBytes / (1024.0 * 1024.0):0.#} MiB allowed (PdfReaderOptions.MaxStreamBytes)";
        throw new PdfStreamLimitException(Exceeded);
    }

    private IFilter[] Bounded(IReadOnlyList<IFilter> filters) =>
        filters.Select(f => f is FlateFilter ? new BoundedFlateFilter(f, this, maxStreamBytes) : f).ToArray();
}
