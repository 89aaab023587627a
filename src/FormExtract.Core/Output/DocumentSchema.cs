namespace FormExtract.Core.Output;

/// <summary>
/// The output contract's JSON schema (<c>spec/form.schema.json</c>), embedded at build time, so that a program
/// holding only the library can print it, serve it or check documents against it.
/// </summary>
public static class DocumentSchema
{
    private const string ResourceName = "FormExtract.Core.form.schema.json";

    private static readonly Lazy<string> Cached = new(Load);

    /// <summary>The schema as it is in the repository, byte for byte (UTF-8).</summary>
    public static string Text => Cached.Value;

    private static string Load()
    {
        using var stream = typeof(DocumentSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The schema resource {ResourceName} is missing from {typeof(DocumentSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
