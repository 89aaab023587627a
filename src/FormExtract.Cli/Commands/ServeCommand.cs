using System.CommandLine;
using FormExtract.Cli.Limits;
using FormExtract.Cli.Logging;
using FormExtract.Service;
using Microsoft.Extensions.Hosting;

namespace FormExtract.Cli.Commands;

/// <summary><c>formextract serve [--urls http://127.0.0.1:5080]</c>: the HTTP service, until Ctrl+C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, separated by ';'.", DefaultValueFactory = _ => ServiceOptions.Default.Urls };
        urls.Validators.Add(result =>
        {
            var addresses = ServiceOptions.Addresses(result.GetValueOrDefault<string>() ?? string.Empty);
            if (addresses.Length == 0)
            {
                result.AddError("--urls: give at least one address to listen on.");
            }

            foreach (var address in addresses.Where(a => !IsListenAddress(a)))
            {
                result.AddError($"--urls: '{address}' is no address to listen on; give http://HOST:PORT or https://HOST:PORT (HOST an IP address, a name, or * for every address).");
            }
        });
        var maxUpload = PositiveInt("--max-upload-mb", "Largest upload accepted, in MB (larger: 413).", 50);
        var maxExtractions = PositiveInt("--max-extractions", "Extractions at once (more: 429).", Environment.ProcessorCount);
        var noOcr = new Option<bool>("--no-ocr") { Description = "Read no scans: images are not taken, PDFs are read from their text layer alone." };
        var confidenceModel = CommonOptions.ConfidenceModel();
        var limit = BatchSafetyOptions.Limit();
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("serve", "Serve extraction over HTTP: POST /extract, POST /validate, GET /schema, GET /health, GET /openapi/v1.json.")
        {
            urls, maxUpload, maxExtractions, noOcr, confidenceModel, limit, logJson, quiet,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (modelPath, modelProblem) = CommonOptions.CheckConfidenceModel(parsed.GetValue(confidenceModel));
            if (modelProblem is not null)
            {
                await Console.Error.WriteLineAsync($"formextract: {modelProblem}").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

            await using var logger = Logs.Create(parsed.GetValue(logJson), parsed.GetValue(quiet));
            var options = new ServiceOptions
            {
                Urls = parsed.GetValue(urls)!,
                MaxUploadBytes = parsed.GetValue(maxUpload) * 1024L * 1024,
                MaxConcurrentExtractions = parsed.GetValue(maxExtractions),
                Extractor = FormExtractorOptions.Default with
                {
                    Ocr = !parsed.GetValue(noOcr),
                    ConfidenceModel = modelPath,
                    Limits = LimitSettings.Parse(parsed.GetValue(limit) ?? []).Limits!,
                },
            };
            await using var app = ExtractionService.Build(options, logger);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                logger.Error("Cannot listen on {Urls}: {Reason}", options.Urls, e.Message);
                return CommandLine.SomeFailed;
            }

            logger.Information("Listening on {Urls}", string.Join(", ", app.Urls));
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return CommandLine.Success;
        });
        return command;
    }

    /// <summary>
    /// Whether Kestrel can listen on <paramref name="address"/> as written: http or https, a host, a port (the
    /// scheme's when none is given; 0 for any free one), no path. Kestrel takes what it cannot parse for a host name,
    /// so a port it could not read (<c>http://127.0.0.1:50800x</c>) had the service listen on port 80 of every interface.
    /// </summary>
    internal static bool IsListenAddress(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        // Kestrel's hosts for every address, * and +, are no host to System.Uri.
        var hostAt = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var written = hostAt >= 3 && address.Length > hostAt && address[hostAt] is '*' or '+' ? address[..hostAt] + "0.0.0.0" + address[(hostAt + 1)..] : address;
        return Uri.TryCreate(written, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0 && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.UserInfo.Length == 0;
    }

    private static Option<int> PositiveInt(string name, string description, int defaultValue) => new(name)
    {
        Description = $"{description} Default {defaultValue}.",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                return value;
            }

            result.AddError($"{name} takes a whole number, at least 1, not '{text}'.");
            return defaultValue;
        },
    };
}
