using FormExtract.Core.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FormExtract.Service;

/// <summary>
/// <c>formextract serve</c>: <c>POST /extract</c> (a file upload) returns its document; <c>POST /validate</c> (a
/// document) returns it with its findings recomputed; <c>GET /schema</c>, <c>GET /health</c>, and the OpenAPI
/// description at <c>GET /openapi/v1.json</c>.
/// </summary>
public static class ExtractionService
{
    public static WebApplication Build(ServiceOptions options, Serilog.ILogger log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(ServiceOptions.Addresses(options.Urls));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes);
        // The service logs what it does itself (through the caller's Serilog logger); the framework's own
        // per-request chatter stays off.
        builder.Logging.ClearProviders();
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxUploadBytes;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxUploadBytes);
        });
        builder.Services.AddSingleton(new FormExtractor(options.Extractor with { Parallelism = options.MaxConcurrentExtractions }));
        builder.Services.AddSingleton(new ExtractionGate(options.MaxConcurrentExtractions));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton<Endpoints>();
        builder.Services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "FormExtract";
                document.Info.Version = ToolVersion.Current;
                document.Info.Description = "Turns 财政项目支出绩效自评表 forms into validated JSON documents (spec/OUTPUT.md).";
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer(OpenApiBodies.Describe);
        });

        var app = builder.Build();
        app.MapOpenApi();
        app.MapPost("/extract", (HttpContext context, Endpoints endpoints) => endpoints.ExtractAsync(context))
            .WithSummary("Read a file's forms into a document")
            .WithDescription("The file goes in a multipart/form-data field named 'file'; any format FormExtract reads (text dump, HTML, Word, Excel, PDF, image).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapPost("/validate", (HttpContext context, Endpoints endpoints) => endpoints.ValidateAsync(context))
            .WithSummary("Recompute a document's findings")
            .WithDescription("The body is a document as /extract returns it (perhaps with cells corrected); the answer is the document with its findings recomputed.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        app.MapGet("/schema", () => Results.Text(DocumentSchema.Text, "application/schema+json"))
            .WithSummary("The JSON schema every document keeps to");
        app.MapGet("/health", () => Results.Json(new Health("ok", ToolVersion.Current)))
            .WithSummary("Whether the service is up, and its version");
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<FormExtractor>().Dispose());
        return app;
    }

    /// <summary>The answer of <c>GET /health</c>.</summary>
    public sealed record Health(string Status, string Version);
}
