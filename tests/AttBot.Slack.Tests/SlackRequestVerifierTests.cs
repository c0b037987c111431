using System.Text;
using AttBot.Slack.Verification;

namespace AttBot.Slack.Tests;

/// <summary>Slack's v0 request signing, checked against the example Slack publishes in "Verifying requests from Slack".</summary>
public sealed class SlackRequestVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Slacks_published_example_signature_is_reproduced() =>
        Assert.Equal(Signature, SlackRequestVerifier.Sign(Secret, Timestamp, Body));

    [Fact]
    public void Slacks_published_example_is_valid_within_five_minutes() =>
        Assert.Equal(SlackVerification.Valid, SlackRequestVerifier.Verify(Secret, Timestamp, Body, Signature, SentAt.AddMinutes(4)));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void A_timestamp_more_than_five_minutes_away_is_refused_even_when_correctly_signed(int secondsLater) =>
        Assert.Equal(SlackVerification.StaleTimestamp, SlackRequestVerifier.Verify(Secret, Timestamp, Body, Signature, SentAt.AddSeconds(secondsLater)));

    [Fact]
    public void A_body_changed_by_one_byte_is_refused()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^1] ^= 1;
        Assert.Equal(SlackVerification.BadSignature, SlackRequestVerifier.Verify(Secret, Timestamp, tampered, Signature, SentAt));
    }

    [Fact]
    public void Another_secret_is_refused() =>
        Assert.Equal(SlackVerification.BadSignature, SlackRequestVerifier.Verify("another-secret", Timestamp, Body, Signature, SentAt));

    [Theory]
    [InlineData(null, Signature)]
    [InlineData(Timestamp, null)]
    [InlineData("", "")]
    public void Missing_headers_are_refused(string? timestamp, string? signature) =>
        Assert.Equal(SlackVerification.MissingHeaders, SlackRequestVerifier.Verify(Secret, timestamp, Body, signature, SentAt));

    [Theory]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")] // upper case: not what Slack sends
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57")]
    public void A_signature_not_exactly_as_computed_is_refused(string signature) =>
        Assert.Equal(SlackVerification.BadSignature, SlackRequestVerifier.Verify(Secret, Timestamp, Body, signature, SentAt));

    [Theory]
    [InlineData("1531420618.5")]
    [InlineData("-1531420618")]
    [InlineData("soon")]
    public void A_timestamp_that_is_not_whole_seconds_is_refused(string timestamp) =>
        Assert.Equal(SlackVerification.StaleTimestamp, SlackRequestVerifier.Verify(Secret, timestamp, Body, Signature, SentAt));

    [Fact]
    public void Without_a_secret_nothing_is_valid() =>
        Assert.Equal(SlackVerification.NotConfigured, SlackRequestVerifier.Verify("", Timestamp, Body, Signature, SentAt));
}
