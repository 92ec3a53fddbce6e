namespace ScimFunctions.Scim.Filters;

internal enum FilterTokenKind
{
    Word,
    String,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    End,
}

/// <summary>
/// One lexical unit of a filter. <see cref="Text"/> is the decoded value of a quoted string, or
/// the raw text of anything else; <see cref="Position"/> is its offset, for error details.
/// </summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Text, int Position)
{
    public bool IsWord(string keyword) =>
        Kind == FilterTokenKind.Word && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        FilterTokenKind.End => "the end of the filter",
        FilterTokenKind.String => $"a string at position {Position}",
        _ => $"'{Text}' at position {Position}",
    };
}
