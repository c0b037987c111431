using System.Net;

namespace AttBot.BotFramework.Connector;

/// <summary>The Connector refused a call (after any retries). Carries the status and the channel's error body for the log.</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, HttpMethod method, Uri uri, string body)
    : Exception($"Connector answered {(int)statusCode} {statusCode} to {method} {uri}: {Truncate(body)}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string Body { get; } = body;

    private static string Truncate(string s) => s.Length <= 500 ? s : s[..500] + "…";
}
