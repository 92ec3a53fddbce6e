using ScimFunctions.Hosting;

namespace ScimFunctions.Tests.Hosting;

public sealed class QueryParametersTests
{
    [Fact]
    public void Parse_EntraFormEncodedFilter_DecodesPlusAsSpace()
    {
        // E-01: Entra's Test Connection sends the filter form-encoded.
        var query = QueryParameters.Parse("filter=userName+eq+%227d420df3-0000-0000-0000-000000000001%22");

        Assert.Equal("userName eq \"7d420df3-0000-0000-0000-000000000001\"", query["filter"]);
    }

    [Fact]
    public void Parse_EncodedPlus_StaysPlus()
    {
        var query = QueryParameters.Parse("filter=userName%20eq%20%22a%2Bb%40example.com%22");

        Assert.Equal("userName eq \"a+b@example.com\"", query["filter"]);
    }

    [Fact]
    public void Parse_NamesWithoutRegardToCase_FirstOccurrenceWins()
    {
        var query = QueryParameters.Parse("?StartIndex=5&startIndex=9&count=");

        Assert.Equal("5", query["startindex"]);
        Assert.Equal(string.Empty, query["count"]);
        Assert.Null(query["filter"]);
    }

    [Fact]
    public void Parse_MalformedEscape_KeepsTextInsteadOfThrowing()
    {
        var query = QueryParameters.Parse("filter=%zz");

        Assert.Equal("%zz", query["filter"]);
    }
}
