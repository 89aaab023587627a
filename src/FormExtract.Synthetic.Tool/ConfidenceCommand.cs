using System.CommandLine;
using System.Globalization;
using System.Text;
using FormExtract.Core.Confidence;
using FormExtract.Core.Output;
using FormExtract.Ml;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Scoring;
using FormExtract.Synthetic.Shapes;
using Serilog;

namespace FormExtract.Synthetic.Tool;

/// <summary>
/// <c>confidence</c>: the confidence model's data, training and evaluation. <c>cells</c> generates fresh forms
/// (scans and phone captures, or with <c>--shape</c> national forms printed in text shapes), reads them with the
/// recogniser's own confidence and writes each cell's features with whether its value is right (with
/// <c>--from</c>, files made before, generated or not, each with its truth beside it); <c>relabel</c> says again
/// which cells of such a file are right, from the documents read; <c>train</c> fits the model
/// on such files; <c>cross</c> leaves each file out in turn, so that a change to the features or the training is
/// weighed on the training cells alone; <c>evaluate</c> prints its reliability on held-out cells, for cells read by OCR (beside the
/// recogniser's own confidence) and printed cells apart, and, given the documents <c>cells --documents</c> wrote,
/// the error findings that rest on cells read wrong and whether any rests only on wrong cells at 0.99 or above.
/// </summary>
internal static class ConfidenceCommand
{
    public static Command Create(ILogger logger) => new("confidence", "Data, training and evaluation of the cell confidence model.")
    {
        Cells(logger),
        Relabel(logger),
        Train(logger),
        Cross(logger),
        Evaluate(),
    };

    private static Command Cells(ILogger logger)
    {
        var work = new Option<DirectoryInfo?>("--work", "-w") { Description = "Folder to generate into (emptied first); needed unless --from is given." };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 1 };
        var forms = new Option<int>("--forms", "-n") { Description = "Forms per kind and layout.", DefaultValueFactory = _ => 4 };
        var kinds = new Option<CorpusKind[]>("--kind", "-k") { Description = "Kinds: scan, camera, coarse, text, html, pdf (repeatable; default scan and camera, or none when --shape is given).", AllowMultipleArgumentsPerToken = true };
        var shapes = new Option<string[]>("--shape", "-s")
        {
            Description = "National forms in text shapes, whose cells are printed (repeatable; 'all' for every one): " + string.Join(", ", TextShapes.All.Select(TextShapes.NameOf)) + ".",
            AllowMultipleArgumentsPerToken = true,
        };
        shapes.AcceptOnlyFromAmong([.. TextShapes.All.Select(TextShapes.NameOf), "all"]);
        var layouts = new Option<string[]>("--layout", "-l") { Description = "Layouts (repeatable; default all).", AllowMultipleArgumentsPerToken = true };
        var face = FaceOption.Create();
        var breaks = BreaksOption.Create();
        var goals = GoalsOption.Create();
        var splitRows = SplitRowsOption.Create();
        layouts.AcceptOnlyFromAmong([.. SyntheticLayouts.All.Select(l => l.Id)]);
        var output = new Option<FileInfo>("--out", "-o") { Description = "The cells file to write (tab-separated).", Required = true };
        var from = new Option<DirectoryInfo?>("--from") { Description = "Read forms generated before (every file with its truth beside it, under this folder) instead of generating." };
        var documents = new Option<DirectoryInfo?>("--documents")
        {
            Description = "Also write each document as read (its findings with the cells' values), at the file's place under this folder with '.json' added, for 'confidence evaluate --documents'.",
        };
        var command = new Command("cells", "Generate forms, read them, and write each cell's features and whether it was read right.")
        {
            work, seed, forms, kinds, shapes, layouts, face, breaks, goals, splitRows, output, from, documents,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(work) is null && result.GetValue(from) is null)
            {
                result.AddError("Give --work (a folder to generate into) or --from (forms generated before).");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var shapeNames = parse.GetValue(shapes) ?? [];
            var chosenShapes = shapeNames.Contains("all") ? TextShapes.All : shapeNames.Select(n => TextShapes.Parse(n)!.Value).ToArray();
            var chosen = parse.GetValue(kinds) is { Length: > 0 } k ? k : chosenShapes.Count > 0 ? [] : [CorpusKind.Scan, CorpusKind.Camera];
            var layoutIds = parse.GetValue(layouts) ?? [];
            var count = parse.GetValue(forms);
            var options = new CorpusOptions((parse.GetValue(work) ?? parse.GetValue(from))!.FullName, parse.GetValue(seed), count, chosen, 1.0 / 3, count,
                layoutIds.Length == 0 ? SyntheticLayouts.All : layoutIds.Select(id => SyntheticLayouts.Find(id)!).ToArray(), chosenShapes)
            {
                ScanFace = FaceOption.Of(parse.GetValue(face)!),
                BreaksPerForm = parse.GetValue(breaks),
                Goals = parse.GetValue(goals),
                SplitRows = parse.GetValue(splitRows),
            };
            IReadOnlyList<string> written;
            var root = options.OutputDirectory;
            if (parse.GetValue(from) is { } earlier)
            {
                root = earlier.FullName;
                written = [.. Directory.EnumerateFiles(earlier.FullName, "*", SearchOption.AllDirectories)
                    .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && File.Exists(GroundTruth.PathFor(f)))
                    .Order(StringComparer.Ordinal)];
            }
            else
            {
                if (Directory.Exists(options.OutputDirectory))
                {
                    Directory.Delete(options.OutputDirectory, recursive: true);
                }

                // Read in the order --from reads them, so that forms read again give the same cells file.
                written = [.. new CorpusBuilder(options, new ExternalRenderers(new ExternalRendererOptions(), logger), logger).Build(cancellationToken)
                    .Order(StringComparer.Ordinal)];
            }

