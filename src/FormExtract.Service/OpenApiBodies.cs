using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FormExtract.Service;

/// <summary>
/// The request bodies of /extract and /validate in the OpenAPI description. The handlers read their bodies
/// themselves (so that a wrong one gets a 400 that says why, not a bare 415), hence the framework cannot infer them.
/// </summary>
internal static class OpenApiBodies
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        switch (context.Description.RelativePath)
        {
            case "extract":
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The file to read, in the field 'file'.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Required = new HashSet<string> { "file" },
                                Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                            },
                        },
                    },
                };
                break;
            case "validate":
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A document as /extract returns it (GET /schema describes it).",
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } },
                };
                break;
        }

        return Task.CompletedTask;
    }
}
