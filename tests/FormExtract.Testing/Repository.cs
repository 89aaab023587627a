namespace FormExtract.Testing;

/// <summary>Locates the repository (the folder holding FormExtract.sln) and the files in it.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The output contract's JSON schema, kept in the repository beside its prose (<c>spec/OUTPUT.md</c>).</summary>
    public static string SchemaPath => Path("spec", "form.schema.json");

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
