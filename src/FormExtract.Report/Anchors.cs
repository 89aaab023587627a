using FormExtract.Core.Model;
using FormExtract.Core.Review;

namespace FormExtract.Report;

/// <summary>Where on a form's page a finding points: its cell or row (<c>c-indicators-3-score</c>), else its line of the findings table.</summary>
internal static class Anchors
{
    public static string Cell(string path) => "c-" + HtmlText.Slug(path);

    public static string Finding(int index) => $"f-{index}";

    public static string For(Form form, string path, int findingIndex) =>
        FormCellIndex.Under(form, path).Count > 0 ? Cell(path) : Finding(findingIndex);
}
