namespace FormExtract.Testing;

/// <summary>Locates the repository (the folder holding FormExtract.sln) and the shared contract beside it.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The output contract's JSON schema in <c>shared/</c> beside the repository; a git worktree kept in a
    /// folder of its own finds <c>shared/</c> beside that folder instead.
    /// </summary>
    public static string SchemaPath
    {
        get
        {
            for (var directory = Directory.GetParent(Root); directory is not null; directory = directory.Parent)
            {
                var candidate = System.IO.Path.Combine(directory.FullName, "shared", "spec", "form.schema.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException($"No shared/spec/form.schema.json beside {Root} or above it.");
        }
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "FormExtract.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FormExtract.sln not found above " + AppContext.BaseDirectory);
    }
}
