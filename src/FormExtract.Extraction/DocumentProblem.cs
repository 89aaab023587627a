namespace FormExtract;

/// <summary>What is wrong with a JSON text offered as a document, and where: a JSON Pointer (<c>/forms/0/totalScore</c>; empty for the whole text).</summary>
public sealed record DocumentProblem(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
