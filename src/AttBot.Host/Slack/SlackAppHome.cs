using AttBot.Cards.BlockKit;
using AttBot.Data.Store;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Host.Countries;
using AttBot.Host.Maps;
using AttBot.Host.Outreach;
using AttBot.Host.Status;
using AttBot.Slack.Listeners;
using AttBot.Slack.Payloads;
using AttBot.Slack.WebApi;

namespace AttBot.Host.Slack;

/// <summary>
/// The Home tab: when a person opens AttBot's Home in Slack, it shows their registrations, their region's picture
/// (the region they champion, else the one their registrations reach, else the world) with its map, and for the
/// Secretariat the open conflicts with their buttons, in the person's language; published for that person alone with
/// views.publish, after the acknowledgement. Published again after a click on the Home, so a settled conflict leaves it.
/// </summary>
public sealed class SlackAppHome(
    RegistrationDesk registrations, DuplicationDesk duplications, StatusDesk status, MapDesk maps, RoleDirectory roles, CountryDirectory directory, LanguageStore languages,
    SlackPeople people, SlackApiClient slack, Conversations.BlockKitRenderer renderer, ILogger<SlackAppHome> logger)
{
    /// <summary>The view type Slack gives the Home tab, in app_home_opened and in the clicks made on it.</summary>
    public const string ViewType = "home";

    public SlackAck OnOpened(SlackEventEnvelope envelope)
    {
        var e = envelope.Event!;
        if (e.Tab is not (null or ViewType) || e.User is not { Length: > 0 } user)
            return SlackAck.Empty;
        return SlackAck.Then(ct => PublishAsync(user, ct));
    }

    /// <summary>Draws the person's Home and publishes it; a refusal from Slack is logged, the person simply keeps the Home they had.</summary>
    public async Task PublishAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var person = await people.PersonAsync(userId, null, cancellationToken);
            var language = ReaderLanguage.Of(languages.ChosenBy(person.ChannelId, person.UserId), languages.LastLocale(person.ChannelId, person.UserId));
            var mine = registrations.Mine(person);
            var region = PersonRegion.Of(roles.ChampionedRegions(person), mine, directory.FindByIso3);
            var picture = status.Picture(region.Name);
            var home = new HomeRegion(region, picture.Figures, picture.Outreach, picture.CurrentTo, MapOf(region.Name, language));
            var view = renderer.HomeView(mine, roles.ViewerOf(person), home, duplications.OpenConflicts(person, SlackHome.MaxConflictsShown), language);
            await slack.PublishHomeAsync(userId, view, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("The Home tab of {User} could not be published: {Error}", userId, ex.Message);
        }
    }

    /// <summary>The region's public map; null (and the Home says the map is not available) when it cannot be made.</summary>
    private Uri? MapOf(string? regionName, Domain.Language.Language language)
    {
        try
        {
            return maps.RegionMap(regionName, language).Image;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UriFormatException)
        {
            logger.LogWarning(ex, "The map of {Region} could not be made for a Home tab", regionName ?? "the world");
            return null;
        }
    }
}
