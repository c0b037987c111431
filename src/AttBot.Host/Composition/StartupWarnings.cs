using AttBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Composition;

public static class StartupWarnings
{
    /// <summary>Anonymous mode must never go unnoticed: say it loudly at startup.</summary>
    public static void WarnIfAnonymous(this IServiceProvider services)
    {
        if (!services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous)
            return;
        services.GetRequiredService<ILoggerFactory>().CreateLogger("AttBot.Security").LogWarning(
            "MicrosoftAppId is empty: AttBot runs WITHOUT authentication, for local development only. " +
            "It accepts requests from this machine only and replies only to loopback service URLs. Set MicrosoftAppId for any real deployment.");
    }
}
