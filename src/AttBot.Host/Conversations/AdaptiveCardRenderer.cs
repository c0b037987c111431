using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Cards.Replies;
using AttBot.Domain.Language;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;

namespace AttBot.Host.Conversations;

/// <summary>
/// Teams' layout of an answer: a <see cref="Reply"/> as a message with its Adaptive Card (built by the Cards project) and
/// the short summary Teams shows in notifications, or as markdown text. Nothing is decided here, only laid out.
/// </summary>
/// <remarks>
/// The reader's language goes to every builder: each card and message is written in it.
/// </remarks>
public sealed class AdaptiveCardRenderer(CountryDirectory directory)
{
    public Activity Render(Reply reply, Domain.Language.Language language) => reply switch
    {
        Reply.Text t => Text(t.Markdown),
        Reply.Help h => Card(AttBotCards.Help(language, h.ForSecretariat, h.ForChampions), HelpWords.HelpHeading(AttBotCards.BotName, language)),
        Reply.Status s => Card(StatusCard(s, language), $"{PlaceNames.State(s.Country, language)}: {TreatyTerms.Status(s.Country.Status, language)}"),
        Reply.ChooseCountry c => Card(AttBotCards.ChooseCountry(c.Input, c.Candidates, language), language == Domain.Language.Language.English
            ? $"Which state did you mean: {string.Join(", ", c.Candidates.Select(x => x.Name))}?"
            : CountryWords.Ambiguous(c.Input, [.. c.Candidates.Select(x => PlaceNames.State(x, language))], language)),
        Reply.UnknownCountry { Suggestions.Count: > 0 } u => Card(AttBotCards.UnknownCountry(u.Input, u.Suggestions, language),
            AttBotCards.UnknownCountryText(u.Input, u.Suggestions, language)),
        Reply.UnknownCountry u => Text(AttBotCards.UnknownCountryText(u.Input, u.Suggestions, language)),
        Reply.RegistrationForm f => Card(OutreachCards.RegistrationForm(f.Prefill, f.Problems, f.Countries, f.Regions, f.Organization, language),
            f.Problems.Count == 0 ? RegistrationFormWords.Heading(language) : RegistrationCardWords.CardSummary(language)),
        Reply.Registered r => Card(OutreachCards.RegistrationConfirmation(r.Plan, r.Conflicts, r.Reader, CountryNameIn(language), language),
            RegistrationCardWords.CardSummary(language)),
        Reply.OutreachList l => Card(WithViews(OutreachCards.OutreachList(OutreachLines.ListTitle(l.State, language), l.Plans, l.Reader, CountryNameIn(language),
            OutreachLines.ListEmptyText(l.State, language), language), l.Views, language), OutreachLines.ListTitle(l.State, language)),
        Reply.RegisteredBefore b => Card(AskBeforeCards.RegisteredBefore(b.Planned, b.Earlier, b.SharedCountries, b.TypedText, b.Key, CountryNameIn(language), language),
            AskBeforeWords.AlreadyRegisteredHeading(language)),
        Reply.HowToChange h => Card(AskBeforeCards.HowToChange(h.PublicId, h.MoveCommand, h.Differences, h.AnywayCommand, language), AskBeforeWords.ChangeHeading(h.PublicId, language)),
        Reply.ConfirmCancel c => Card(AskBeforeCards.ConfirmCancel(c.Plan, CountryNameIn(language), language), AskBeforeWords.CancelHeading(c.Plan.PublicId, language)),
        Reply.ConfirmDone d => Card(AskBeforeCards.ConfirmDone(d.Plan, d.Findings, CountryNameIn(language), language), AskBeforeWords.DoneHeading(d.Plan.PublicId, language)),
        Reply.Notice n => Card(OutreachCards.Notice(n.Heading, n.Markdown), n.Markdown),
        Reply.History h => Card(AuditCards.History(h.Subject, h.Entries, language, CountryNameIn(language)), AuditWords.Title(CountryNameIn(language)(h.Subject), language)),
        Reply.ExportReady e => Card(ReportCards.ExportReady(e.Format, e.Description, e.Count, e.Truncated, e.FileName, e.Link, e.ExpiresAt, language),
            ReportWords.ExportHeading(e.FileName, language)),
        Reply.Summary s => Card(ReportCards.Summary(s.Period, CountryNameIn(language), language), ReportWords.SummaryHeading(ReportLines.Period(s.Period, language), language)),
        Reply.Priority p => Card(PriorityCards.ForCountry(p.Country, p.Tier, p.Intentions, p.Note, language),
            PrioritySentences.StateHeading(PlaceNames.State(p.Country, language), language)),
        Reply.Priorities p => Card(PriorityCards.Listing(p.Scope, p.Rows, p.Tier4Count, p.Days, language), PrioritySentences.ListingHeading(p.Scope, language)),
        Reply.Gaps g => Card(PriorityCards.Gaps(g.Scope, g.List, g.Days, g.Pictures, language), PrioritySentences.GapsHeading(g.Scope, language)),
        Reply.World w => Card(WithMap(RegionCards.World(w.Figures, w.CurrentTo, language), w.Picture), RegionWords.WorldHeading(language)),
        Reply.Region r => Card(WithMap(RegionCards.Region(r.Figures, r.Outreach, r.CurrentTo, language), r.Picture), RegionWords.Glance(r.Figures, language)),
        Reply.UnknownRegion u => Card(RegionCards.UnknownRegion(u.Input, u.Suggestions, language), RegionCards.UnknownRegionText(u.Input, u.Suggestions, language)),
        Reply.Map m => Card(MapCards.Map(m.Picture.Caption, m.Picture.Image, MapCards.Buttons(m.RegionName, language)), m.Picture.Caption.AltText),
        Reply.StatusChanged c => Card(StatusEditCards.Changed(c.Before, c.After, language), StatusEditWords.Updated(PlaceNames.State(c.After, language), language)),
        Reply.ImportHowTo => Text(StatusEditWords.ImportHowTo(files: true, language)),
        Reply.ImportPreview p => Card(StatusEditCards.Preview(p.ImportId, p.Source, p.Diff, p.AsAt, p.CurrentTo, language), StatusEditWords.StatusImport(language)),
        Reply.ImportApplied a => Card(StatusEditCards.Applied(a.ImportId, a.Source, a.Diff, a.CurrentTo, language), StatusEditWords.StatusImport(language)),
        Reply.ImportDiscarded d => Card(StatusEditCards.Discarded(d.ImportId, d.Source, language), StatusEditWords.StatusImport(language)),
        Reply.DuplicationAlert a => Card(OutreachCards.ConflictAlert(a.Conflict, CountryNameIn(language), language), AlertWords.Summary(language)),
        Reply.HeadsUp h => Card(OutreachCards.ConflictHeadsUp(h.Conflict, h.Recipient, CountryNameIn(language), h.Also, language), NoticeWords.HeadsUpSummary(language)),
        Reply.ChangeNotice c => Card(OutreachCards.ChangeNotice(c.Change, c.Readers, CountryNameIn(language), language),
            ChangeNoticeLines.For(c.Change, c.Readers, CountryNameIn(language), language: language).Heading),
        Reply.ChampionNote n => Card(OutreachCards.ChampionNote(n.Plan, n.Recipient, CountryNameIn(language), language), NoticeWords.InYourRegion(n.Plan.PublicId, language)),
        Reply.WeeklyDigest d => Card(ReportCards.Digest(d.Digest, CountryNameIn(language), language), DigestWords.Title(language)),
        Reply.FindingsReminder r => Card(OutreachCards.FindingsReminder(r.Plan, CountryNameIn(language), language), NoticeWords.ReminderSummary(r.Plan.PublicId, language)),
        _ => throw new InvalidOperationException($"No Teams layout for {reply.GetType().Name}."),
    };

