namespace ScimFunctions.Visibility.RequestLog;

/// <summary>
/// Passes a streamed response body through to the host and keeps a copy of its first bytes and
/// a count of its characters, for the request log.
/// </summary>
internal sealed class PrefixCaptureStream : Stream
{
    private readonly Stream _destination;
    private readonly int _limitBytes;
    private byte[] _prefix = [];
    private int _captured;
    private int _totalChars;
    private long _written;

    public PrefixCaptureStream(Stream destination, int limitBytes)
    {
        _destination = destination;
        _limitBytes = limitBytes;
    }

    /// <summary>The whole body when it fitted, else its start and its length in characters.</summary>
    public (byte[] Body, int? TotalChars) Captured =>
        (_prefix[.._captured], _written <= _limitBytes ? null : _totalChars);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        _destination.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await _destination.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => _destination.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _destination.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        var room = Math.Min(buffer.Length, _limitBytes - _captured);
        if (_captured + room > _prefix.Length)
        {
            Array.Resize(ref _prefix, Math.Min(_limitBytes, Math.Max(_captured + room, 2 * _prefix.Length)));
        }

        buffer[..room].CopyTo(_prefix.AsSpan(_captured));
        _captured += room;
        _written += buffer.Length;
        _totalChars += BodyCapture.CountChars(buffer);
    }
}
