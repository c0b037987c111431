using AttBot.Data.Store;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using AttBot.Host.Countries;
using AttBot.Host.Operations;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Calendar;

/// <summary>
/// Calendar subscriptions, the same for every channel: "calendar feed" makes a private address with a random secret
/// (only its hash is stored), "calendar revoke" ends every one of the person's, and each poll of an address writes the
/// calendar afresh from the role its owner holds at that moment (<see cref="CalendarFeed"/> decides what it carries).
/// </summary>
public sealed class CalendarDesk(
    CalendarFeedStore feeds,
    CountryDirectory directory,
    RoleDirectory roles,
    LanguageStore languages,
    IOptions<ExportOptions> exports,
    IOptions<OutreachOptions> outreach,
    TimeProvider time)
{
    public const string FeedPath = "/calendar/";

    /// <summary>A narrowing of the feed, resolved: a region or a state, a kind.</summary>
    private sealed record FeedScope(PlaceFilter Place, OutreachKind? Kind)
    {
        public IReadOnlyCollection<string>? States => Place.States;

        public string? Describe(Domain.Language.Language language)
        {
            var parts = new List<string>();
            if (Place.Region is { } region)
                parts.Add(PlaceNames.Region(region.Name, language));
            if (Place.Country is { } country)
                parts.Add(PlaceNames.State(country, language));
            if (Kind is { } kind)
                parts.Add(CalendarSentences.Kinds(kind, language));
            return parts.Count == 0 ? null : string.Join(", ", parts);
        }
    }

    private static readonly FeedScope Everything = new(PlaceFilter.Anywhere, null);

    /// <summary>"calendar feed [filter]": the answer with the new address, or why the filter cannot be read.</summary>
    public string Feed(Person person, string? filterText, string? locale)
    {
        var language = LanguageOf(person, locale);
        var filter = string.IsNullOrWhiteSpace(filterText) ? null : filterText.Trim();
        var (scope, problem) = filter is null ? (Everything, null) : Read(filter, language);
        if (scope is null)
            return problem!;
        var (token, hash) = SecretTokens.New();
        feeds.Create(hash, Owner(person), filter, language);
        var link = new Uri(exports.Value.PublicBaseUrl, FeedPath + token + ".ics");
        return CalendarSentences.Ready(link, roles.ViewerOf(person).Role, scope.Describe(language), language);
    }

    /// <summary>"calendar revoke": every subscription of the person stops at once.</summary>
    public string Revoke(Person person, string? locale) => CalendarSentences.Revoked(feeds.RevokeAll(Owner(person)), LanguageOf(person, locale));

    /// <summary>The calendar behind an address, written now for its owner's current role; null when unknown or revoked.</summary>
    public string? Poll(string token)
    {
        if (SecretTokens.HashOf(token) is not { } hash || feeds.FindLive(hash) is not { } feed)
            return null;
        var owner = feed.Owner;
        var viewer = roles.ViewerOf(new Person(owner.ChannelId, owner.UserId, owner.AadObjectId, owner.DisplayName) { Workspace = owner.Workspace });
        // The filter was read when the feed was made; should it no longer read (a region renamed), the feed shows nothing
        // rather than more than was asked for.
        var scope = feed.Filter is null ? Everything : Read(feed.Filter, feed.Language).Scope;
        var now = time.GetUtcNow();
        var plans = scope is null ? [] : feeds.Plans(viewer.ChannelId, viewer.UserId, viewer.IsSecretariat, viewer.ChampionedStates,
            DateOnly.FromDateTime(now.UtcDateTime).AddDays(-outreach.Value.RecentDays), exports.Value.MaxRows, scope.Kind, scope.States);
        return CalendarFeed.Write(plans, viewer, CalendarSentences.CalendarName(scope?.Describe(feed.Language), feed.Language), CountryNameIn(feed.Language), now,
            feed.Language);
    }

    /// <summary>
    /// What may follow "calendar feed": a region or a state by name ("Oceania", "Tonga"), or export's clauses for a
    /// region, a country and a kind ("region Asia kind workshop"). A feed keeps up with time by itself, so a period or a
    /// registration's state is refused; so is a topic, which the feed does not narrow by.
    /// </summary>
    private (FeedScope? Scope, string? Problem) Read(string text, Domain.Language.Language language)
    {
        if (directory.Regions.Find(text) is { } named)
            return (new FeedScope(PlaceFilter.Of(named, null), null), null);
        var (filter, problems) = OutreachFilterParser.Parse(text, language);
        if (!OutreachFilterParser.NamesAClause(text))
        {
            if (directory.Resolve(text) is CountryResolution.Found found)
                return (new FeedScope(PlaceFilter.Of(null, found.Country), null), null);
            return problems.Count == 0 && filter.Period is not null
                ? (null, CalendarSentences.NoPeriodOrState(language))
                : (null, CalendarSentences.UnknownPlace(Shorten(text),
                    ListWords.Or(directory.Regions.Suggest(text).Select(r => PlaceNames.Region(r, language)), language), language));
        }
        if (problems.Count > 0)
            return (null, string.Join(" ", problems));
        if (filter.Period is not null || filter.State is not null || filter.Topic is not null)
            return (null, CalendarSentences.NoPeriodOrState(language));
        var (place, problem) = PlaceFilter.Resolve(directory, filter.RegionText, filter.CountryText, language);
        return place is null ? (null, problem) : (new FeedScope(place, filter.Kind), null);
    }

    private Domain.Language.Language LanguageOf(Person person, string? locale) => ReaderLanguage.Of(languages.ChosenBy(person.ChannelId, person.UserId), locale);

    private static CalendarFeedOwner Owner(Person person) => new(person.ChannelId, person.UserId, person.AadObjectId, person.Workspace, person.DisplayName);

    private Func<string, string> CountryNameIn(Domain.Language.Language language) =>
        iso3 => directory.FindByIso3(iso3) is { } country ? PlaceNames.State(country, language) : iso3;

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
