using AttBot.Cards.BlockKit;
using AttBot.Host.Maps;
using AttBot.Host.Outreach;
using AttBot.Slack.Listeners;
using AttBot.Slack.Payloads;
using AttBot.Slack.WebApi;

namespace AttBot.Host.Slack;

/// <summary>
/// The Home tab: when a person opens AttBot's Home in Slack, it shows their registrations (with their dates) and the
/// world map with its figures, published for that person alone with views.publish. Answered after the acknowledgement.
/// </summary>
public sealed class SlackAppHome(OutreachDesk desk, MapDesk maps, SlackPeople people, SlackApiClient slack, ILogger<SlackAppHome> logger)
{
    public SlackAck OnOpened(SlackEventEnvelope envelope)
    {
        var e = envelope.Event!;
        if (e.Tab is not (null or "home") || e.User is not { Length: > 0 } user)
            return SlackAck.Empty;
        return SlackAck.Then(async ct =>
        {
            try
            {
                var person = await people.PersonAsync(user, null, ct);
                var registrations = SlackMessages.OutreachList("Your registrations", desk.Mine(person), desk.ViewerOf(person), desk.CountryName,
                    "You have not registered any outreach yet. Type */att register* to start.");
                var map = maps.Map(person, null) is MapOutcome.Ready ready ? SlackMaps.Map(ready.Caption, ready.Image) : Blocks.TextMessage("The map is not available just now.");
                await slack.PublishHomeAsync(user, SlackHome.View(registrations, map), ct);
            }
            catch (SlackApiException ex)
            {
                logger.LogWarning("The Home tab of {User} could not be published: {Error}", user, ex.Message);
            }
        });
    }
}
