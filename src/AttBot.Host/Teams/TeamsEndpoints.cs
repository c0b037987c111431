using AttBot.BotFramework.Hosting;

namespace AttBot.Host.Teams;

public static class TeamsEndpoints
{
    /// <summary>The Bot Framework messaging endpoint that Teams (through Azure Bot Service) and the Agents Playground call.</summary>
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, CloudAdapter adapter) =>
            adapter.ProcessAsync(http.Request, http.Response, http.RequestAborted));
        return endpoints;
    }
}
