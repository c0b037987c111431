using System.Collections.Concurrent;

namespace AttBot.BotFramework.Connector;

/// <summary>
/// The service URLs the bot may present its token to: only those that arrived on an authenticated activity whose
/// token vouched for them (the serviceurl claim). The token is effectively a password; it never goes anywhere else.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _origins = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
            _origins.TryAdd(Origin(uri), 0);
    }

    public bool IsTrusted(Uri requestUri) => _origins.ContainsKey(Origin(requestUri));

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
