using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>indicator-score</c>: on a quantitative row (target and actual both have a number, in the same unit or
/// one of them without a unit) the 得分 the completion allows. With target A, actual B and 分值 w:
/// <list type="bullet">
/// <item><c>&gt;=</c>, <c>&gt;</c>, <c>=</c> (no comparator counts as <c>=</c>): w when B ≥ A, else round2(w × B/A);</item>
/// <item><c>&lt;=</c>, <c>&lt;</c>: w when B ≤ A, else either round2(w × (1 − (B−A)/A)) floored at 0 or round2(w × A/B),
/// since both conventions are in use;</item>
/// <item><c>=0</c> (and <c>&lt;=0</c>): w when B ≤ 0, else 0.</item>
/// </list>
/// A score above the highest acceptable one is an error; below the lowest, an info (a form may be stricter
/// than the formula, e.g. for quality).
/// </summary>
public sealed class IndicatorScoreRule : IValidationRule
{
    public string Id => "indicator-score";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        var findings = new List<Finding>();
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var indicator = form.Indicators[i];
            if (indicator is not
                {
                    Target.Value: { Number: { } } target,
                    Actual.Value: { Number: { } } actual,
                    Weight.Value: { } weight,
                    Score: { Value: { } stated } scoreCell,
                }
                || !UnitsAgree(target.Unit, actual.Unit)
                || Acceptable(target, actual, weight) is not { } range)
            {
                continue;
            }

            var (low, high) = range;
            // Words for the message only: written when a finding is made, not for every row that holds.
            string Name() => Indicators.NameOf(indicator);
            string Completion() => $"{indicator.Target.Text} / {indicator.Actual.Text}";
            if (stated > high + Decimals.Tolerance)
            {
                findings.Add(new Finding(
                    Id,
                    Severity.Error,
                    FormPaths.Indicator(i, "score"),
                    scoreCell.Text,
                    Decimals.Format(high),
                    $"{layout.Heading(IndicatorColumn.Score)} {scoreCell.Text} of {Name()} is more than the completion {Completion()} allows: {Describe(low, high)}"));
            }
            else if (stated < low - Decimals.Tolerance)
            {
                findings.Add(new Finding(
                    Id,
                    Severity.Info,
                    FormPaths.Indicator(i, "score"),
                    scoreCell.Text,
                    Decimals.Format(low),
                    $"{layout.Heading(IndicatorColumn.Score)} {scoreCell.Text} of {Name()} is less than the completion {Completion()} gives: {Describe(low, high)}"));
            }
        }

        return findings;
    }

    /// <summary>The lowest and highest acceptable score, or null where the formula does not apply.</summary>
    internal static (decimal Low, decimal High)? Acceptable(Measure target, Measure actual, decimal weight)
    {
        var a = target.Number!.Value;
        var b = actual.Number!.Value;
        switch (target.Comparator ?? "=")
        {
            case "=" or "<=" or "<" when a == 0m:
                return Exactly(b <= 0m ? weight : 0m);
            case ">=" or ">" or "=":
                if (b >= a)
                {
                    return Exactly(weight);
                }

                // B below a zero or negative target has no proportional reading.
                return a > 0m ? Exactly(Math.Max(0m, Decimals.Round2(weight * b / a))) : null;
            case "<=" or "<":
                if (b <= a)
                {
                    return Exactly(weight);
                }

                if (a < 0m)
                {
                    return null;
                }

                var byExcess = Math.Max(0m, Decimals.Round2(weight * (1m - ((b - a) / a))));
                var byRatio = Decimals.Round2(weight * a / b);
                return (Math.Min(byExcess, byRatio), Math.Max(byExcess, byRatio));
            default:
                return null;
        }
    }

    private static (decimal, decimal) Exactly(decimal score) => (score, score);

    private static bool UnitsAgree(string? target, string? actual) =>
        target is null || actual is null || string.Equals(target, actual, StringComparison.Ordinal);

    private static string Describe(decimal low, decimal high) =>
        low == high ? Decimals.Format(low) : $"{Decimals.Format(low)} to {Decimals.Format(high)}";
}
