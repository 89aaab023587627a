namespace FormExtract.Core.Tests.Support;

/// <summary>Locates the repository's files (the corpus, golden files) from a test's output folder.</summary>
public static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string CorpusText(string name) => Path.Combine(RepositoryRoot, "corpus", "text", name);

    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FormExtract.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FormExtract.sln not found above " + AppContext.BaseDirectory);
    }
}
