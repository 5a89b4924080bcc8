using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WorkflowPortal.Api.Operations;

// Every API operation names the problems it may answer with (RFC 9457 problem details), and an
// endpoint that reads its body by hand (multipart, or JSON or multipart) describes it through
// RequestBodyDoc metadata: the routing of those endpoints must not depend on Content-Type.
internal static class ProblemResponses
{
    static readonly (string Status, string Description)[] Always =
    [
        ("400", "The request is not valid: problem details, with per-field errors when fields are at fault."),
        ("401", "Not signed in, or the token expired or was revoked."),
        ("403", "Signed in but not allowed to do this, or the request came from another site."),
        ("404", "Not found, or not visible to the caller."),
        ("409", "The state changed meanwhile, or the action is not available now."),
        ("429", "Too many requests; try again after Retry-After seconds."),
    ];

    static readonly (string Status, string Description)[] WithBody =
    [
        ("413", "The body is larger than the limit."),
        ("415", "The body's content type is not accepted here."),
    ];

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestBodyDoc>().FirstOrDefault() is { } doc && operation.RequestBody is null)
        {
            var content = new Dictionary<string, OpenApiMediaType>();
            if (doc.Json is { } json) content["application/json"] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(json, null, ct) };
            var form = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema>() };
            foreach (var field in doc.Fields) form.Properties[field] = new OpenApiSchema { Type = JsonSchemaType.String };
            foreach (var file in doc.Files)
                form.Properties[file] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            if (doc.AnyField) form.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String, Description = "one part per form field (files: binary)" };
            content["multipart/form-data"] = new OpenApiMediaType { Schema = form };
            operation.RequestBody = new OpenApiRequestBody { Required = true, Content = content };
        }

        operation.Responses ??= [];
        var method = context.Description.HttpMethod ?? "GET";
        var statuses = method is "POST" or "PUT" or "PATCH" ? Always.Concat(WithBody) : Always;
        foreach (var (status, description) in statuses)
        {
            if (operation.Responses.ContainsKey(status)) continue;
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = Problem() } },
            };
        }
    }

    static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };
}

// The body of an endpoint that reads it by hand (for the API description only): an optional JSON
// type and the multipart form's text fields and file fields.
internal sealed record RequestBodyDoc(Type? Json, string[] Fields, string[] Files, bool AnyField = false);