            // The recogniser's own confidence: the model must not learn from itself.
            using var extractor = new FormExtractor(new FormExtractorOptions { Parallelism = 1, ConfidenceModel = null });
            var validator = Core.Validation.FormValidator.CreateDefault();
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            // Written file by file, so that a long run stopped early keeps the cells read so far.
            await using var lines = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false));
            await lines.WriteLineAsync(CellsFile.Header);
            foreach (var path in written)
            {
                var relative = Path.GetRelativePath(root, path);
                var truth = DocumentJson.Deserialize(await File.ReadAllTextAsync(GroundTruth.PathFor(path), cancellationToken));
                var document = await extractor.ExtractAsync(path, cancellationToken);
                if (parse.GetValue(documents) is { } documentRoot)
                {
                    var target = Path.Combine(documentRoot.FullName, relative + ".json");
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    await File.WriteAllTextAsync(target, DocumentJson.Serialize(document), cancellationToken);
                }

                var report = AccuracyScorer.Score(relative, truth, document);
                foreach (var form in document.Forms)
                {
                    var verdicts = Verdicts(report, form.FormIndex);
                    foreach (var (cellPath, cell, features) in CellFeatures.Of(form, validator.Validate(form)))
                    {
                        if (Verdict(verdicts, cellPath) is { } right)
                        {
                            await lines.WriteLineAsync(CellsFile.Line(relative, form.FormIndex, cellPath, right, features));
                        }
                    }
                }

                await lines.FlushAsync(cancellationToken);
                logger.Information("Read {File}", relative);
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>relabel</c>: says again whether each cell of a cells file was read right, from the documents
    /// <c>cells --documents</c> wrote and the truth beside the forms, after the rule of what is right changed:
    /// the features are kept as written, and the scans are not read again (hours for a training set).
    /// </summary>
    private static Command Relabel(ILogger logger)
    {
        var cells = new Option<FileInfo>("--cells", "-c") { Description = "The cells file to relabel.", Required = true };
        var documents = new Option<DirectoryInfo>("--documents", "-d") { Description = "The documents 'confidence cells --documents' wrote with it.", Required = true };
        var work = new Option<DirectoryInfo>("--work", "-w") { Description = "The folder the forms were generated into, each with its truth beside it.", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "The cells file to write.", Required = true };
        var command = new Command("relabel", "Say again whether each cell of a cells file was read right, from the documents read and the truth.") { cells, documents, work, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (workRoot, documentRoot) = (parse.GetValue(work)!.FullName, parse.GetValue(documents)!.FullName);
            var lines = await File.ReadAllLinesAsync(parse.GetValue(cells)!.FullName, cancellationToken);
            CellsFile.Read(lines); // a file of another version is refused here, before anything is written
            var verdicts = new Dictionary<(string File, int Form), Dictionary<string, bool>>();
            var relabelled = new List<string>(lines.Length) { lines[0] };
            var changed = 0;
            foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)).Skip(1).Where(l => l.l.Length > 0))
            {
                var parts = line.Split('\t');
                var (file, form, path) = (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
                if (!verdicts.ContainsKey((file, form)))
                {
                    var truth = DocumentJson.Deserialize(await File.ReadAllTextAsync(GroundTruth.PathFor(Path.Combine(workRoot, file)), cancellationToken));
                    var read = DocumentJson.Deserialize(await File.ReadAllTextAsync(Path.Combine(documentRoot, file + ".json"), cancellationToken));
                    var report = AccuracyScorer.Score(file, truth, read);
                    foreach (var f in read.Forms)
                    {
                        verdicts[(file, f.FormIndex)] = Verdicts(report, f.FormIndex);
                    }
                }

                var right = (verdicts.TryGetValue((file, form), out var of) ? Verdict(of, path) : null)
                    ?? throw new InvalidDataException($"line {number}: {file} form {form} {path} has no value in the truth to compare with.");
                var label = right ? "1" : "0";
                changed += parts[3] == label ? 0 : 1;
                parts[3] = label;
                relabelled.Add(string.Join('\t', parts));
            }

            var target = parse.GetValue(output)!;
            target.Directory?.Create();
            await File.WriteAllLinesAsync(target.FullName, relabelled, new UTF8Encoding(false), cancellationToken);
            logger.Information("Relabelled {Cells} cells into {Out}: {Changed} changed", relabelled.Count - 1, target.Name, changed);
            return 0;
        });
        return command;
    }

    private static Command Train(ILogger logger)
    {
        var cells = new Option<FileInfo[]>("--cells", "-c") { Description = "Cells files written by 'confidence cells'.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "The model file to write.", Required = true };
        var trees = new Option<int>("--trees") { Description = "Boosted trees.", DefaultValueFactory = _ => 200 };
        var recognisedModel = new Option<FileInfo?>("--recognised-model")
        {
            Description = "Write a two-part model: this model file (or a two-part file's recognised part) scores cells read by OCR, and the model trained on the printed cells of --cells scores printed cells.",
        };
        var printedModel = new Option<FileInfo?>("--printed-model")
        {
            Description = "Write a two-part model: this model file (or a two-part file's printed part) scores printed cells, and the model trained on the cells read by OCR of --cells (all but those of coarse pages) scores cells read by OCR.",
        };
        var coarseModel = new Option<FileInfo?>("--coarse-model")
        {
            Description = "With --recognised-model or --printed-model: this model file scores cells read by OCR from coarse pages (below "
                + $"{CellFeatures.CoarseBelowDpi} dpi, or black and white), a third part of the file written.",
        };
        var coarseBeside = new Option<FileInfo?>("--coarse-beside")
        {
            Description = "Train only the part that scores cells read by OCR from coarse pages, on those cells of --cells, and write it beside the "
                + "two parts of this model file (a coarse part it has is replaced).",
        };
        var ceilingsBeside = new Option<FileInfo?>("--ceilings-beside")
        {
            Description = "Train nothing: measure the ceilings of the disputed measures and the contested indicator figures on the cells read by OCR of --cells, "
                + "as the parts of this model file score them, and write them beside them (ceilings it has are replaced, or kept where --cells hold no such cell).",
        };
        var command = new Command("train", "Train the confidence model on cells files. A two-part file also gets the ceilings of the disputed measures and the contested indicator figures, measured on the cells read by OCR of --cells (each kept from the file whose parts are kept where they hold none of its kind).")
        {
            cells, output, trees, recognisedModel, printedModel, coarseModel, coarseBeside, ceilingsBeside,
        };
        command.Validators.Add(result =>
        {
            var kept = new[] { result.GetValue(recognisedModel), result.GetValue(printedModel), result.GetValue(coarseBeside), result.GetValue(ceilingsBeside) }.Count(f => f is not null);
            if (kept > 1)
            {
                result.AddError("Give one of --recognised-model, --printed-model, --coarse-beside and --ceilings-beside: one part is trained (or the ceilings measured), the others kept.");
            }

            if (result.GetValue(coarseModel) is not null && result.GetValue(recognisedModel) is null && result.GetValue(printedModel) is null)
            {
                result.AddError("--coarse-model keeps the coarse part beside --recognised-model or --printed-model; give one of those with it.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = new List<LabelledCell>();
            foreach (var file in parse.GetValue(cells)!)
            {
                data.AddRange(CellsFile.Read(await File.ReadAllLinesAsync(file.FullName, cancellationToken)));
            }

            var model = parse.GetValue(output)!;
            model.Directory?.Create();
            var trainer = new ConfidenceTrainer(trees: parse.GetValue(trees));
            var coarse = parse.GetValue(coarseModel) is { } coarseFile ? await File.ReadAllBytesAsync(coarseFile.FullName, cancellationToken) : null;
            // Every file is written whole before it replaces --out, which may be the file a part is taken from.
            using var written = new MemoryStream();
            var read = data.Where(c => c.Features[CellFeatures.RecognisedIndex] > 0).ToArray();
            Ceilings? ceilings = null;
            if (parse.GetValue(recognisedModel) is { } recognisedFile)
            {
                // The printed cells' own model beside a model of cells read by OCR kept as it is.
                var (recognised, kept) = await Kept(recognisedFile, e => e.Recognised, cancellationToken);
                data = [.. data.Where(c => c.Features[CellFeatures.RecognisedIndex] <= 0)];
                using var printed = new MemoryStream();
                trainer.Train(data, printed);
                ceilings = ConfidenceTrainer.CombineMeasured(recognised, printed.ToArray(), coarse, read, kept, written);
            }
            else if (parse.GetValue(printedModel) is { } printedFile)
            {
                // The recognised cells' own model beside a model of printed cells kept as it is; cells of coarse
                // pages are left to a part of their own.
                var (printed, kept) = await Kept(printedFile, e => e.Printed, cancellationToken);
                data = [.. read.Where(c => !CellFeatures.Coarse(c.Features))];
                using var recognised = new MemoryStream();
                trainer.Train(data, recognised);
                ceilings = ConfidenceTrainer.CombineMeasured(recognised.ToArray(), printed, coarse, read, kept, written);
            }
            else if (parse.GetValue(coarseBeside) is { } besideFile)
            {
                var beside = await TwoParts(besideFile, "a coarse part is written beside a recognised and a printed part", cancellationToken);
                data = [.. data.Where(c => CellFeatures.Coarse(c.Features))];
                using var coarsePart = new MemoryStream();
                trainer.Train(data, coarsePart);
                // The coarse pages' cells are not what the ceilings were measured on: they are kept.
                ceilings = beside.Ceilings(besideFile.FullName);
                ConfidenceTrainer.Combine(beside.Recognised, beside.Printed, written, coarsePart.ToArray(), ceilings);
            }
            else if (parse.GetValue(ceilingsBeside) is { } ceilingsFile)
            {
                var beside = await TwoParts(ceilingsFile, "ceilings are written beside a recognised and a printed part", cancellationToken);
                data = [];
                ceilings = ConfidenceTrainer.CombineMeasured(beside.Recognised, beside.Printed, beside.Coarse, read, beside.Ceilings(ceilingsFile.FullName), written);
            }
            else
            {
                trainer.Train(data, written);
            }

            await File.WriteAllBytesAsync(model.FullName, written.ToArray(), cancellationToken);
            foreach (var (kind, ceiling) in ceilings?.Held ?? [])
            {
                logger.Information(
                    "{Kind} at or above {Top}: {Right} of {Cells} right, so they are given at most {Ceiling:0.0000}",
                    kind.Name,
                    FindingCheck.Top,
                    ceiling.Right,
                    ceiling.Cells,
                    ceiling.Ceiling);
            }

            if (data.Count > 0)
            {
                logger.Information("Trained on {Cells} cells ({Wrong} wrong) into {Model}", data.Count, data.Count(c => !c.Right), model.Name);
            }

            return 0;
        });
        return command;
    }

    /// <summary>A part kept from a model file: the file itself, or the part of a two-part file with that file's ceilings (none for a file that is one model).</summary>
    private static async Task<(byte[] Part, Ceilings Ceilings)> Kept(FileInfo file, Func<ModelEntries, byte[]> part, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        return ConfidenceModel.Entries(bytes) is { } entries
            ? (part(entries), entries.Ceilings(file.FullName))
            : (bytes, Ceilings.None);
    }

    /// <summary>The entries of a two-part model file; any other is an error saying <paramref name="why"/> one is needed.</summary>
    private static async Task<ModelEntries> TwoParts(FileInfo file, string why, CancellationToken cancellationToken) =>
        ConfidenceModel.Entries(await File.ReadAllBytesAsync(file.FullName, cancellationToken))
            ?? throw new InvalidDataException($"{file.FullName}: not a two-part confidence model; {why}.");

    /// <summary>
    /// <c>cross</c>: each cells file (a seed's) is scored by a model of cells read by OCR trained on the other files,
    /// and the reliability of all those scores is printed: how a change to the features or the training does on
    /// cells no model it is weighed by has seen, without looking at the held-out seeds. <c>--without</c> holds
    /// features at 0 everywhere, which is training without them (a tree cannot split on a constant).
    /// </summary>
    private static Command Cross(ILogger logger)
    {
        var cells = new Option<FileInfo[]>("--cells", "-c") { Description = "Cells files written by 'confidence cells', one a seed: each is left out in turn.", Required = true, AllowMultipleArgumentsPerToken = true };
        var trees = new Option<int>("--trees") { Description = "Boosted trees.", DefaultValueFactory = _ => 200 };
        var without = new Option<string[]>("--without") { Description = "Features to leave out (held at 0), by name.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("cross", "Score each cells file with a model of cells read by OCR trained on the others, and print the reliability of all the scores.") { cells, trees, without };
        command.Validators.Add(result =>
        {
            if (result.GetValue(cells) is { Length: < 2 })
            {
                result.AddError("Give at least two cells files: each is scored by a model of the others.");
            }

            foreach (var name in result.GetValue(without) ?? [])
            {
                if (!CellFeatures.Names.Contains(name))
                {
                    result.AddError($"'{name}' is not a feature; the features are {string.Join(", ", CellFeatures.Names)}.");
                }
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var left = (parse.GetValue(without) ?? []).Select(n => CellFeatures.Names.ToList().IndexOf(n)).ToArray();
            var files = new List<(string Name, LabelledCell[] Cells)>();
            foreach (var file in parse.GetValue(cells)!)
            {
                var read = CellsFile.Read(await File.ReadAllLinesAsync(file.FullName, cancellationToken));
                files.Add((file.Name, [.. read.Where(c => c.Features[CellFeatures.RecognisedIndex] > 0)]));
            }

            var scores = LeaveOneOut.Scores([.. files.Select(f => f.Cells)], new ConfidenceTrainer(trees: parse.GetValue(trees)), left);
            var output = parse.InvocationConfiguration.Output;
            var c = CultureInfo.InvariantCulture;
            var all = new List<(double Confidence, bool Right)>();
            for (var i = 0; i < files.Count; i++)
            {
                var fold = files[i].Cells.Select((x, j) => (scores[i][j], x.Right)).ToArray();
                all.AddRange(fold);
                var report = ReliabilityReport.Of(files[i].Name, fold);
                await output.WriteLineAsync(string.Create(c, $"- {files[i].Name}: {report.Cells:N0} cells, {report.Wrong} wrong; {report.WrongAtTop} wrong at ≥ 0.99; the lowest 3% hold {report.CaughtByLowest:P2}"));
            }

            await output.WriteLineAsync();
            await output.WriteAsync(ReliabilityReport.Of("each file scored by a model of the others, cells read by OCR", all).ToMarkdown());
            logger.Information("Scored {Files} files, each by a model of the others", files.Count);
            return 0;
        });
        return command;
    }

    private static Command Evaluate()
    {
        var cells = new Option<FileInfo[]>("--cells", "-c") { Description = "Held-out cells files.", Required = true, AllowMultipleArgumentsPerToken = true };
        var model = new Option<FileInfo>("--model", "-m") { Description = "The model file.", Required = true };
        var documents = new Option<DirectoryInfo[]>("--documents", "-d")
        {
            Description = "Folders of the documents the cells were read from ('confidence cells --documents'), one for each --cells file in the same order: also weigh the error findings resting on cells read wrong.",
            AllowMultipleArgumentsPerToken = true,
        };
        var missed = new Option<bool>("--missed")
        {
            Description = "Also name every wrong cell read by OCR that the review of the lowest-confidence 3% would miss, with its features.",
        };
        var band = new Option<double[]>("--band")
        {
            Description = "Also name every cell read by OCR whose confidence lies from FROM up to TO, right or wrong, with its features (--band FROM TO): to see what a band that is off its mean holds.",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("evaluate", "Print the model's reliability on held-out cells beside the recogniser's own confidence.") { cells, model, documents, missed, band };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = parse.GetValue(cells)!;
            var folders = parse.GetValue(documents) ?? [];
            if (folders.Length > 0 && folders.Length != files.Length)
            {
                throw new InvalidOperationException($"{folders.Length} --documents folders for {files.Length} --cells files: give each cells file the folder its documents were written to, in the same order.");
            }

            // Each cell with the cells file it came from: seeds' files are named alike, so a document is found by both.
            var data = new List<LabelledCell>();
            var source = new List<int>();
            for (var i = 0; i < files.Length; i++)
            {
                var read = CellsFile.Read(await File.ReadAllLinesAsync(files[i].FullName, cancellationToken));
                data.AddRange(read);
                source.AddRange(Enumerable.Repeat(i, read.Count));
            }

            var loaded = ConfidenceModel.Load(parse.GetValue(model)!.FullName);
            var probabilities = loaded.Probabilities([.. data.Select(c => c.Features)]);
            var output = parse.InvocationConfiguration.Output;
            // Cells read by OCR and printed cells apart: their errors differ in kind and in number.
            var recognised = data.Select((c, i) => (Cell: c, P: probabilities[i])).Where(x => x.Cell.Features[CellFeatures.RecognisedIndex] > 0).ToArray();
            var printed = data.Select((c, i) => (Cell: c, P: probabilities[i])).Where(x => x.Cell.Features[CellFeatures.RecognisedIndex] <= 0).ToArray();
            if (recognised.Length > 0)
            {
                await output.WriteAsync(ReliabilityReport.Of("model, cells read by OCR", [.. recognised.Select(x => (x.P, x.Cell.Right))]).ToMarkdown());
                // The cells that would escape review, named so that what they have in common can be seen.
                foreach (var (cell, p) in recognised.Where(x => !x.Cell.Right && x.P >= 0.99))
                {
                    await output.WriteLineAsync($"  - wrong at ≥ 0.99: {cell.File} form {cell.Form} {cell.Path} ({p.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)})");
                }

                if (parse.GetValue(missed))
                {
                    await WriteMissed(output, recognised);
                }

                if (parse.GetValue(band) is [var from, var to])
                {
                    await WriteBand(output, recognised, from, to);
                }

                await output.WriteLineAsync();
                await output.WriteLineAsync(ReliabilityReport.Of("Tesseract's own confidence, cells read by OCR", [.. recognised.Select(x => (x.Cell.Engine ?? 1, x.Cell.Right))]).ToMarkdown());
            }

            if (printed.Length > 0)
            {
                await output.WriteLineAsync(ReliabilityReport.Of("model, printed cells (text, HTML, PDF text layer)", [.. printed.Select(x => (x.P, x.Cell.Right))]).ToMarkdown());
            }

            if (folders.Length > 0)
            {
                // A document is named by its cells file when there are several, as seeds name their files alike.
                string Named(int file, string document) => files.Length > 1 ? $"{files[file].Name}: {document}" : document;
                var findings = new List<FindingOnCells>();
                for (var i = 0; i < folders.Length; i++)
                {
                    findings.AddRange((await ErrorFindings(folders[i], cancellationToken)).Select(f => f with { File = Named(i, f.File) }));
                }

                var at = data.Select((c, i) => (c, i)).GroupBy(x => (Named(source[x.i], x.c.File), x.c.Form, x.c.Path)).ToDictionary(g => g.Key, g => g.First().i);
                (double, bool)? Judge(string file, int form, string path, Func<int, double> confidence) =>
                    at.TryGetValue((file, form, path), out var i) ? (confidence(i), data[i].Right) : null;
                await output.WriteLineAsync(FindingCheck.Of("model", findings, (f, n, p) => Judge(f, n, p, i => probabilities[i])).ToMarkdown());
                await output.WriteLineAsync(FindingCheck.Of("Tesseract's own confidence", findings, (f, n, p) => Judge(f, n, p, i => data[i].Engine ?? 1)).ToMarkdown());
            }

            return 0;
        });
        return command;
    }

    /// <summary>The cells whose confidence lies in [<paramref name="from"/>, <paramref name="to"/>), lowest first.</summary>
    private static async Task WriteBand(TextWriter output, (LabelledCell Cell, double P)[] cells, double from, double to)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var inBand = cells.Where(x => x.P >= from && x.P < to).OrderBy(x => x.P).ToArray();
        await output.WriteLineAsync(string.Create(c, $"  cells from {from} up to {to}: {inBand.Length}, {inBand.Count(x => x.Cell.Right)} right"));
        foreach (var (cell, p) in inBand)
        {
            await output.WriteLineAsync((cell.Right ? "  - right " : "  - wrong ") + Line(cell, p));
        }
    }

    /// <summary>A cell with its confidence, where it is, and its features that are not 0.</summary>
    private static string Line(LabelledCell cell, double p)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return string.Create(c, $"{p:0.0000} {cell.File} form {cell.Form} {cell.Path}: ")
            + string.Join(' ', CellFeatures.Names.Zip(cell.Features, (n, f) => f == 0 ? null : $"{n}={f.ToString("0.###", c)}").OfType<string>());
    }

    /// <summary>The wrong cells above the review's cut (the lowest 3% by confidence), each with its features by name.</summary>
    private static async Task WriteMissed(TextWriter output, (LabelledCell Cell, double P)[] cells)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var reviewed = (int)Math.Ceiling(cells.Length * ReliabilityReport.ReviewShare);
        var ranked = cells.Select((x, i) => (x.Cell, x.P, i)).OrderBy(x => x.P).ThenBy(x => x.i).ToArray();
        await output.WriteLineAsync(string.Create(c, $"  wrong cells the review of the lowest {reviewed} would miss (the cut is at {ranked[Math.Min(reviewed, ranked.Length) - 1].P:0.0000}):"));
        foreach (var (cell, p, _) in ranked.Skip(reviewed).Where(x => !x.Cell.Right))
        {
            await output.WriteLineAsync("  - " + Line(cell, p));
        }

        // And the right cells the model doubts most, which the review would send to a person for nothing.
        var doubted = ranked.Where(x => x.Cell.Right && x.P < 0.5).ToArray();
        await output.WriteLineAsync(string.Create(c, $"  right cells below 0.5: {doubted.Length}"));
        foreach (var (cell, p, _) in doubted.Take(40))
        {
            await output.WriteLineAsync("  - " + Line(cell, p));
        }
    }

    /// <summary>
    /// The error findings (as the rules give them, before any doubt) of the documents under the folder, with the
    /// cells each rests on; a document is named as its file is in the cells file: its path under its folder
    /// without the '.json' added.
    /// </summary>
    private static async Task<List<FindingOnCells>> ErrorFindings(DirectoryInfo folder, CancellationToken cancellationToken)
    {
        var validator = Core.Validation.FormValidator.CreateDefault();
        var findings = new List<FindingOnCells>();
        foreach (var path in Directory.EnumerateFiles(folder.FullName, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(folder.FullName, path)[..^".json".Length];
            var document = DocumentJson.Deserialize(await File.ReadAllTextAsync(path, cancellationToken));
            foreach (var form in document.Forms)
            {
                var resting = Core.Reconciliation.FindingCells.Of(validator, form);
                findings.AddRange(form.Findings.Select((f, i) => (f, i))
                    .Where(x => (x.f.Doubt?.Severity ?? x.f.Severity) == Core.Model.Severity.Error)
                    .Select(x => new FindingOnCells(file, form.FormIndex, x.f.Rule, x.f.Path, resting[x.i])));
            }
        }

        return findings;
    }

    /// <summary>Each field of the form's comparison by its path in the extracted form: right in its words or not (white space is layout).</summary>
    private static Dictionary<string, bool> Verdicts(AccuracyReport report, int form) =>
        report.Fields.Where(f => f.Form == form && f.ActualPath is not null)
            .GroupBy(f => f.ActualPath!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.All(f => f.CorrectInWords), StringComparer.Ordinal);

    /// <summary>Whether a cell was read right; a cell of a row the truth does not have is wrong; null where the truth says nothing of it.</summary>
    private static bool? Verdict(Dictionary<string, bool> verdicts, string path)
    {
        if (verdicts.TryGetValue(path, out var right))
        {
            return right;
        }

        // A row invented by the reading is compared as a whole (its pointer without the field).
        var row = path.LastIndexOf('/');
        return row > 0 && verdicts.TryGetValue(path[..row], out var rowRight) ? rowRight : null;
    }
}
