namespace FormExtract.Pdf.Tests.Support;

/// <summary>Locates the repository (and the shared output contract beside it) from a test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The output contract, <c>../shared/spec/form.schema.json</c> from the repository root; a worktree kept one
    /// level further down finds it beside its parent folder instead.
    /// </summary>
    public static string Schema { get; } = FindSchema();

    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindSchema()
    {
        for (var directory = Directory.GetParent(Root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "spec", "form.schema.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/spec/form.schema.json not found beside " + Root);
    }

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
