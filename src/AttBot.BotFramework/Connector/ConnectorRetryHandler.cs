using System.Net;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Connector;

public sealed class ConnectorRetryOptions
{
    /// <summary>Retries after the first attempt. Bounded: the channel has limits and the user is waiting.</summary>
    public int MaxRetries { get; set; } = 3;
    /// <summary>First back-off when the Connector gives no Retry-After; doubled each time, with ±20 % jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>The longest wait the bot accepts, from Retry-After or back-off; beyond it the send fails.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>
/// Retries Connector calls that failed for transient reasons (429, 412, 5xx, no connection), honouring Retry-After,
/// as Microsoft's Teams rate-limit guidance asks. Anything else fails at once.
/// </summary>
public sealed class ConnectorRetryHandler(IOptions<ConnectorRetryOptions> options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < settings.MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                // Connection refused or reset: the Connector may be restarting. Same bounded back-off as a 503.
                await Task.Delay(Backoff(settings.BaseDelay, attempt), time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (!IsTransient(response.StatusCode) || attempt >= settings.MaxRetries)
                return response;

            var delay = RetryAfter(response) ?? Backoff(settings.BaseDelay, attempt);
            if (delay > settings.MaxDelay)
                return response;
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static TimeSpan Backoff(TimeSpan baseDelay, int attempt)
    {
        var jitter = 0.8 + Random.Shared.NextDouble() * 0.4;
        return TimeSpan.FromMilliseconds(baseDelay.TotalMilliseconds * Math.Pow(2, attempt) * jitter);
    }
}
