using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Countries;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;
using AttBot.Domain.Outreach;

namespace AttBot.Host.Bots;

/// <summary>Answers "what is the status of X?" for Teams: resolves the words to a state and picks the card.</summary>
public sealed class StatusReplies(CountryDirectory directory, OutreachDesk outreach, PriorityDesk priorities)
{
    public Activity ForText(string countryText) => directory.Resolve(countryText) switch
    {
        CountryResolution.Found found => ForCountry(found.Country),
        CountryResolution.Ambiguous ambiguous => CardMessage(
            AttBotCards.ChooseCountry(ambiguous.Input, ambiguous.Candidates),
            $"Which state did you mean: {string.Join(", ", ambiguous.Candidates.Select(c => c.Name))}?"),
        CountryResolution.Unknown { Suggestions.Count: > 0 } unknown => CardMessage(
            AttBotCards.UnknownCountry(unknown.Input, unknown.Suggestions),
            AttBotCards.UnknownCountryText(unknown.Input, unknown.Suggestions)),
        CountryResolution.Unknown unknown => new Activity
        {
            Type = ActivityTypes.Message,
            Text = AttBotCards.UnknownCountryText(unknown.Input, unknown.Suggestions),
            TextFormat = "markdown",
        },
        _ => throw new InvalidOperationException("Unknown resolution."),
    };

    public Activity ForCountry(Country country) => CardMessage(StatusCard(country), $"{country.Name}: {StatusWording.Describe(country.Status)}");

    // The status card is the bot's busiest answer, and it changes only when what it shows does: built once per state and
    // set of inputs, then shared by every reply that shows it. Nothing writes to a card after it is built.
    private readonly ConcurrentDictionary<string, BuiltCard> _cards = new(StringComparer.Ordinal);

    private sealed record BuiltCard(Country Country, DateOnly CurrentTo, PlannedOutreach Planned, bool DeclaredIntention, JsonObject Card);

    public JsonObject StatusCard(Country country)
    {
        var planned = outreach.PlannedSummary(country.Iso3);
        var declaredIntention = priorities.HasDeclaredIntention(country.Iso3);
        var currentTo = directory.CurrentTo;
        // The country record is replaced, never changed, when its status is edited or imported: the same instance is the same status.
        if (_cards.TryGetValue(country.Iso3, out var built) && ReferenceEquals(built.Country, country) && built.CurrentTo == currentTo
            && built.Planned == planned && built.DeclaredIntention == declaredIntention)
            return built.Card;
        var card = AttBotCards.Status(country, currentTo, planned, declaredIntention);
        _cards[country.Iso3] = new BuiltCard(country, currentTo, planned, declaredIntention, card);
        return card;
    }

    public static Activity CardMessage(JsonObject card, string summary) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [Attachment.AdaptiveCard(card)],
    };
}
