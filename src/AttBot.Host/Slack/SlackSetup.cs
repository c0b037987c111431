using AttBot.Data.Store;
using AttBot.Host.Bots;
using AttBot.Host.Outreach;
using AttBot.Slack.Listeners;
using AttBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Slack;

public static class SlackSetup
{
    /// <summary>The Slack channel: options, the Web API client with its 429 handling, the listeners, the work queue and notice delivery.</summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SlackOptions>(configuration.GetSection("Slack"));
        services.AddSingleton<SlackDeliveryStore>();
        services.AddTransient<SlackRetryHandler>();
        // The timeout covers the retries too: up to three waits of at most 20 s each (Retry-After), then the outbox retries later.
        services.AddHttpClient(SlackApiClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(75))
            .AddHttpMessageHandler<SlackRetryHandler>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackPeople>();
        services.AddSingleton<SlackResponder>();
        services.AddSingleton<SlackBot>();
        // Built once: a key registered twice fails here, at startup, not on the first request.
        services.AddSingleton(sp => sp.GetRequiredService<SlackBot>().Listeners());
        services.AddSingleton<SlackWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackWorkQueue>());
        services.AddSingleton<SlackInbox>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackInbox>());
        services.AddSingleton<INoticeChannel, SlackNoticeChannel>();
        return services;
    }

    /// <summary>Says at startup whether Slack is on, so a missing secret is not mistaken for Slack being down.</summary>
    public static void LogSlackState(this IServiceProvider services)
    {
        services.GetRequiredService<SlackListeners>(); // a listener key registered twice stops startup here
        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AttBot.Slack");
        if (!options.IsEnabled)
            logger.LogInformation("Slack is off: Slack:SigningSecret is not set, so /api/slack/* answers 404.");
        else if (string.IsNullOrEmpty(options.BotToken))
            logger.LogWarning("Slack:SigningSecret is set but Slack:BotToken is empty: AttBot can take Slack requests but not answer them.");
    }
}
