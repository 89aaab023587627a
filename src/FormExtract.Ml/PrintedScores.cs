using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace FormExtract.Ml;

/// <summary>
/// The probabilities of printed cells already scored, by their features. A printed cell's features are small whole
/// counts and ratios of them (no recogniser's confidence), so the cells of text files repeat the same few hundred
/// vectors (a file of two forms has some 150 cells and 60 distinct vectors; 80 forms have under 300): a lookup is
/// far cheaper than fifty trees. The stored value is the one the trees gave, so output is the same either way.
/// Thread-safe; bounded, so that a long run on odd files cannot grow it without end (past the bound, cells are
/// scored by the trees as they come).
/// </summary>
internal sealed class PrintedScores
{
    private const int Bound = 16_384;

    // Looked up by the caller's span: the pipeline scores every cell through one vector it fills again, so the
    // features a cell is found by have no array of their own.
    private readonly ConcurrentDictionary<float[], double>.AlternateLookup<ReadOnlySpan<float>> _bySpan =
        new ConcurrentDictionary<float[], double>(Bitwise.Instance).GetAlternateLookup<ReadOnlySpan<float>>();

    // Counted here: the dictionary's own Count takes all its locks, which would cost more than the trees it saves.
    private int _count;

    /// <summary>How a printed cell is scored the first time its features are met.</summary>
    public delegate double Score(ReadOnlySpan<float> features);

    /// <summary>The probability of the cell with these features, from <paramref name="score"/> the first time.</summary>
    public double Get(ReadOnlySpan<float> features, Score score)
    {
        if (_bySpan.TryGetValue(features, out var known))
        {
            return known;
        }

        var probability = score(features);
        // The dictionary keeps a copy (Bitwise.Create): the caller's features are its own to change.
        if (Volatile.Read(ref _count) < Bound && _bySpan.TryAdd(features, probability))
        {
            Interlocked.Increment(ref _count);
        }

        return probability;
    }

    /// <summary>Vectors equal bit for bit: the trees give equal bits the same probability, whatever the floats' equality says of NaN or -0.</summary>
    private sealed class Bitwise : IEqualityComparer<float[]>, IAlternateEqualityComparer<ReadOnlySpan<float>, float[]>
    {
        public static Bitwise Instance { get; } = new();

        public bool Equals(float[]? x, float[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Equals(x.AsSpan(), y));

        public int GetHashCode(float[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<float> alternate, float[] other) =>
            MemoryMarshal.AsBytes(alternate).SequenceEqual(MemoryMarshal.AsBytes(other.AsSpan()));

        public int GetHashCode(ReadOnlySpan<float> alternate)
        {
            var hash = default(HashCode);
            hash.AddBytes(MemoryMarshal.AsBytes(alternate));
            return hash.ToHashCode();
        }

        public float[] Create(ReadOnlySpan<float> alternate) => alternate.ToArray();
    }
}
