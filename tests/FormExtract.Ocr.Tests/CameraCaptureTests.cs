using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Layouts;
using FormExtract.Ocr.Tests.Support;
using Xunit.Abstractions;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Phone captures of generated forms (keystoned, lit from one side, shaken, JPEG, at 300 and 240 dpi) of two
/// layouts, made by the generator's camera kind and read through the whole pipeline, scored against their
/// truth. The floor is issue 19's target; no finding the truth does not hold may be reported as an error.
/// Slow: it prints with Chromium and photographs with ImageMagick first.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CameraCaptureTests(ITestOutputHelper output)
{
    private const double FieldAccuracyFloor = 0.95;

    [Fact]
    public void Phone_captures_of_two_layouts_read_to_the_target_without_a_false_error()
    {
        string[] layouts = ["project-self-evaluation-split-target", "department-budget-project"];
        var (files, report) = GeneratedScans.ReadAndScore(folder => new CorpusOptions(folder, seed: 19, formsPerKind: 2, [CorpusKind.Camera], errorFraction: 0.5,
            layouts: [.. layouts.Select(id => SyntheticLayouts.Find(id)!)]));

        output.WriteLine(report.ToText(examples: 40));
        Assert.Equal(4, files.Count);
        Assert.Contains(files, f => f.Contains("camera-240", StringComparison.Ordinal));
        Assert.True(report.Accuracy >= FieldAccuracyFloor, report.ToText());
        Assert.Equal(0, report.FalseErrors);
    }
}
