namespace FormExtract.Cli.Batch;

/// <summary>
/// Expands the command line's files and folders into input files, in a stable order. A file given directly
/// is named by its file name; a file found in a folder keeps its path relative to that folder, so
/// <c>a.pdf</c> and <c>a.html</c>, or two folders' <c>x.txt</c>, never share an output name.
/// </summary>
internal static class InputDiscovery
{
    public static (IReadOnlyList<BatchInput> Inputs, IReadOnlyList<string> Problems) Discover(IEnumerable<string> arguments, string? excludedFolder, InputFilter? filter = null)
    {
        filter ??= InputFilter.All;
        var inputs = new List<BatchInput>();
        var problems = new List<string>();
        var outputNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                Add(Path.GetFullPath(argument), argument, Path.GetFileName(argument));
            }
            else if (Directory.Exists(argument))
            {
                var root = Path.GetFullPath(argument);
                var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(f => !IsExcluded(f, root, excludedFolder))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                    if (!filter.Accepts(relative))
                    {
                        continue;
                    }

                    Add(file, Path.Join(argument, relative).Replace('\\', '/'), relative);
                }
            }
            else
            {
                problems.Add($"{argument}: no such file or folder.");
            }
        }

        return (inputs, problems);

        void Add(string fullPath, string displayPath, string outputName)
        {
            if (outputNames.TryGetValue(outputName, out var earlier))
            {
                problems.Add($"{displayPath}: its output name '{outputName}' is already taken by {earlier}; give the files from different folders.");
                return;
            }

            outputNames[outputName] = displayPath;
            inputs.Add(new BatchInput(inputs.Count, fullPath, displayPath, outputName));
        }
    }

    /// <summary>Hidden files, documents already written (JSON) and the output folder itself are not inputs.</summary>
    private static bool IsExcluded(string file, string root, string? excludedFolder)
    {
        var relative = Path.GetRelativePath(root, file);
        if (relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
        {
            return true;
        }

        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return excludedFolder is not null && Path.GetFullPath(file).StartsWith(Path.GetFullPath(excludedFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
