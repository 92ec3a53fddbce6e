using System.Text.Json;
using ScimFunctions.Scim.Errors;

namespace ScimFunctions.Scim.Filters;

/// <summary>
/// Splits a filter into words, JSON strings and brackets. Quoted strings are JSON strings
/// (RFC 7644 §3.4.2.2), so they may hold spaces and escapes such as <c>\"</c> and <c>\u00e9</c>.
/// </summary>
internal static class FilterLexer
{
    public static List<FilterToken> Tokenize(string filter)
    {
        var tokens = new List<FilterToken>();
        var position = 0;
        while (position < filter.Length)
        {
            var current = filter[position];
            if (char.IsWhiteSpace(current))
            {
                position++;
                continue;
            }

            if (Punctuation(current) is { } kind)
            {
                tokens.Add(new FilterToken(kind, current.ToString(), position));
                position++;
                continue;
            }

            var start = position;
            position = current == '"' ? EndOfString(filter, position) : EndOfWord(filter, position);
            tokens.Add(current == '"'
                ? new FilterToken(FilterTokenKind.String, DecodeString(filter[start..position], start), start)
                : new FilterToken(FilterTokenKind.Word, filter[start..position], start));
        }

        tokens.Add(new FilterToken(FilterTokenKind.End, string.Empty, filter.Length));
        return tokens;
    }

    private static FilterTokenKind? Punctuation(char character) => character switch
    {
        '(' => FilterTokenKind.OpenParen,
        ')' => FilterTokenKind.CloseParen,
        '[' => FilterTokenKind.OpenBracket,
        ']' => FilterTokenKind.CloseBracket,
        _ => null,
    };

    private static int EndOfWord(string filter, int position)
    {
        while (position < filter.Length
            && !char.IsWhiteSpace(filter[position])
            && filter[position] != '"'
            && Punctuation(filter[position]) is null)
        {
            position++;
        }

        return position;
    }

    private static int EndOfString(string filter, int start)
    {
        for (var position = start + 1; position < filter.Length; position++)
        {
            if (filter[position] == '\\')
            {
                position++;
            }
            else if (filter[position] == '"')
            {
                return position + 1;
            }
        }

        throw ScimErrors.InvalidFilter($"the string starting at position {start} has no closing quote");
    }

    private static string DecodeString(string quoted, int start)
    {
        try
        {
            return JsonSerializer.Deserialize<string>(quoted)
                ?? throw ScimErrors.InvalidFilter($"the string at position {start} is not valid");
        }
        catch (JsonException)
        {
            throw ScimErrors.InvalidFilter($"the string at position {start} is not a valid JSON string");
        }
    }
}