    /// <summary>The answer to a card's button (an invoke): the card that replaces the one clicked, or a short message.</summary>
    public AdaptiveCardInvokeResponse InvokeResponse(Reply reply, Domain.Language.Language language) => Render(reply, language) switch
    {
        { Attachments: [{ Content: JsonObject card }, ..] } => AdaptiveCardInvokeResponse.Card(card),
        var text => AdaptiveCardInvokeResponse.Message(text.Text ?? ""),
    };

    // Teams alone welcomes a conversation it was added to and offers cards to the compose box's search (Slack has its
    // Home tab instead); neither answers a command, so each is a method here rather than a Reply kind.

    public static Activity Welcome(Domain.Language.Language language) =>
        Card(AttBotCards.Welcome(language), HelpWords.WelcomeHeading(AttBotCards.BotName, language));

    /// <summary>A state offered by the compose box's search: the public status card to insert, and the line Teams previews it with.</summary>
    public JsonObject SearchResult(Domain.Countries.Country country, Domain.Outreach.PlannedOutreach planned, Domain.Language.Language language) => new()
    {
        ["contentType"] = "application/vnd.microsoft.card.adaptive",
        ["content"] = AttBotCards.Status(country, directory.CurrentTo, planned, language: language),
        ["preview"] = new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.thumbnail",
            ["content"] = new JsonObject
            {
                ["title"] = PlaceNames.State(country, language),
                ["text"] = $"{TreatyTerms.Status(country.Status, language)} · {AttBotCards.PlannedText(planned, language: language)}",
            },
        },
    };

    // The status card is the busiest answer: built once per status answer (StatusAnswers shares one per state and inputs)
    // and language, then shared by every message that shows it. Nothing writes to a card after it is built.
    private readonly ConcurrentDictionary<(string Iso3, Domain.Language.Language Language), (Reply.Status Answer, JsonObject Card)> _statusCards = new();

    public JsonObject StatusCard(Reply.Status status, Domain.Language.Language language = Domain.Language.Language.English)
    {
        var key = (status.Country.Iso3, language);
        if (_statusCards.TryGetValue(key, out var built) && ReferenceEquals(built.Answer, status))
            return built.Card;
        var card = AttBotCards.Status(status.Country, status.CurrentTo, status.Planned, status.DeclaredIntention, language);
        _statusCards[key] = (status, card);
        return card;
    }

    private static JsonObject WithViews(JsonObject card, PersonalViews? views, Domain.Language.Language language) =>
        views is null ? card : ViewRefresh.Add(card, views.Command, views.AskedBy, views.UserIds, language);

    private static JsonObject WithMap(JsonObject card, MapPicture map) => MapCards.WithImage(card, map.Image, map.Caption.AltText);

    private string CountryName(string iso3) => directory.FindByIso3(iso3)?.Name ?? iso3;

    /// <summary>A state's name in the reader's language (the UN's French and Spanish short names).</summary>
    private Func<string, string> CountryNameIn(Domain.Language.Language language) => language == Domain.Language.Language.English
        ? CountryName
        : iso3 => directory.FindByIso3(iso3) is { } country ? PlaceNames.State(country, language) : iso3;

    public static Activity Card(JsonObject card, string summary) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [Attachment.AdaptiveCard(card)],
    };

    public static Activity Text(string markdown) => new() { Type = ActivityTypes.Message, Text = markdown, TextFormat = "markdown" };
}
