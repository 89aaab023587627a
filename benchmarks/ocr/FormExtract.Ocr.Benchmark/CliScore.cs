/// <summary>Number fields of the truth found among the figures the plain CLI printed.</summary>
internal readonly record struct CliScore(int Matched, int Expected)
{
    public double Accuracy => Expected == 0 ? 1 : (double)Matched / Expected;

    public CliScore Add(CliScore other) => new(Matched + other.Matched, Expected + other.Expected);
}
