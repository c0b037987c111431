using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;

namespace AttBot.Host.Bots;

/// <summary>
/// Where a Slack request came from: the conversation to answer in and the delivery's identity (a repeat has the same).
/// <paramref name="Resumed"/>: a restart runs it again from the durable inbox, and its answer may never have gone.
/// </summary>
public sealed record SlackPlace(string ConversationId, string SourceKey, bool Resumed = false);

/// <summary>
/// The text commands on Slack: the same CommandParser commands as Teams, handed to the same OutreachDesk and
/// CountryDirectory (and, through SlackDeskReplies, the status, role, export and priority desks), and what comes back
/// rendered as Block Kit. Only rendering differs from Teams: a command Teams answers is never answered with help here.
/// </summary>
public sealed class SlackReplies(OutreachDesk desk, CountryDirectory directory, OutreachReplies outreach,
    SlackDeskReplies desks, Places.Readers readers, Secretariat.PriorityDesk priorities, Language.LanguageDesk languages, Maps.MapReplies maps,
    Calendar.CalendarDesk calendars)
{
    public const string SlashCommand = "/att";

    /// <summary>The answer to a typed command, or null when this delivery was already answered (a registration redelivered).</summary>
    public async Task<JsonObject?> AnswerAsync(Person person, BotCommand command, SlackPlace place) => command switch
    {
        BotCommand.Status s => Status(s.CountryText),
        BotCommand.RegisterForm => SlackMessages.RegistrationPrompt(),
        BotCommand.RegisterText r => await RegisterTextAsync(person, r.Text, place),
        BotCommand.SetOrganization o => Text(outreach.OrganizationAnswer(person, o.Name)),
        BotCommand.OutreachFor o => OutreachFor(person, o.CountryText),
        BotCommand.Mine => SlackMessages.OutreachList("Your registrations", desk.Mine(person), desk.ViewerOf(person), desk.CountryName,
            "You have not registered any outreach yet. Type **register** to start."),
        BotCommand.Cancel c => Change(person, desk.Cancel(person, c.IdText), "cancelled"),
        BotCommand.Done d => Change(person, desk.Done(person, d.IdText, d.Findings), "recorded as done"),
        BotCommand.Move m => Move(person, m),
        BotCommand.SubscribeAlerts => await SubscribeAsync(person, place),
        BotCommand.UnsubscribeAlerts => Text(desk.Subscribe(person, Slack.SlackNoticeChannel.ChannelId, place.ConversationId, subscribe: false)!),
        BotCommand.History h => History(person, h.Subject),
        BotCommand.Export e => desks.Export(person, e),
        BotCommand.Summary s => desks.Summary(person, s),
        // Slack sends no locale with a command: the person's chosen language, else English.
        BotCommand.CalendarFeed c => Text(calendars.Feed(person, c.FilterText, locale: null)),
        BotCommand.CalendarRevoke => Text(calendars.Revoke(person, locale: null)),
        BotCommand.Priority p => desks.Priority(person, p),
        BotCommand.Priorities p => desks.Priorities(person, p),
        BotCommand.Intention i => desks.Intention(person, i),
        BotCommand.Gaps g => desks.Gaps(person, g),
        BotCommand.Region r => desks.Region(r.Name),
        BotCommand.Map m => maps.Slack(person, m.Text),
        BotCommand.SetStatus s => desks.SetStatus(person, s),
        BotCommand.ImportStatus i => desks.Import(person, i.PastedText),
        BotCommand.DecideImport d => desks.Decide(person, d),
        BotCommand.Grant g => desks.Grant(person, g),
        BotCommand.Revoke r => desks.Revoke(person, r),
        BotCommand.ListRoles => desks.Roles(person),
        BotCommand.Champions c => desks.Champions(c),
        BotCommand.Usage u => Text(CommandSentences.Usage(u)),
        BotCommand.Thanks => Text(CommandSentences.Thanks),
        BotCommand.TooLong t => Text(t.Message),
        BotCommand.ChooseLanguage l => Text(languages.Choose(person, l)),
        _ => SlackMessages.Help(SlashCommand),
    };

    /// <summary>Alerts on; in a channel the Secretariat member is told whether its alerts will be full or anonymous (its members decide).</summary>
    private async Task<JsonObject> SubscribeAsync(Person person, SlackPlace place)
    {
        var answer = desk.Subscribe(person, Slack.SlackNoticeChannel.ChannelId, place.ConversationId, subscribe: true)!;
        if (!desk.ViewerOf(person).IsSecretariat)
            return Text(answer);
        // Direct messages (D…) are the person's own; channels (C…) and group conversations (G…) are read by their members.
        var where = place.ConversationId.StartsWith('D') || place.ConversationId == person.UserId ? Place.Personal : new Place(PlaceKind.Channel);
        var reader = where.IsShared ? await readers.OfSlackAsync(place.ConversationId, CancellationToken.None) : desk.ViewerOf(person);
        return Text(answer + Audience.AlertDetailNote(where, reader));
    }

    public JsonObject Status(string countryText) => directory.Resolve(countryText) switch
    {
        CountryResolution.Found found => StatusOf(found.Country),
        CountryResolution.Ambiguous ambiguous => SlackMessages.ChooseCountry(ambiguous.Input, ambiguous.Candidates),
        CountryResolution.Unknown unknown => SlackMessages.UnknownCountry(unknown.Input, unknown.Suggestions),
        _ => throw new InvalidOperationException("Unknown resolution."),
    };

    public JsonObject StatusOf(Country country)
    {
        return SlackMessages.Status(country, directory.CurrentTo, desk.PlannedSummary(country.Iso3),
            declaredIntention: priorities.HasDeclaredIntention(country.Iso3));
    }

    /// <summary>
    /// Registers for a Slack user. Heads-ups for them go to their user id, which chat.postMessage turns into the app's
    /// direct message with them: private wherever they registered from.
    /// </summary>
    public Task<RegisterOutcome> RegisterAsync(Person person, RegistrationRequest request, IReadOnlyList<RegistrationProblem> problems, string sourceKey) =>
        desk.RegisterAsync(person, request, problems, sourceKey, person.UserId);

    /// <summary>Null when this delivery was registered and answered before, unless it is resumed after a restart (its answer may never have gone).</summary>
    private async Task<JsonObject?> RegisterTextAsync(Person person, string text, SlackPlace place)
    {
        var (request, problems) = RegistrationParser.Parse(text);
        switch (await RegisterAsync(person, request, problems, place.SourceKey))
        {
            case RegisterOutcome.Invalid invalid:
                var fix = "Please fix: " + string.Join(" ", invalid.Problems.Select(p => p.Message));
                return Blocks.Message(fix, [Blocks.Section(Mrkdwn.Escape(fix)),
                    Blocks.Actions([Blocks.Button("Open the form with this", SlackActions.OpenRegistration, "register " + text)])]);
            case RegisterOutcome.Registered { Result: var result }:
                return result.AlreadyProcessed && !place.Resumed ? null
                    : SlackMessages.RegistrationConfirmation(result.Plan, result.Conflicts, desk.ViewerOf(person), desk.CountryName);
            default:
                throw new InvalidOperationException("Unknown registration outcome.");
        }
    }

    private JsonObject OutreachFor(Person person, string countryText) => desk.OutreachFor(countryText) switch
    {
        OutreachLookup.ForCountry found => SlackMessages.OutreachList($"Outreach for {found.Country.Name}", found.Plans, desk.ViewerOf(person), desk.CountryName,
            $"No outreach to {found.Country.Name} is registered. Type **register** to add yours."),
        _ => Status(countryText),
    };

    private JsonObject Change(Person person, ChangeOutcome outcome, string verb)
    {
        if (outcome is not ChangeOutcome.Changed changed)
            return Text(((ChangeOutcome.Refused)outcome).Reason);
        return SlackMessages.Notice($"{changed.Plan.PublicId} {verb}", OutreachReplies.ChangeText(changed, verb, desk.ViewerOf(person), desk.CountryName));
    }

    private JsonObject Move(Person person, BotCommand.Move command)
    {
        var (window, problems) = RegistrationParser.ParseWindow(command.DatesText);
        return window is null ? Text(string.Join(" ", problems.Select(p => p.Message))) : Change(person, desk.Move(person, command.IdText, window), "moved");
    }

    private JsonObject History(Person person, string subject)
    {
        var (title, entries, refusal) = desk.History(person, subject);
        return refusal is not null ? Text(refusal) : SlackMessages.History(title!, entries);
    }

    public static JsonObject Text(string markdown) => Blocks.TextMessage(markdown);
}
