namespace FormExtract.Testing;

/// <summary>A fresh folder per test, removed afterwards: under the run's temporary folder unless given a root.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
        : this(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "formextract-tests", Guid.NewGuid().ToString("N")[..16]))
    {
    }

    public TempFolder(string root)
    {
        Root = root;
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public string Write(string relative, byte[] bytes)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
