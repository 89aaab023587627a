using FormExtract.Synthetic.Layouts;

namespace FormExtract.Synthetic.Generation;

/// <summary>Fills in the 项目资金 block: budgets in 元 or 万元, an execution rate, the breakdown and the budget score.</summary>
internal static class FundingFactory
{
    /// <summary>Execution rates below this need a cause in the form (the low-execution rule).</summary>
    public const decimal LowExecution = 0.9m;

    public static FundingDraft Create(Random random, decimal rate) => Create(random, rate, LayoutProfile.National);

    public static FundingDraft Create(Random random, decimal rate, LayoutProfile profile)
    {
        var inWan = random.Chance(profile.WanChance);
        var unit = SelfEvaluationTemplate.FundingUnits[inWan ? 1 : 0];
        var decimals = 2;
        var adjusted = inWan ? random.Between(3m, 3000m, 2) : random.Between(500m, 400_000m, 0) * 100m;
        var initial = random.Chance(0.4) ? adjusted : Scoring.Round2(adjusted * random.Between(1m, 1.6m, 2));
        var executed = Scoring.Round2(adjusted * rate);
        if (executed <= 0m)
        {
            executed = 0.01m;
        }

        var thousands = random.Chance(0.6);
        Printed Amount(decimal v) => thousands ? Figures.Thousands(v) : Figures.Fixed(v, decimals);
        var total = new AmountRow(SelfEvaluationTemplate.FundingTotalLabels[0],
            Figures.Fixed(initial, decimals), Figures.Fixed(adjusted, decimals), Amount(executed));

        var weight = profile.BudgetWeight;
        var printedRate = Figures.Percent(Scoring.StatedRate(executed, adjusted));
        var score = weight is { } w ? Figures.Trimmed(Scoring.BudgetScore(w, executed, adjusted)) : null;
        var printedWeight = weight is { } v ? Figures.Trimmed(v) : null;
        if (profile.Parts == FundingParts.National)
        {
            var (fiscal, carryover, other) = Breakdown(random, initial, adjusted, executed);
            return new FundingDraft(unit, total, fiscal, carryover, other, printedWeight, printedRate, score);
        }

        return FundingSources.Split(random, profile.Parts, total, initial, adjusted, executed) with
        {
            Unit = unit,
            Weight = printedWeight,
            Rate = printedRate,
            Score = score,
        };
    }

    /// <summary>A rate for a clean form: mostly 90–100%, some exactly 100%, some low (and then explained).</summary>
    public static decimal DrawRate(Random random) => random.Next(20) switch
    {
        < 4 => 1m,
        < 15 => random.Between(0.9m, 0.9999m, 4),
        _ => random.Between(0.35m, 0.8999m, 4),
    };

    /// <summary>A rate for a clean form of a layout that has no place to explain a low one: 90–100%.</summary>
    public static decimal DrawHighRate(Random random) => random.Chance(0.25) ? 1m : random.Between(0.9m, 0.9999m, 4);

    private static (AmountRow Fiscal, AmountRow Carryover, AmountRow Other) Breakdown(
        Random random, decimal initial, decimal adjusted, decimal executed)
    {
        var fiscalLabel = random.Pick(SelfEvaluationTemplate.FiscalAppropriationLabels.Take(2).ToArray());
        var carryoverLabel = SelfEvaluationTemplate.CarryoverLabels[0];
        var otherLabel = SelfEvaluationTemplate.OtherFundsLabels[0];
        var zero = Figures.Trimmed(0m);
        var blankExecuted = random.Chance(0.6);
        Printed? ZeroExecuted() => blankExecuted ? null : zero;

        if (random.Chance(0.7) || executed < 1m)
        {
            // All money is this year's appropriation, as in every form of the real sample.
            return (new AmountRow(fiscalLabel, Figures.Trimmed(initial), Figures.Trimmed(adjusted), Figures.Fixed(executed, 2)),
                new AmountRow(carryoverLabel, zero, zero, ZeroExecuted()),
                new AmountRow(otherLabel, zero, zero, ZeroExecuted()));
        }

        // Part of the budget is carried over from last year; the carry-over is spent first.
        var carried = Scoring.Round2(adjusted * random.Between(0.05m, 0.3m, 2));
        var carriedExecuted = Math.Min(carried, executed);
        return (new AmountRow(fiscalLabel, Figures.Trimmed(initial), Figures.Trimmed(adjusted - carried), Figures.Trimmed(executed - carriedExecuted)),
            new AmountRow(carryoverLabel, zero, Figures.Trimmed(carried), Figures.Trimmed(carriedExecuted)),
            new AmountRow(otherLabel, zero, zero, ZeroExecuted()));
    }
}
