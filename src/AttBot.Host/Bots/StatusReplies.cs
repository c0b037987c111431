using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Countries;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;
using Microsoft.Extensions.Options;
using AttBot.Domain.Outreach;

namespace AttBot.Host.Bots;

/// <summary>Answers "what is the status of X?" for Teams: resolves the words to a state and picks the card.</summary>
public sealed class StatusReplies(CountryDirectory directory, OutreachDesk outreach, PriorityDesk priorities, IOptions<OutreachOptions> options)
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

    public System.Text.Json.Nodes.JsonObject StatusCard(Country country)
    {
        var (count, next) = outreach.PlannedSummary(country.Iso3);
        return AttBotCards.Status(country, directory.CurrentTo, new PlannedOutreach(count, next, options.Value.StatusLookaheadDays),
            declaredIntention: priorities.HasDeclaredIntention(country.Iso3));
    }

    public static Activity CardMessage(System.Text.Json.Nodes.JsonObject card, string summary) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [Attachment.AdaptiveCard(card)],
    };
}
