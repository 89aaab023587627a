using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Review;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Review;

/// <summary>Cell slots found by their pointers, and corrections written into them, on the bundled real form.</summary>
public sealed class CellCorrectionTests
{
    private static readonly DateTime At = new(2024, 6, 1, 9, 30, 15, 250, DateTimeKind.Utc);

    private static Form RealForm() =>
        DocumentJson.Deserialize(File.ReadAllText(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt.expected.json"))).Forms[0];

    [Fact]
    public void Every_slot_replaced_by_its_pointer_is_found_there_and_no_other_slot_changes()
    {
        var form = RealForm();
        var slots = FormCellIndex.All(form);
        Assert.Equal(slots.Count, slots.Select(s => s.Path).Distinct().Count());
        foreach (var slot in slots.Where(s => s.Path != "/grade" || form.Grade is not null))
        {
            var (cell, problem) = CellCorrector.Correct(slot, slot.Kind == CellKind.Text ? "改正" : slot.Kind == CellKind.Measure ? ">=5人次" : "7", At);
            Assert.Null(problem);

            var changed = FormCellIndex.With(form, slot.Path, cell!);

            var after = FormCellIndex.All(changed);
            Assert.Same(cell, after.Single(s => s.Path == slot.Path).Cell);
            Assert.Equal(slots.Where(s => s.Path != slot.Path).Select(s => s.Cell), after.Where(s => s.Path != slot.Path).Select(s => s.Cell));
        }
    }

    [Fact]
    public void A_corrected_figure_is_normalised_as_its_kind_keeps_its_place_and_the_first_reading()
    {
        var form = RealForm();
        var rate = FormCellIndex.Find(form, "/funding/executionRate")!;
        var original = (NumberCell)rate.Cell!;

        var (first, _) = CellCorrector.Correct(rate, " 91.90% ", At);
        var (second, _) = CellCorrector.Correct(rate with { Cell = first }, "92%", At.AddDays(1));

        var corrected = Assert.IsType<NumberCell>(second);
        Assert.Equal(("92%", 0.92m), (corrected.Text, corrected.Value));
        Assert.Equal(original.Line, corrected.Line);
        Assert.Equal(original.Text, corrected.Correction!.Text);
        Assert.Equal(new DateTime(2024, 6, 2, 9, 30, 15, DateTimeKind.Utc), corrected.Correction.CorrectedAt);
        var measure = CellCorrector.Correct(FormCellIndex.Find(form, "/indicators/0/target")!, "≥3000人次", At).Cell;
        Assert.Equal(new Measure(">=", 3000m, "人次", null), Assert.IsType<MeasureCell>(measure).Value);
    }

    [Fact]
    public void A_word_in_a_figure_cell_is_refused_with_the_place()
    {
        var slot = FormCellIndex.Find(RealForm(), "/totalScore")!;

        var (cell, problem) = CellCorrector.Correct(slot, "九十分", At);

        Assert.Null(cell);
        Assert.Equal("/totalScore: \"九十分\" is not a number", problem);
        Assert.Throws<ArgumentException>(() => FormCellIndex.With(RealForm(), "/indicators/999/score", new NumberCell { Text = "1", Value = 1m }));
    }
}
