using ScimFunctions.Hosting;

namespace ScimFunctions.Tests.Hosting;

public sealed class BodyReaderTests
{
    [Fact]
    public async Task ReadAsync_BodyWithinCap_ReturnsAllBytes()
    {
        using var stream = new MemoryStream(new byte[1000]);

        var (body, tooLarge) = await BodyReader.ReadAsync(stream, 1000, CancellationToken.None);

        Assert.False(tooLarge);
        Assert.Equal(1000, body.Length);
    }

    [Fact]
    public async Task ReadAsync_BodyOverCap_ReportsTooLargeAndKeepsNothing()
    {
        using var stream = new MemoryStream(new byte[1001]);

        var (body, tooLarge) = await BodyReader.ReadAsync(stream, 1000, CancellationToken.None);

        Assert.True(tooLarge);
        Assert.Empty(body);
    }
}
