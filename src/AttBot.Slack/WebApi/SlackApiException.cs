using System.Net;

namespace AttBot.Slack.WebApi;

/// <summary>A Web API call that Slack refused: the method, the error code of an <c>ok: false</c> body (or the HTTP status), and the body itself.</summary>
public sealed class SlackApiException(string method, string error, HttpStatusCode status, string body)
    : Exception($"Slack {method} failed: {error} (HTTP {(int)status}) {Shorten(body)}")
{
    public string Method { get; } = method;
    /// <summary>Slack's error code, e.g. channel_not_found, not_in_channel, ratelimited, invalid_auth; or "http_503".</summary>
    public string Error { get; } = error;
    public HttpStatusCode StatusCode { get; } = status;
    public string Body { get; } = body;

    /// <summary>Errors that no retry will cure: the conversation is gone, the bot is not in it, or the token is wrong.</summary>
    public bool IsPermanent => Error is "channel_not_found" or "not_in_channel" or "is_archived" or "account_inactive" or "user_not_found"
        or "invalid_auth" or "not_authed" or "token_revoked" or "missing_scope" or "invalid_blocks" or "msg_too_long" or "restricted_action"
        || (StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound);

    private static string Shorten(string body) => body.Length <= 500 ? body : body[..500] + "…";
}
