using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;
using AttBot.Domain.Countries;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;

namespace AttBot.Host.Teams;

/// <summary>
/// The search message extension: in any Teams compose box a person types a state's name, in any form the resolver
/// understands, and picks its status card to insert into the conversation. The card is the public one (status, and
/// how much outreach is planned as a count with its next date, never by whom), since anyone in that conversation reads it.
/// Answered from memory and one indexed count per state, well within Teams' five seconds. Written in the searcher's
/// language: they choose what to insert, and the conversation usually shares it.
/// </summary>
public sealed class MessageExtension(CountryDirectory directory, PlannedOutreachFigures planned, Conversations.AdaptiveCardRenderer renderer)
{
    public const string SearchCommand = "searchState";
    public const string Parameter = "state";
    private const int MaxResults = 25; // Teams shows at most 25 results in a list

    public InvokeResponse Query(MessagingExtensionQuery query, Domain.Language.Language language = Domain.Language.Language.English)
    {
        if (query.CommandId is not null && query.CommandId != SearchCommand)
            return new InvokeResponse(400, new { error = new { code = "NotSupported", message = $"Unknown search command '{query.CommandId}'." } });
        var text = query.Text(Parameter);
        var skip = Math.Max(0, query.QueryOptions?.Skip ?? 0);
        var count = Math.Clamp(query.QueryOptions?.Count ?? MaxResults, 1, MaxResults);
        var states = text.Length is 0 or > 100 ? [] : Candidates(text).Skip(skip).Take(count).ToList();
        return new InvokeResponse(200, Results(states, language));
    }

    private IEnumerable<Country> Candidates(string text) => directory.Resolve(text) switch
    {
        CountryResolution.Found found => [found.Country],
        CountryResolution.Ambiguous ambiguous => ambiguous.Candidates,
        CountryResolution.Unknown unknown => unknown.Suggestions,
        _ => [],
    };

    private JsonObject Results(IReadOnlyList<Country> states, Domain.Language.Language language) => new()
    {
        ["composeExtension"] = new JsonObject
        {
            ["type"] = "result",
            ["attachmentLayout"] = "list",
            ["attachments"] = new JsonArray(states.Select(c => (JsonNode)renderer.SearchResult(c, planned.PlannedSummary(c.Iso3), language)).ToArray()),
        },
    };
}
