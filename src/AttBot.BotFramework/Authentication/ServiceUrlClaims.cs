using System.Security.Claims;

namespace AttBot.BotFramework.Authentication;

public static class ServiceUrlClaims
{
    /// <summary>
    /// True when the channel's token named this serviceUrl (its "serviceurl" claim): only then may the bot's own token
    /// be sent there, now or after a restart. An anonymous (development) identity vouches for nothing.
    /// </summary>
    public static bool VouchesFor(this ClaimsIdentity? identity, string? serviceUrl) =>
        identity?.FindFirst("serviceurl")?.Value is { Length: > 0 } claimed && serviceUrl is { Length: > 0 }
        && string.Equals(claimed.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
