using System.Net;

namespace AttBot.Slack.WebApi;

/// <summary>
/// Retries Web API calls that Slack rate-limited (429, waiting the Retry-After it names) or that failed in transit
/// (5xx, no connection), a bounded number of times. Slack's limits are per method and workspace, so a short wait is enough.
/// </summary>
public sealed class SlackRetryHandler(TimeProvider time) : DelegatingHandler
{
    public const int MaxRetries = 3;
    /// <summary>Beyond this wait the call fails: the person is waiting, and the outbox retries later anyway.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(BaseDelay * Math.Pow(2, attempt), time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            var transient = response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;
            if (!transient || attempt >= MaxRetries)
                return response;
            var delay = response.Headers.RetryAfter?.Delta ?? BaseDelay * Math.Pow(2, attempt);
            if (delay > MaxDelay)
                return response;
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
