using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Json;
using ScimFunctions.Storage;

namespace ScimFunctions.Endpoints.Resources;

/// <summary>
/// Writes a group rendered without members (<c>"members": []</c> in place) and fills that array
/// from the open <see cref="GroupRead"/>, producing the bytes the buffered rendering would.
/// </summary>
internal sealed class GroupBodyWriter
{
    // Flushing at this size keeps the writer's buffer small; the host's stream batches the rest.
    private const int FlushBytes = 16 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ScimJson.Options.Encoder,
        Indented = false,
    };

    private readonly JsonObject _head;
    private readonly GroupRead _read;
    private readonly ReferenceRenderer _references;

    public GroupBodyWriter(JsonObject head, GroupRead read, ReferenceRenderer references)
    {
        _head = head;
        _read = read;
        _references = references;
    }

    /// <summary>Writes the body once and ends the read, whether or not the write succeeds.</summary>
    public async Task WriteAsync(Stream destination, CancellationToken cancellation)
    {
        using var read = _read;
        await using var writer = new Utf8JsonWriter(destination, WriterOptions);
        writer.WriteStartObject();
        foreach (var (name, value) in _head)
        {
            writer.WritePropertyName(name);
            if (name == "members")
            {
                await WriteMembersAsync(writer, cancellation);
            }
            else if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer, ScimJson.Options);
            }
        }

        writer.WriteEndObject();
        await writer.FlushAsync(cancellation);
    }

    private async Task WriteMembersAsync(Utf8JsonWriter writer, CancellationToken cancellation)
    {
        writer.WriteStartArray();
        foreach (var member in _read.Members)
        {
            var rendered = _references.Render(member, typeFromMember: true);
            writer.WriteStartObject();
            writer.WriteString("value", rendered.Value);
            writer.WriteString("$ref", rendered.Ref);
            writer.WriteString("type", rendered.Type);
            if (rendered.Display is not null)
            {
                writer.WriteString("display", rendered.Display);
            }

            writer.WriteEndObject();
            if (writer.BytesPending >= FlushBytes)
            {
                await writer.FlushAsync(cancellation);
            }
        }

        writer.WriteEndArray();
    }
}
