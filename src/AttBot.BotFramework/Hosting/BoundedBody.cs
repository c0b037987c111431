using System.Buffers;

namespace AttBot.BotFramework.Hosting;

/// <summary>
/// Reads a request or response body of at most a given size. A body that declares its length is read straight into an
/// array of that length: every turn reads one, and a fixed 16 KB chunk plus a growing copy per turn was most of what a
/// turn allocated (and so most of the collector's work under load). A body without a declared length (chunked) grows a
/// pooled buffer.
/// </summary>
public static class BoundedBody
{
    /// <returns>The body, or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, int limit, CancellationToken cancellationToken)
    {
        if (declaredLength > limit)
            return null;
        return declaredLength is { } length
            ? await ReadDeclaredAsync(body, (int)length, cancellationToken)
            : await ReadChunkedAsync(body, limit, cancellationToken);
    }

    /// <summary>A body shorter than it declared comes back as it is (its reader then finds it incomplete).</summary>
    private static async Task<byte[]> ReadDeclaredAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var count = 0;
        int read;
        while (count < length && (read = await body.ReadAsync(bytes.AsMemory(count), cancellationToken)) > 0)
            count += read;
        return count == length ? bytes : bytes[..count];
    }

    private static async Task<byte[]?> ReadChunkedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 4096));
        try
        {
            var count = 0;
            while (true)
            {
                if (count == buffer.Length)
                {
                    // One byte beyond the limit is enough to know the body is too large.
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await body.ReadAsync(buffer.AsMemory(count, Math.Min(buffer.Length, limit + 1) - count), cancellationToken);
                if (read == 0)
                    return buffer[..count];
                count += read;
                if (count > limit)
                    return null;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
