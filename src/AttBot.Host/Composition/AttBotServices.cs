using AttBot.Host.Maps;
using AttBot.BotFramework.Builder;
using AttBot.BotFramework.Hosting;
using AttBot.Host.Bots;
using AttBot.Host.Countries;
using AttBot.Host.Limits;
using AttBot.Host.Operations;
using AttBot.Host.Outreach;
using AttBot.Host.Places;
using AttBot.Host.Secretariat;
using AttBot.Host.Status;
using AttBot.Host.Slack;

namespace AttBot.Host.Composition;

public static class AttBotServices
{
    /// <summary>Everything the bot needs: the store, the Bot Framework protocol, the status directory, the bot on Teams and on Slack.</summary>
    public static IServiceCollection AddAttBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAttBotStore(configuration);
        services.AddBotFramework(configuration);
        services.AddSingleton<ITurnJournal, Inbox.TeamsInbox>();
        services.AddSingleton<Inbox.InboxOrder>();
        services.AddHostedService<Inbox.InboxTakeover>();
        services.AddSingleton<CountryDirectory>();
        services.Configure<OutreachOptions>(configuration.GetSection("Outreach"));
        services.AddOptions<RolesOptions>().Bind(configuration.GetSection("Roles")).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<RolesOptions>, RolesOptionsValidation>();
        services.AddSingleton<RoleDirectory>();
        services.AddSingleton<RoleDesk>();
        services.AddSingleton<PeopleDesk>();
        services.AddSingleton<PlannedOutreachFigures>();
        services.AddSingleton<RegistrationDesk>();
        services.AddSingleton<DuplicationDesk>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton<INoticeChannel, BotFrameworkNoticeChannel>();
        services.Configure<StatusImportOptions>(configuration.GetSection("StatusImport"));
        services.AddHttpClient(StatusFiles.HttpClientName);
        services.AddSingleton<StatusFiles>();
        services.AddSingleton<StatusDesk>();
        services.AddSingleton<Welcome>();
        services.Configure<AudienceOptions>(configuration.GetSection("Audience"));
        services.AddSingleton<Rosters>();
        services.AddSingleton<Readers>();
        services.AddSingleton<OneToOne>();
        services.Configure<ExportOptions>(configuration.GetSection("Exports"));
        services.AddSingleton<ExportDesk>();
        services.AddSingleton<HistoryDesk>();
        services.AddHostedService<ExportSweeper>();
        services.AddSingleton<Calendar.CalendarDesk>();
        services.AddMaps();
        services.AddSingleton<PriorityDesk>();
        services.Configure<DigestOptions>(configuration.GetSection("Digest"));
        services.AddSingleton<DigestDesk>();
        services.AddHostedService<DigestScheduler>();
        // One dispatcher answers every command for every channel; each channel lays the answer out with its renderer.
        services.AddSingleton<Conversations.StatusAnswers>();
        services.AddSingleton<Conversations.OutreachAnswers>();
        services.AddSingleton<Conversations.SecretariatAnswers>();
        services.AddSingleton<Conversations.CommandDispatcher>();
        services.AddSingleton<Conversations.AdaptiveCardRenderer>();
        services.AddSingleton<Conversations.BlockKitRenderer>();
        services.Configure<TenantOptions>(configuration.GetSection("Bot"));
        services.AddSingleton<TenantPolicy>();
        services.Configure<RateLimitOptions>(configuration.GetSection("Bot:RateLimit"));
        services.AddSingleton<UserRateLimiter>();
        services.AddTransient<IBot, TeamsBot>();
        services.AddSlack(configuration);
        services.AddAttBotTelemetry(configuration);
        services.AddSingleton<Language.LanguageDesk>();
        services.AddSingleton<ITurnErrorMessage, Teams.TeamsErrorMessage>();
        services.AddSingleton<StoreChangeListener>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreChangeListener>());
        return services;
    }
}
