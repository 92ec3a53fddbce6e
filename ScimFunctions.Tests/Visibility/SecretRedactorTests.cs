using System.Text.Json.Nodes;
using ScimFunctions.Visibility.Redaction;

namespace ScimFunctions.Tests.Visibility;

public sealed class SecretRedactorTests
{
    private const string ConfiguredSecret = "configured-secret-value-42";

    private readonly SecretRedactor _redactor = new([ConfiguredSecret]);

    [Fact]
    public void RedactHeaders_Authorization_KeepsSchemeOnly()
    {
        var headers = new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer abc.def.ghi-token",
            ["X-Functions-Key"] = "function-key-value",
            ["Content-Type"] = "application/scim+json",
        };

        var redacted = _redactor.RedactHeaders(headers);

        Assert.Equal("Bearer [redacted]", redacted["Authorization"]);
        Assert.Equal("[redacted]", redacted["X-Functions-Key"]);
        Assert.Equal("application/scim+json", redacted["Content-Type"]);
    }

    [Theory]
    [InlineData("""{"userName":"a","password":"Hunter2!x"}""")]
    [InlineData("""{"Operations":[{"op":"replace","path":"password","value":"Hunter2!x"}]}""")]
    [InlineData("""{"Operations":[{"op":"Replace","value":{"password":"Hunter2!x"}}]}""")]
    [InlineData("""{"urn:ietf:params:scim:schemas:core:2.0:User:password":"Hunter2!x"}""")]
    [InlineData("""{"Operations":[{"op":"add","path":"urn:ietf:params:scim:schemas:core:2.0:User:password","value":"Hunter2!x"}]}""")]
    [InlineData("""{"clientSecret":"Hunter2!x","nested":{"accessToken":"Hunter2!x"}}""")]
    public void RedactBody_PasswordAnywhereInJson_IsMasked(string body)
    {
        var redacted = _redactor.RedactBody(body);

        Assert.DoesNotContain("Hunter2!x", redacted, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, redacted, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(redacted));
    }

    [Fact]
    public void RedactBody_FilterOnPasswordEchoedInsideAValue_IsMasked()
    {
        var body = """{"detail":"The filter is not valid: password eq \"Hunter2!x\" cannot be used."}""";

        var redacted = _redactor.RedactBody(body);

        Assert.DoesNotContain("Hunter2!x", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactBody_MalformedJsonWithPassword_IsMaskedAsText()
    {
        var redacted = _redactor.RedactBody("""{"userName":"a", "password": "Hunter2!x",""");

        Assert.DoesNotContain("Hunter2!x", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactBody_OrdinaryAttributes_AreKept()
    {
        var body = """{"userName":"alice@contoso.com","displayName":"Alice","active":true}""";

        var redacted = _redactor.RedactBody(body);

        Assert.Equal(body, redacted);
    }

    [Theory]
    [InlineData("code=oauth-code-123456&state=x", "oauth-code-123456")]
    [InlineData("sv=2024-01-01&sig=AbCdEf%2Bsignature%3D&se=2026", "AbCdEf")]
    [InlineData("filter=password+eq+%22Hunter2%21x%22", "Hunter2")]
    [InlineData("access_token=eyJhbGciOi.payload.sig", "eyJhbGciOi")]
    public void RedactQuery_SecretParameters_AreMasked(string query, string secret)
    {
        var redacted = _redactor.RedactQuery(query);

        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactQuery_EntraFilter_IsKeptAsSent()
    {
        var query = "filter=userName+eq+%22alice%40contoso.com%22&startIndex=1";

        Assert.Equal(query, _redactor.RedactQuery(query));
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=c2VjcmV0a2V5dmFsdWU=;EndpointSuffix=core")]
    [InlineData("https://acct.file.core.windows.net/share?sv=2024&sig=c2VjcmV0a2V5dmFsdWU%3D")]
    [InlineData("Server=db;User Id=sa;Password=c2VjcmV0a2V5dmFsdWU=;")]
    public void RedactText_ConnectionStrings_LoseTheirKeys(string text)
    {
        var redacted = _redactor.RedactText(text);

        Assert.DoesNotContain("c2VjcmV0a2V5dmFsdWU", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactText_ConfiguredSecretAnywhere_IsMasked()
    {
        var redacted = _redactor.RedactText($"{{\"note\":\"the value is {ConfiguredSecret} here\"}}");

        Assert.DoesNotContain(ConfiguredSecret, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactText_JwtAndBearerTokens_AreMasked()
    {
        var jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

        var redacted = _redactor.RedactText($"token {jwt} and Bearer another-long-token-value");

        Assert.DoesNotContain("eyJzdWIi", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("another-long-token-value", redacted, StringComparison.Ordinal);
    }
    [Fact]
    public void RedactBody_BodyWithNothingSecret_IsStoredAsSent()
    {
        var body = """{"id":"7","userName":"ann@contoso.example","meta":{"version":"W/\"1\""}}""";

        var redacted = _redactor.RedactBody(body);

        Assert.Equal(body, redacted);
        Assert.False(_redactor.MayHoldSecret(body));
    }

    [Theory]
    [InlineData("""{"note":"configured-s\u0065cret-value-42"}""")]
    [InlineData("""{"note":"\u0063onfigured-secret-value-42"}""")]
    public void RedactBody_ConfiguredSecretSpelledWithJsonEscapes_IsMasked(string body)
    {
        var redacted = _redactor.RedactBody(body);

        Assert.DoesNotContain(ConfiguredSecret, JsonNode.Parse(redacted)!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q7/Zx\"w9Lm", """{"note":"q7\/Zx\"w9Lm"}""")]
    [InlineData("q7/Zx\"w9Lm", """{"note":"q7/Zx\"w9Lm"}""")]
    [InlineData("k8\\Pz4rTy", """{"note":"k8\\Pz4rTy"}""")]
    public void RedactBody_SecretWithCharactersJsonEscapes_IsMasked(string secret, string body)
    {
        var redactor = new SecretRedactor([secret]);

        var redacted = redactor.RedactBody(body);

        Assert.DoesNotContain(secret, JsonNode.Parse(redacted)!["note"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, redacted, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("""{"Operations":[{"op":"replace","Path":"password","value":"Hunter2!x"}]}""")]
    [InlineData("""{"Operations":[{"op":"replace","PATH":"password","VALUE":"Hunter2!x"}]}""")]
    public void RedactBody_PatchPathInAnyCase_MasksTheValue(string body)
    {
        var redacted = _redactor.RedactBody(body);

        Assert.DoesNotContain("Hunter2!x", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactJson_ActivityChangeOfASecretAttribute_MasksOldAndNew()
    {
        var details = JsonNode.Parse(
            """[{"attribute":"acme.custom.userPassword","old":"Hunter1!x","new":"Hunter2!x"},{"attribute":"title","old":"a","new":"b"}]""")!;

        SecretRedactor.RedactJson(details);

        var text = details.ToJsonString();
        Assert.DoesNotContain("Hunter1!x", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2!x", text, StringComparison.Ordinal);
        Assert.Equal("b", (string?)details[1]!["new"]);
    }

    [Theory]
    [InlineData("filter=password eq Hunter2x")]
    [InlineData("filter=password%20eq%20%27Hunter2x%27")]
    [InlineData("filter=userName%20eq%20%22a%22%20or%20password%20eq%20Hunter2x")]
    public void RedactQuery_PasswordFilterWithBareOrSingleQuotedValue_IsMasked(string query)
    {
        var redacted = _redactor.RedactQuery(query);

        Assert.DoesNotContain("Hunter2x", Uri.UnescapeDataString(redacted), StringComparison.Ordinal);
    }

    [Fact]
    public void RedactText_PasswordPresentFilter_KeepsTheRestOfTheFilter()
    {
        var redacted = _redactor.RedactText("password pr and userName eq \"ann\"");

        Assert.Equal("password pr and userName eq \"ann\"", redacted);
    }

    [Theory]
    [InlineData("""{"note":"configured-s\u0065cret-value-42",""")]
    [InlineData("""{"note":"configured-secret\/value-42",""")]
    public void RedactBody_BrokenJsonSpellingASecretWithEscapes_IsMasked(string body)
    {
        var redactor = new SecretRedactor(["configured-secret/value-42", ConfiguredSecret]);

        var redacted = redactor.RedactBody(body);

        Assert.DoesNotContain("value-42", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactQuery_BareParameterHoldingASecret_IsMasked()
    {
        var redacted = _redactor.RedactQuery("count=1&configured-%73ecret-value-42");

        Assert.Equal("count=1&" + SecretRedactor.Mask, redacted);
    }

    [Fact]
    public void RedactHeaders_SecretAsAHeaderName_IsMasked()
    {
        var redacted = _redactor.RedactHeaders(new Dictionary<string, string> { [ConfiguredSecret] = "1" });

        Assert.DoesNotContain(redacted.Keys, name => name.Contains(ConfiguredSecret, StringComparison.Ordinal));
    }
}
