using FormExtract.Synthetic.Layouts;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// What to generate: <see cref="FormCount"/> forms from <see cref="Seed"/>, of which about
/// <see cref="ErrorFraction"/> carry an injected error each (the kinds taken in turn, so that a small
/// set still holds every kind, starting at <see cref="FirstRule"/>). Defaults: 20 forms, a third broken,
/// fiscal year 2022, the first rule first, the national layout, one rule a broken form.
/// </summary>
public sealed record GeneratorOptions
{
    public GeneratorOptions(int seed, int formCount = 20, double errorFraction = 1.0 / 3, int fiscalYear = 2022, int firstRule = 0, SyntheticLayout? layout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(formCount);
        if (errorFraction is < 0 or > 1 || double.IsNaN(errorFraction))
        {
            throw new ArgumentOutOfRangeException(nameof(errorFraction), errorFraction, "The error fraction lies between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 2000);
        Seed = seed;
        FormCount = formCount;
        ErrorFraction = errorFraction;
        FiscalYear = fiscalYear;
        ArgumentOutOfRangeException.ThrowIfNegative(firstRule);
        FirstRule = firstRule;
        Layout = layout ?? SyntheticLayouts.National;
    }

    /// <summary>The layout the forms are printed in; its rules decide which errors are injected.</summary>
    public SyntheticLayout Layout { get; }

    /// <summary>Where in the layout's rules the broken forms start, so that several small sets cover every rule between them.</summary>
    public int FirstRule { get; }

    public int Seed { get; }

    public int FormCount { get; }

    public double ErrorFraction { get; }

    public int FiscalYear { get; }

    /// <summary>
    /// How many rules a broken form breaks at most: its own and, beyond one, sums beside it (see
    /// <see cref="Injection.CompoundBreaks"/>), as real forms whose weights do not add up break several at once.
    /// Default one, which draws the forms as they always were.
    /// </summary>
    public int BreaksPerForm
    {
        get;
        init => field = CheckedBreaks(value);
    } = 1;

    /// <summary>
    /// How the goal texts are written. Default <see cref="GoalStyle.Numbered"/>, which draws the forms as they always
    /// were; <see cref="GoalStyle.Varied"/> draws other texts, and so other forms.
    /// </summary>
    public GoalStyle Goals { get; init; } = GoalStyle.Numbered;

    /// <summary><paramref name="breaks"/>, if a broken form can break that many rules.</summary>
    internal static int CheckedBreaks(int breaks) => breaks is >= 1 and <= MaxBreaksPerForm
        ? breaks
        : throw new ArgumentOutOfRangeException(nameof(breaks), breaks, $"A broken form breaks 1 to {MaxBreaksPerForm} rules.");

    /// <summary>A form's own rule and three sums: one of the four stages (indicators, funding, 总分 分值, 总分 得分) each.</summary>
    public const int MaxBreaksPerForm = 4;
}
