using System.Net;
using System.Security.Claims;
using AttBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Authentication;

/// <summary>
/// Authenticates inbound activities. With no App ID configured (development) it admits anonymous requests,
/// but only from this machine and only with a loopback serviceUrl, so a bot started without credentials
/// can never be used to read data or to post to arbitrary URLs from the network.
/// With an App ID every request must carry a valid channel token (<see cref="ChannelTokenValidator"/>).
/// </summary>
public sealed class BotFrameworkAuthentication(IOptions<BotFrameworkOptions> options, ChannelTokenValidator tokens, Connector.TrustedServiceUrls trusted) : IBotFrameworkAuthentication
{
    public const string AnonymousAuthenticationType = "anonymous";

    public Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string? authHeader, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        if (!options.Value.IsAnonymous)
            return string.IsNullOrEmpty(authHeader)
                ? Task.FromResult(AuthenticateRequestResult.Failure("no Authorization header"))
                : ValidateAsync(authHeader, activity, cancellationToken);

        if (!string.IsNullOrEmpty(authHeader))
            return Task.FromResult(AuthenticateRequestResult.Failure("an Authorization header was sent, but the bot has no MicrosoftAppId to validate it against."));
        if (remoteAddress is not null && !IPAddress.IsLoopback(remoteAddress))
            return Task.FromResult(AuthenticateRequestResult.Failure($"anonymous mode only accepts requests from this machine, not from {remoteAddress}."));
        if (!IsLoopback(activity.ServiceUrl))
            return Task.FromResult(AuthenticateRequestResult.Failure($"anonymous mode only replies to a loopback serviceUrl, not '{activity.ServiceUrl}'."));

        var identity = new ClaimsIdentity(AnonymousAuthenticationType);
        return Task.FromResult(AuthenticateRequestResult.Success(identity));
    }

    private async Task<AuthenticateRequestResult> ValidateAsync(string authHeader, Activity activity, CancellationToken cancellationToken)
    {
        var result = await tokens.ValidateAsync(authHeader, activity, cancellationToken);
        if (result.Succeeded)
            trusted.Trust(activity.ServiceUrl!); // the token vouched for it: replies may carry the bot's own token there
        return result;
    }

    private static bool IsLoopback(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
