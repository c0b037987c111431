using System.Globalization;
using AttBot.Slack.Verification;

namespace AttBot.Functional.Tests.Slack;

/// <summary>Signs requests as Slack does (v0, HMAC-SHA256 over "v0:timestamp:body"), so tests cross the same check as Slack's traffic.</summary>
public sealed class SlackSigningHandler(string signingSecret) : DelegatingHandler
{
    /// <summary>When set, the requests claim this time instead of now (a stale or replayed request).</summary>
    public DateTimeOffset? SignedAt { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var timestamp = (SignedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackRequestVerifier.Sign(signingSecret, timestamp, body));
        return await base.SendAsync(request, cancellationToken);
    }
}
