using FormExtract.Core.Confidence;

namespace FormExtract.Ml.Tests;

public sealed class FindingCheckTests
{
    [Fact]
    public void A_finding_whose_wrong_cells_are_all_at_the_top_is_named_and_one_with_a_wrong_cell_below_is_not()
    {
        // Three error findings: one on a right cell only; one on a wrong cell at 0.995 beside a right one at 0.95
        // (nothing points at the misreading: an error without a doubt); one on a wrong cell at 0.995 and a wrong
        // one at 0.4 (the low one sends the finding to review).
        var cells = new Dictionary<string, (double, bool)>
        {
            ["/totalScore"] = (0.95, true),
            ["/indicators/0/score"] = (0.995, false),
            ["/indicators/1/score"] = (0.4, false),
            ["/indicators/2/score"] = (0.999, true),
        };
        FindingOnCells[] findings =
        [
            new("a.tif", 0, "score-exceeds-weight", "/indicators/2/score", ["/indicators/2/score"]),
            new("a.tif", 0, "total-score", "/totalScore", ["/totalScore", "/indicators/0/score", "/indicators/9/score"]),
            new("a.tif", 1, "total-score", "/totalScore", ["/indicators/0/score", "/indicators/1/score"]),
        ];

        var check = FindingCheck.Of("test", findings, (file, form, path) => file == "a.tif" && cells.TryGetValue(path, out var c) ? c : null);

        Assert.Equal((3, 2), (check.ErrorFindings, check.OnWrongCells.Count));
        var (finding, judged) = Assert.Single(check.Confident);
        Assert.Equal((0, "total-score"), (finding.Form, finding.Rule));
        // A cell the truth says nothing of is left out.
        Assert.Equal(["/totalScore", "/indicators/0/score"], judged.Select(c => c.Path));
        Assert.Equal(1, check.ConfidentWithoutDoubt);
        Assert.Contains("resting only on wrong cells at ≥ 0.99 (every wrong cell it rests on): 1;", check.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_finding_on_wrong_cells_is_none_at_the_top()
    {
        var check = FindingCheck.Of("test", [new FindingOnCells("a.tif", 0, "total-score", "/totalScore", ["/totalScore"])], (_, _, _) => (0.999, true));

        Assert.Equal((1, 0, 0), (check.ErrorFindings, check.OnWrongCells.Count, check.Confident.Count));
    }

    [Fact]
    public void The_cells_file_keeps_each_cells_file_and_form()
    {
        var features = new float[CellFeatures.Count];
        string[] lines = [CellsFile.Header, CellsFile.Line("300/a.tif", 1, "/totalScore", right: false, features)];

        var cell = Assert.Single(CellsFile.Read(lines));

        Assert.Equal(("300/a.tif", 1, "/totalScore", false), (cell.File, cell.Form, cell.Path, cell.Right));
    }
}
