namespace AttBot.BotFramework.Connector;

/// <summary>
/// A bearer token kept until five minutes before it expires. When it must be renewed, one caller fetches and the others
/// wait for that fetch instead of asking the token endpoint too.
/// </summary>
internal sealed class CachedToken(TimeProvider time)
{
    private static readonly TimeSpan RefreshBeforeExpiry = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _cached;

    /// <param name="fetch">Gets a new token and its expiry from the token endpoint.</param>
    public async Task<string> GetAsync(Func<CancellationToken, Task<(string Token, DateTimeOffset ExpiresAt)>> fetch, CancellationToken cancellationToken)
    {
        if (Fresh() is { } hit)
            return hit;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } again)
                return again;
            var fetched = await fetch(cancellationToken);
            _cached = fetched;
            return fetched.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Fresh() => _cached is { } cached && time.GetUtcNow() < cached.ExpiresAt - RefreshBeforeExpiry ? cached.Token : null;
}
