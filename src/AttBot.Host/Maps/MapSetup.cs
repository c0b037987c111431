using AttBot.Data.Store;

namespace AttBot.Host.Maps;

public static class MapSetup
{
    /// <summary>The map desk, its gallery of drawn maps and its store reads; the address base is Exports:PublicBaseUrl.</summary>
    public static IServiceCollection AddMaps(this IServiceCollection services)
    {
        services.AddSingleton<MapStore>();
        services.AddSingleton<MapGallery>();
        services.AddSingleton<MapDesk>();
        services.AddSingleton<Teams.MessageExtension>();
        services.AddSingleton<Slack.SlackAppHome>(); // the Slack Home tab: registrations and the map // the compose-box search: here for want of a Teams setup of its own
        return services;
    }
}
