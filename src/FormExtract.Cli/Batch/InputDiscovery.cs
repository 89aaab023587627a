using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Expands the command line's files and folders into input files, in a stable order. A file given directly
/// is named by its file name; a file found in a folder keeps its path relative to that folder, so
/// <c>a.pdf</c> and <c>a.html</c>, or two folders' <c>x.txt</c>, never share an output name. Only regular
/// files are inputs: FIFOs, sockets and devices (or links to them) are skipped with a reason, a folder is
/// searched once however many links lead to it, and a folder that cannot be listed costs only its own files.
/// Files found in folders are kept only if the <see cref="DiscoveryOptions.Filter"/> accepts their path below
/// the folder; files named on the command line are taken as named.
/// </summary>
internal sealed class InputDiscovery(DiscoveryOptions options)
{
    public DiscoveryResult Discover(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var inputs = new List<BatchInput>();
        var problems = new List<DiscoveryProblem>();
        var outputNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var given in arguments)
        {
            var (location, argument) = ArgumentPath.Resolve(given);
            var (info, error) = Posix.Stat(location, followLinks: true);
            switch (info?.Kind)
            {
                case null:
                    problems.Add(DiscoveryProblem.Failure(argument, error!.IsMissing ? "no such file or folder" : $"cannot be examined: {error}"));
                    break;
                case NodeKind.Regular:
                    Add(location, argument, Path.GetFileName(argument), info.Value.Id);
                    break;
                case NodeKind.Folder:
                    foreach (var (file, relative, id) in Walk(location, argument, info.Value.Id, problems))
                    {
                        Add(file, Path.Join(argument, relative), relative, id);
                    }

                    break;
                default:
                    problems.Add(DiscoveryProblem.Failure(argument, $"it is {info.Value.KindName}, not a regular file; only regular files are read"));
                    break;
            }
        }

        return new DiscoveryResult(inputs, problems);

        void Add(NativePath location, string displayPath, string outputName, NodeId id)
        {
            if (outputNames.TryGetValue(outputName, out var earlier))
            {
                problems.Add(DiscoveryProblem.Failure(displayPath, $"its output name '{outputName}' is already taken by {earlier}; give the files from different folders"));
                return;
            }

            outputNames[outputName] = displayPath;
            inputs.Add(new BatchInput(inputs.Count, location, displayPath, outputName, id));
        }
    }

    /// <summary>
    /// The regular files under a folder, each folder listed once (by its identity). Folders are searched
    /// before links to folders, so a folder inside the tree is always reached by its own path; a link is
    /// followed only to a folder not searched yet. Names are taken in byte order, so the walk is the same on
    /// every run.
    /// </summary>
    private List<(NativePath File, string Relative, NodeId Id)> Walk(NativePath root, string argument, NodeId rootId, List<DiscoveryProblem> problems)
    {
        var files = new List<(NativePath File, string Relative, NodeId Id)>();
        var searched = new HashSet<NodeId> { rootId };
        var pending = new Stack<(NativePath Folder, string Relative)>();
        var links = new Queue<(NativePath Folder, string Relative, NodeId Id)>();
        pending.Push((root, string.Empty));
        while (pending.Count > 0 || links.Count > 0)
        {
            if (!pending.TryPop(out var current))
            {
                var link = links.Dequeue();
                if (!searched.Add(link.Id))
                {
                    problems.Add(DiscoveryProblem.Skip(Path.Join(argument, link.Relative), "leads to a folder already searched (a link loop, or a second way in); not searched again"));
                    continue;
                }

                current = (link.Folder, link.Relative);
            }

            var (names, listError) = Posix.List(current.Folder);
            if (names is null)
            {
                var shown = current.Relative.Length == 0 ? argument : Path.Join(argument, current.Relative);
                problems.Add(DiscoveryProblem.Failure(shown, $"the folder cannot be listed ({listError}); the files in it were not read"));
                continue;
            }

            foreach (var name in names.Order(ByteOrder.Instance))
            {
                // Hidden files and folders are not inputs (nor is this tool's own bookkeeping in an output folder).
                if (name[0] == (byte)'.')
                {
                    continue;
                }

                var path = current.Folder.Join(name);
                var relative = current.Relative.Length == 0 ? NativePath.Decode(name) : current.Relative + "/" + NativePath.Decode(name);
                var display = Path.Join(argument, relative);
                var (entry, entryError) = Posix.Stat(path, followLinks: false);
                var isLink = entry is { Kind: NodeKind.Link };
                var (info, error) = isLink ? Posix.Stat(path, followLinks: true) : (entry, entryError);
                if (info is not { } found)
                {
                    problems.Add(isLink
                        ? DiscoveryProblem.Skip(display, $"a link that leads nowhere readable ({error}); skipped")
                        : DiscoveryProblem.Failure(display, $"cannot be examined ({error})"));
                    continue;
                }

                switch (found.Kind)
                {
                    case NodeKind.Folder when found.Id == options.OutputFolder:
                        break;
                    case NodeKind.Folder when isLink && !options.FollowFolderLinks:
                        problems.Add(DiscoveryProblem.Skip(display, "a link to a folder, not followed (--no-follow-links)"));
                        break;
                    case NodeKind.Folder when isLink:
                        links.Enqueue((path, relative, found.Id));
                        break;
                    case NodeKind.Folder when !searched.Add(found.Id):
                        problems.Add(DiscoveryProblem.Skip(display, "a folder already searched (mounted twice); not searched again"));
                        break;
                    case NodeKind.Folder:
                        pending.Push((path, relative));
                        break;
                    case NodeKind.Regular when IsDocument(relative) || !options.Filter.Accepts(relative):
                        break;
                    case NodeKind.Regular:
                        files.Add((path, relative, found.Id));
                        break;
                    default:
                        problems.Add(DiscoveryProblem.Skip(display, $"{(isLink ? "a link to " : "it is ")}{found.KindName}, not a regular file; skipped"));
                        break;
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return files;
    }

    /// <summary>Documents already written (JSON, JSON Lines) are not inputs.</summary>
    private static bool IsDocument(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Names compared byte by byte.</summary>
    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static ByteOrder Instance { get; } = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
