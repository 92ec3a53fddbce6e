using ScimFunctions.Scim.Errors;
using static ScimFunctions.Tests.Scim.Resources.NormalizerTestData;

namespace ScimFunctions.Tests.Scim.Resources;

public sealed class ResourceNormalizerErrorTests
{
    [Theory]
    [InlineData("""{"userName":42}""", "userName")]
    [InlineData("""{"userName":{"value":"u"}}""", "userName")]
    [InlineData("""{"userName":["u"]}""", "userName")]
    [InlineData("""{"userName":"u","name":"Given Family"}""", "name")]
    [InlineData("""{"userName":"u","active":"maybe"}""", "active")]
    [InlineData("""{"userName":"u","active":1}""", "active")]
    [InlineData("""{"userName":"u","emails":["a@example.com"]}""", "emails")]
    [InlineData("""{"userName":"u","emails":[{"value":"a@example.com","primary":"yes"}]}""", "emails.primary")]
    [InlineData("""{"userName":"u","password":12345}""", "password")]
    [InlineData("""{"userName":"u","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":"x"}""",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")]
    [InlineData("""{"userName":"u","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":7}}""",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")]
    public void Normalize_WrongType_IsInvalidValueNamingTheAttribute(string body, string attribute)
    {
        var error = Assert.Throws<ScimException>(() => User(body));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimType.InvalidValue, error.ScimType);
        Assert.Contains($"'{attribute}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"active":true}""")]
    [InlineData("""{"userName":null}""")]
    [InlineData("""{"userName":""}""")]
    [InlineData("""{"userName":"   "}""")]
    [InlineData("""{"userame":"OMalley"}""")]
    public void Normalize_UserWithoutUserName_IsInvalidValue(string body)
    {
        var error = Assert.Throws<ScimException>(() => User(body));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimType.InvalidValue, error.ScimType);
        Assert.Contains("'userName'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"externalId":"x"}""")]
    [InlineData("""{"displayName":""}""")]
    public void Normalize_GroupWithoutDisplayName_IsInvalidValue(string body)
    {
        var error = Assert.Throws<ScimException>(() => Group(body));

        Assert.Equal(ScimType.InvalidValue, error.ScimType);
        Assert.Contains("'displayName'", error.Message, StringComparison.Ordinal);
    }
}
