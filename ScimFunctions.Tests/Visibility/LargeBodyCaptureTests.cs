using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScimFunctions.Hosting;
using ScimFunctions.Visibility.Redaction;
using ScimFunctions.Visibility.RequestLog;

namespace ScimFunctions.Tests.Visibility;

/// <summary>
/// Large response bodies (a 50,000-member group) reach the request log only as their start,
/// which is redacted as a whole body would be and capped with the usual marker.
/// </summary>
public sealed class LargeBodyCaptureTests
{
    private const string KnownSecret = "test-scim-token";
    private const int MaxBodyChars = 200;

    private readonly RequestLogChannel _channel = new(10);

    [Fact]
    public async Task InvokeAsync_StreamedBody_CapturedStartAndLengthHandedOverAfterTheWrite()
    {
        var body = BigGroupBody(members: 100);
        var middleware = Middleware();

        var response = await middleware.InvokeAsync(Context(), () => Task.FromResult(Streamed(body)));
        var queuedBeforeWrite = _channel.TryRead(out _);
        using var sent = new MemoryStream();
        await response.WriteBodyAsync(sent, CancellationToken.None);

        Assert.False(queuedBeforeWrite);
        Assert.Equal(body, Encoding.UTF8.GetString(sent.ToArray()));
        Assert.True(_channel.TryRead(out var item));
        var captured = item.Request!;
        Assert.Equal(BodyCapture.LimitBytes(MaxBodyChars), captured.ResponseBody.Length);
        Assert.Equal(body.Length, captured.ResponseBodyChars);
        Assert.Equal("W/\"7\"", captured.ResponseHeaders["ETag"]);
    }

    [Fact]
    public async Task InvokeAsync_LargeBufferedBody_KeepsOnlyItsStart()
    {
        var body = BigGroupBody(members: 100);
        var middleware = Middleware();

        await middleware.InvokeAsync(Context(), () => Task.FromResult(AppResponse.Text(200, body, "application/scim+json")));

        Assert.True(_channel.TryRead(out var item));
        Assert.Equal(BodyCapture.LimitBytes(MaxBodyChars), item.Request!.ResponseBody.Length);
        Assert.Equal(body.Length, item.Request.ResponseBodyChars);
    }

    [Fact]
    public async Task InvokeAsync_SmallStreamedBody_KeptWhole()
    {
        var middleware = Middleware();

        var response = await middleware.InvokeAsync(Context(), () => Task.FromResult(Streamed("{\"id\":\"g-1\"}")));
        await response.WriteBodyAsync(Stream.Null, CancellationToken.None);

        Assert.True(_channel.TryRead(out var item));
        Assert.Equal("{\"id\":\"g-1\"}", Encoding.UTF8.GetString(item.Request!.ResponseBody));
        Assert.Null(item.Request.ResponseBodyChars);
    }

    [Fact]
    public void Build_CutBodyWithSecrets_StoresRedactedCappedStart()
    {
        var body = BigGroupBody(members: 100);
        var request = Cut(Captured.Request("GET", "/scim/v2/Groups/g-1", 200, responseBody: body), body);
        var builder = new LogEntryBuilder(new SecretRedactor([KnownSecret]), MaxBodyChars);

        var entry = builder.Build(request, new Dictionary<string, string>());

        Assert.EndsWith(LogEntryBuilder.CutMarker(body.Length), entry.ResponseBody, StringComparison.Ordinal);
        Assert.Equal(MaxBodyChars + LogEntryBuilder.CutMarker(body.Length).Length, entry.ResponseBody!.Length);
        Assert.StartsWith("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"id\":\"g-1\"", entry.ResponseBody);
        Assert.DoesNotContain("s3cr3t-client-value", entry.ResponseBody, StringComparison.Ordinal);
        Assert.DoesNotContain(KnownSecret, entry.ResponseBody, StringComparison.Ordinal);
        Assert.Contains($"\"clientSecret\":\"{SecretRedactor.Mask}\"", entry.ResponseBody, StringComparison.Ordinal);
        Assert.Equal("Read Group g-1", entry.Summary);
    }

    [Fact]
    public void Build_CutListResponse_CountsResultsFromTheStart()
    {
        var body = """{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":5000,"Resources":["""
            + string.Join(',', Enumerable.Repeat("""{"id":"u"}""", 100));
        var request = Cut(Captured.Request("GET", "/scim/v2/Users", 200, responseBody: body), body);

        var entry = new LogEntryBuilder(new SecretRedactor([]), MaxBodyChars).Build(request, new Dictionary<string, string>());

        Assert.Equal("Listed Users: 5000 results", entry.Summary);
    }

    [Theory]
    [InlineData("""{"id":"g-1","password":"half-a-secr""")]
    [InlineData("""{"id":"g-1","displayName":"test-scim-to""")]
    [InlineData("""{"id":"g-1","clientSecret":{"nested":["a","b""")]
    public void Redact_CutInsideAValue_DropsTheIncompleteValue(string start)
    {
        var redacted = new JsonPrefixRedactor(new SecretRedactor([KnownSecret])).Redact(Encoding.UTF8.GetBytes(start));

        Assert.NotNull(redacted);
        Assert.StartsWith("{\"id\":\"g-1\",\"", redacted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("half", redacted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("test-scim", redacted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("nested", redacted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryEnqueue_BodiesOverTheByteBudget_DroppedAndCounted()
    {
        var channel = new RequestLogChannel(10, maxBodyBytes: 150);
        var request = Captured.Request("GET", "/scim/v2/Users", 200, responseBody: new string('x', 100));

        var first = channel.TryEnqueue(request);
        var second = channel.TryEnqueue(request);
        channel.TryRead(out _);
        var third = channel.TryEnqueue(request);

        Assert.True(first);
        Assert.False(second);
        Assert.True(third);
        Assert.Equal(1, channel.Dropped);
    }

    private static string BigGroupBody(int members) =>
        """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g-1","displayName":"Team","""
        + $$"""
        "clientSecret":"s3cr3t-client-value","description":"token {{KnownSecret}} here","members":[
        """
        + string.Join(',', Enumerable.Range(0, members).Select(i => $$"""{"value":"u-{{i}}","type":"User"}"""))
        + "]}";

    private static CapturedRequest Cut(CapturedRequest request, string body) => request with
    {
        ResponseBody = Encoding.UTF8.GetBytes(body)[..BodyCapture.LimitBytes(MaxBodyChars)],
        ResponseBodyChars = body.Length,
    };

    private static AppResponse Streamed(string body) =>
        new AppResponse(200, (stream, cancellation) => stream.WriteAsync(Encoding.UTF8.GetBytes(body), cancellation).AsTask(),
            "application/scim+json").WithHeader("ETag", "W/\"7\"");

    private static RequestContext Context() => new(
        new AppRequest("GET", "/scim/v2/Groups/g-1", string.Empty, new Dictionary<string, string>(), [],
            new Uri("http://localhost/"), "127.0.0.1"),
        null,
        new EmptyServices(),
        CancellationToken.None);

    private RequestLogMiddleware Middleware() => new(
        _channel,
        new FakeTimeProvider(Captured.Noon),
        Options.Create(new RequestLogOptions { MaxBodyChars = MaxBodyChars }),
        NullLogger<RequestLogMiddleware>.Instance);

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
