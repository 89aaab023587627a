namespace FormExtract.Ml.Tests;

/// <summary>Printed cells scored once per distinct vector: the remembered probability is the trees' own, kept under its own copy of the vector.</summary>
public sealed class PrintedScoresTests
{
    [Fact]
    public void A_vector_met_again_is_not_scored_again_and_the_callers_array_stays_its_own()
    {
        var scores = new PrintedScores();
        var asked = 0;
        double Score(ReadOnlySpan<float> f)
        {
            asked++;
            return f[0] / 10.0;
        }

        var features = new float[] { 3, 1, 0 };
        Assert.Equal(0.3, scores.Get(features, Score));
        Assert.Equal(0.3, scores.Get([3, 1, 0], Score));
        Assert.Equal(1, asked);

        // Changing the caller's array afterwards changes neither what is remembered nor under what.
        features[0] = 7;
        Assert.Equal(0.7, scores.Get(features, Score));
        Assert.Equal(0.3, scores.Get([3, 1, 0], Score));
        Assert.Equal(2, asked);

        // A cell's features are a slice of its form's buffer: the slice finds what its equal was given.
        float[] form = [9, 9, 3, 1, 0, 7, 1, 0];
        Assert.Equal(0.3, scores.Get(form.AsSpan(2, 3), Score));
        Assert.Equal(0.7, scores.Get(form.AsSpan(5, 3), Score));
        Assert.Equal(2, asked);
    }
}
