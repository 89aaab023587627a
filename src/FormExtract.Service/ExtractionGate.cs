namespace FormExtract.Service;

/// <summary>
/// Admits at most a fixed number of extractions at once and turns the rest away at once (429) rather than
/// queueing them: a caller that is told to come back can spread its load, a queue only grows.
/// </summary>
internal sealed class ExtractionGate(int capacity) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(capacity, capacity);

    public int Capacity { get; } = capacity;

    /// <summary>A slot, released when disposed, or null when all are taken.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Lease(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
