using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Options;
using ScimFunctions.Hosting.Configuration;
using ScimFunctions.Hosting.Pipeline;

namespace ScimFunctions.Functions;

/// <summary>
/// The HTTP entry points of the Functions host. Each forwards to the shared pipeline, which owns
/// routing, authentication and every behaviour; the functions differ only in the URL space they
/// claim. They are anonymous at the Functions level because Entra authenticates with a bearer
/// token, which the pipeline checks.
/// </summary>
public sealed class HttpFunctions
{
    private readonly AppPipeline _pipeline;
    private readonly ScimToolOptions _options;

    public HttpFunctions(AppPipeline pipeline, IOptions<ScimToolOptions> options)
    {
        _pipeline = pipeline;
        _options = options.Value;
    }

    [Function("ScimApi")]
    public Task<HttpResponseData> ScimApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, Route = "scim/v2/{*path}")] HttpRequestData request,
        FunctionContext context) => HandleAsync(request, context);

    [Function("ScimAdmin")]
    public Task<HttpResponseData> ScimAdmin(
        [HttpTrigger(AuthorizationLevel.Anonymous, Route = "scim/admin/{*path}")] HttpRequestData request,
        FunctionContext context) => HandleAsync(request, context);

    [Function("ScimHealth")]
    public Task<HttpResponseData> ScimHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "scim/health")] HttpRequestData request,
        FunctionContext context) => HandleAsync(request, context);

    private async Task<HttpResponseData> HandleAsync(HttpRequestData request, FunctionContext context)
    {
        var cancellation = context.CancellationToken;
        var appRequest = await HttpRequestDataAdapter.ToAppRequestAsync(request, _options.MaxBodyBytes, cancellation);
        var response = await _pipeline.HandleAsync(appRequest, cancellation);
        return await HttpRequestDataAdapter.ToResponseDataAsync(request, response, cancellation);
    }
}
