using System.Diagnostics;
using FormExtract.Core.Output;
using FormExtract.Core.Validation;
using Microsoft.AspNetCore.Http;

namespace FormExtract.Service;

/// <summary>
/// The handlers. Every refusal is a problem document (RFC 9457) whose <c>detail</c> says why: 400 for a request
/// that holds no usable file or document, 413 for one larger than the limit, 429 when all extraction slots are
/// taken (with <c>Retry-After</c>).
/// </summary>
internal sealed class Endpoints(FormExtractor extractor, ExtractionGate gate, ServiceOptions options, Serilog.ILogger log)
{
    private const string FileField = "file";
    private static readonly FormValidator Validator = FormValidator.CreateDefault();

    public async Task<IResult> ExtractAsync(HttpContext context)
    {
        using var slot = gate.TryEnter();
        if (slot is null)
        {
            context.Response.Headers.RetryAfter = "1";
            return Problem(StatusCodes.Status429TooManyRequests, "Too many extractions", $"All {gate.Capacity} extraction slots are busy; try again shortly.");
        }

        var request = context.Request;
        if (TooLarge(request) is { } tooLarge)
        {
            return tooLarge;
        }

        if (!request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "No file", $"Send the file as multipart/form-data, in a field named '{FileField}'.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UploadTooLarge();
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return UploadTooLarge();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unreadable upload", $"The multipart body cannot be read: {e.Message}");
        }

        var file = form.Files.GetFile(FileField);
        if (file is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "No file", $"The form has no file in a field named '{FileField}'.");
        }

        var name = string.IsNullOrWhiteSpace(file.FileName) ? FileField : Path.GetFileName(file.FileName);
        if (file.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "Empty file", $"{name} is empty.");
        }

        var clock = Stopwatch.StartNew();
        await using var stream = file.OpenReadStream();
        var document = await extractor.ExtractAsync(stream, name, context.RequestAborted).ConfigureAwait(false);
        log.Information(
            "Extracted {File}: {FormCount} forms, {WarningCount} warnings in {ElapsedMs} ms",
            name, document.Forms.Count, document.Warnings.Count, clock.ElapsedMilliseconds);
        return Results.Bytes(DocumentJson.SerializeToUtf8(document), "application/json");
    }

    public async Task<IResult> ValidateAsync(HttpContext context)
    {
        if (TooLarge(context.Request) is { } tooLarge)
        {
            return tooLarge;
        }

        string text;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UploadTooLarge();
        }

        var read = DocumentParser.Parse(text);
        if (read.Document is not { } document)
        {
            var problems = read.Problems.Select(p => p.ToString()).ToArray();
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Not a document",
                detail: "The body is not a FormExtract document: " + string.Join("; ", problems),
                extensions: new Dictionary<string, object?> { ["problems"] = read.Problems.Select(p => new { path = p.Path, message = p.Message }).ToArray() });
        }

        var revalidated = document with { Forms = document.Forms.Select(f => Validator.Revalidate(f, document.Source.Ocr)).ToArray() };
        return Results.Bytes(DocumentJson.SerializeToUtf8(revalidated), "application/json");
    }

    /// <summary>A body announced larger than the limit is refused before it is read.</summary>
    private IResult? TooLarge(HttpRequest request) =>
        request.ContentLength > options.MaxUploadBytes ? UploadTooLarge() : null;

    private IResult UploadTooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large", $"The limit is {options.MaxUploadBytes} bytes per request.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
