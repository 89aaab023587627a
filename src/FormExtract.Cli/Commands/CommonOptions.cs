using System.CommandLine;
using System.CommandLine.Parsing;

namespace FormExtract.Cli.Commands;

/// <summary>Options shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> LogJson()
    {
        var option = new Option<FileInfo?>("--log-json")
        {
            Description = "Also write structured logs (compact JSON, one event per line) to this file.",
        };

        // The log's sink drops what it cannot write without a word, so a log that cannot be opened would be lost
        // silently: it is opened as the sink opens it (its folder made, the file appended to) before the command starts.
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is not { } file)
            {
                return;
            }

            try
            {
                Directory.CreateDirectory(file.DirectoryName!);
                using var stream = new FileStream(file.FullName, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                result.AddError($"--log-json: {file.FullName} cannot be written: {e.Message}");
            }
        });
        return option;
    }

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Log warnings and errors only, and show no progress bar.",
    };

    public static Option<FailOn> FailOn() => new("--fail-on")
    {
        Description = "Exit 3 when any finding is at least this severe: 'error', or 'warning' (which also counts extraction warnings).",
        CustomParser = result => result.Tokens.Single().Value switch
        {
            "error" => Commands.FailOn.Error,
            "warning" => Commands.FailOn.Warning,
            var other => Reject(result, $"--fail-on takes 'error' or 'warning', not '{other}'."),
        },
        DefaultValueFactory = _ => Commands.FailOn.Never,
    };

    public static Option<FileInfo?> ConfidenceModel() => new("--confidence-model")
    {
        Description = "The confidence model file that gives every cell its probability of being right (default: models/confidence.zip beside the program). A missing or damaged file stops the command before it reads anything.",
    };

    /// <summary>
    /// The model file the command will use (<paramref name="given"/>, else the one that comes with FormExtract),
    /// loaded now so that a missing or damaged file is one line naming it, before any input is read or any
    /// output opened; null and no problem when it loads. The extractor made afterwards reuses the loaded model.
    /// </summary>
    public static (string? Path, string? Problem) CheckConfidenceModel(FileInfo? given)
    {
        var path = given?.FullName ?? FormExtractorOptions.DefaultConfidenceModel;
        try
        {
            Ml.ConfidenceModel.Shared(path);
            return (path, null);
        }
        catch (InvalidDataException e)
        {
            // The message names the file; a model that cannot be used is never replaced by a silent fallback.
            return (path, e.Message);
        }
    }

    /// <summary>
    /// What a command that extracts needs settled before it reads anything: the confidence model file, loaded (see
    /// <see cref="CheckConfidenceModel"/>), and the extraction time the documents record (the option, else the
    /// environment; see <see cref="ExtractionTime"/>). The first problem found, as one line, when either fails.
    /// </summary>
    public static (string? ModelPath, DateTimeOffset? Time, string? Problem) CheckExtraction(FileInfo? model, DateTimeOffset? extractedAt)
    {
        var (modelPath, modelProblem) = CheckConfidenceModel(model);
        if (modelProblem is not null)
        {
            return (modelPath, null, modelProblem);
        }

        var (time, timeProblem) = ExtractionTime.Resolve(extractedAt, Environment.GetEnvironmentVariable(ExtractionTime.EnvironmentVariable));
        return (modelPath, time, timeProblem);
    }

    /// <summary>
    /// File arguments refuse anything that looks like an option: an unknown option would otherwise be taken for
    /// an input path (and the run fail on a file that does not exist). <c>-</c> alone stays a value; a file whose
    /// name starts with a dash is given as <c>./-name</c>.
    /// </summary>
    public static void RejectOptionLikeValues(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError($"Unknown option '{token.Value}' (a file whose name starts with '-' is given as ./{token.Value}).");
            }
        });

    private static Commands.FailOn Reject(ArgumentResult result, string message)
    {
        result.AddError(message);
        return Commands.FailOn.Never;
    }
}
