using System.Text.RegularExpressions;
using FormExtract.Core.Model;
using FormExtract.Core.Template;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>float-artifact</c>: a figure printed with binary floating-point noise (<c>90.78999999999999</c>), the mark
/// of a spreadsheet that summed doubles. The value was already cleaned when read; this tells the form's owner.
/// <c>expected</c> is the text with each noisy figure replaced by its clean one (<c>96.40999999999999%</c> → <c>96.41%</c>).
/// </summary>
public sealed partial class FloatArtifactRule : IValidationRule
{
    public string Id => "float-artifact";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        return FormCells.Figures(form, cell => NumberParser.HasFloatNoise(cell.Text))
            .Select(figure => new Finding(
                Id,
                Severity.Warning,
                figure.Path,
                figure.Cell.Text,
                Clean(figure.Cell.Text),
                $"{figure.Cell.Text} carries floating-point noise; the figure is {Clean(figure.Cell.Text)}"))
            .ToArray();
    }

    private static string Clean(string text) =>
        NumberRun().Replace(NumberParser.ToAscii(text), run =>
            NumberParser.FromDigits(run.Value) is { HadFloatNoise: true } parsed ? Decimals.Format(parsed.Value) : run.Value);

    [GeneratedRegex(@"\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRun();
}
