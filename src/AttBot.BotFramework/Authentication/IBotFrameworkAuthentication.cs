using System.Net;
using System.Security.Claims;
using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Authentication;

/// <summary>
/// The one seam through which every inbound activity is authenticated, shaped like the SDK's
/// BotFrameworkAuthentication.AuthenticateRequestAsync(activity, authHeader).
/// </summary>
public interface IBotFrameworkAuthentication
{
    Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string? authHeader, IPAddress? remoteAddress, CancellationToken cancellationToken);
}

/// <summary>Either the caller's identity, or the reason it was refused (for the log; the caller only sees 401).</summary>
public sealed record AuthenticateRequestResult(ClaimsIdentity? Identity, string? FailureReason)
{
    public bool Succeeded => Identity is not null;
    public static AuthenticateRequestResult Success(ClaimsIdentity identity) => new(identity, null);
    public static AuthenticateRequestResult Failure(string reason) => new(null, reason);
}
