namespace FormExtract.Testing;

/// <summary>
/// Where the tests' folders go: under /tmp rather than the run's own temporary folder, because other users must
/// reach them (the PostgreSQL server runs as <c>postgres</c>, the read-only test as an ordinary user) and the
/// run's folder may be private to it; and because a Unix socket's path (the server listens on one inside its
/// folder) is limited to 107 bytes, which a folder deep inside a checkout can pass.
/// </summary>
public static class Scratch
{
    public static string Root { get; } = Path.Combine("/tmp", "formextract-scratch-tests");

    public static string NewFolder(string prefix = "") => Path.Combine(Root, prefix + Guid.NewGuid().ToString("N")[..16]);

    /// <summary>A fresh folder under <see cref="Root"/>, removed with the returned <see cref="TempFolder"/>.</summary>
    public static TempFolder NewTempFolder() => new(NewFolder());
}
