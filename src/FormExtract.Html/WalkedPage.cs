using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>What a walk over a page found: its rows in reading order, the problems met, and how many data tables it read.</summary>
internal sealed record WalkedPage(IReadOnlyList<LayoutRow> Rows, IReadOnlyList<ExtractionWarning> Warnings, int DataTables);
