using AttBot.BotFramework.Authentication;
using AttBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the adapter, the turn queue, authentication and the Connector client. Reads the bot's identity
    /// from the configuration root (MicrosoftAppId, ...) and tuning from the "Bot" section.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BotFrameworkOptions>(configuration);
        services.Configure<CloudAdapterOptions>(configuration.GetSection("Bot"));
        services.Configure<TurnQueueOptions>(configuration.GetSection("Bot:TurnQueue"));
        services.Configure<ConnectorRetryOptions>(configuration.GetSection("Bot:ConnectorRetry"));
        services.Configure<OpenIdKeyCacheOptions>(configuration.GetSection("Bot:OpenIdKeys"));

        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdKeyCache.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<OpenIdKeyCache>();
        services.AddSingleton<ChannelTokenValidator>();
        services.AddSingleton<IBotFrameworkAuthentication, BotFrameworkAuthentication>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddHttpClient(ClientCredentialsConnectorCredentials.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ManagedIdentityConnectorCredentials.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<IConnectorCredentials>(sp => sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value switch
        {
            { IsAnonymous: true } => new AnonymousConnectorCredentials(),
            { IsUserAssignedMsi: true } => ActivatorUtilities.CreateInstance<ManagedIdentityConnectorCredentials>(sp),
            _ => ActivatorUtilities.CreateInstance<ClientCredentialsConnectorCredentials>(sp),
        });
        services.AddTransient<ConnectorRetryHandler>();
        services.AddTransient<ConnectorAuthenticationHandler>();
        services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<CloudAdapterOptions>>().Value.ReplyTimeout)
            .AddHttpMessageHandler<ConnectorAuthenticationHandler>()
            .AddHttpMessageHandler<ConnectorRetryHandler>();
        services.AddSingleton<ConnectorClientFactory>();

        services.AddSingleton<TurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnQueue>());
        services.TryAddSingleton<ITurnJournal, NoTurnJournal>();
        services.TryAddSingleton<ITurnErrorMessage, EnglishTurnErrorMessage>();
        services.AddSingleton<CloudAdapter>();
        services.AddHostedService<JournalReplay>();
        return services;
    }
}
