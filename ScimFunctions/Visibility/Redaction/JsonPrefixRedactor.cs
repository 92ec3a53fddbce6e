using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimFunctions.Visibility.Redaction;

/// <summary>What the start of a cut JSON body says, once redacted.</summary>
/// <param name="Text">The redacted start, compact, ending after the last complete value.</param>
/// <param name="TopLevel">The top-level strings, numbers and booleans read before the cut.</param>
public sealed record RedactedPrefix(string Text, JsonObject TopLevel);

/// <summary>
/// Redacts the start of a JSON body that was cut before it was stored: the complete tokens are
/// written back with secret-named members masked and every string scrubbed, as
/// <see cref="SecretRedactor.RedactBody"/> does for a whole body. A token the cut left
/// incomplete is dropped, so half a secret never remains, and nothing is parsed into a tree.
/// </summary>
public sealed class JsonPrefixRedactor
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = RedactionJson.Options.Encoder,
        // The output stops wherever the cut did, inside open objects and arrays.
        SkipValidation = true,
    };

    private readonly SecretRedactor _redactor;

    public JsonPrefixRedactor(SecretRedactor redactor) => _redactor = redactor;

    /// <summary>The redacted start; null when <paramref name="utf8"/> does not begin as JSON.</summary>
    public RedactedPrefix? Redact(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8[0] is not ((byte)'{' or (byte)'['))
        {
            return null;
        }

        var output = new ArrayBufferWriter<byte>(utf8.Length);
        var topLevel = new JsonObject();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            try
            {
                Copy(new Utf8JsonReader(utf8, isFinalBlock: false, state: default), writer, topLevel);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return new RedactedPrefix(_redactor.RedactText(Encoding.UTF8.GetString(output.WrittenSpan)), topLevel);
    }

    private void Copy(Utf8JsonReader reader, Utf8JsonWriter writer, JsonObject topLevel)
    {
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString()!;
                    writer.WritePropertyName(property);
                    if (SecretRedactor.IsSecretName(property) && !TryMask(ref reader, writer))
                    {
                        return;
                    }

                    break;
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.String:
                    var text = _redactor.RedactText(reader.GetString()!);
                    writer.WriteStringValue(text);
                    Keep(reader, property, JsonValue.Create(text), topLevel);
                    break;
                default:
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    Keep(reader, property, JsonNode.Parse(reader.ValueSpan), topLevel);
                    break;
            }
        }
    }

    /// <summary>Writes the mask for the value that follows; false when the cut falls inside it.</summary>
    private static bool TryMask(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            writer.WriteNullValue();
            return true;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            return false;
        }

        writer.WriteStringValue(SecretRedactor.Mask);
        return true;
    }

    private static void Keep(Utf8JsonReader reader, string? property, JsonNode? value, JsonObject topLevel)
    {
        if (reader.CurrentDepth == 1 && property is not null)
        {
            topLevel[property] = value;
        }
    }
}
