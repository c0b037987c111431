using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AttBot.Slack.Verification;

/// <summary>Why a request was or was not accepted as coming from Slack.</summary>
public enum SlackVerification { Valid, MissingHeaders, StaleTimestamp, BadSignature, NotConfigured }

/// <summary>
/// Slack's request signing, version 0: "v0=" + hex(HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}")).
/// A pure function of its inputs, the clock included, so that Slack's published example can be checked as is.
/// </summary>
public static class SlackRequestVerifier
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>Slack's replay window: a signed request older (or newer) than this is refused.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static SlackVerification Verify(string? signingSecret, string? timestamp, ReadOnlySpan<byte> body, string? signature, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signingSecret))
            return SlackVerification.NotConfigured;
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
            return SlackVerification.MissingHeaders;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > MaxAge.TotalSeconds)
            return SlackVerification.StaleTimestamp;

        var expected = Encoding.ASCII.GetBytes(Sign(signingSecret, timestamp, body));
        var given = Encoding.UTF8.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SlackVerification.Valid : SlackVerification.BadSignature;
    }

    /// <summary>The signature Slack would send for this body: also what the tests' signing handler uses.</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return "v0=" + Convert.ToHexStringLower(hash);
    }
}
