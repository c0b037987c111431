using System.Text.Json.Nodes;
using AttBot.Cards;
using AttBot.Cards.BlockKit;
using AttBot.Cards.Replies;
using AttBot.Domain.Language;
using AttBot.Host.Countries;

namespace AttBot.Host.Conversations;

/// <summary>
/// Slack's layout of an answer: a <see cref="Reply"/> as a Block Kit message (built in Cards/BlockKit). Nothing is
/// decided here, only laid out; Teams' twin is <see cref="AdaptiveCardRenderer"/>.
/// </summary>
/// <remarks>
/// The reader's language goes to every builder: each card and message is written in it.
/// </remarks>
public sealed class BlockKitRenderer(CountryDirectory directory)
{
    /// <summary>The app's slash command, as the Slack manifest declares it.</summary>
    public const string SlashCommand = "/att";

    public JsonObject Render(Reply reply, Domain.Language.Language language) => reply switch
    {
        Reply.Text t => Text(t.Markdown),
        Reply.Help h => SlackMessages.Help(SlashCommand, language, h.ForSecretariat, h.ForChampions),
        Reply.Status s => SlackMessages.Status(s.Country, s.CurrentTo, s.Planned, s.DeclaredIntention, language),
        Reply.ChooseCountry c => SlackMessages.ChooseCountry(c.Input, c.Candidates, language),
        Reply.UnknownCountry u => SlackMessages.UnknownCountry(u.Input, u.Suggestions, language),
        Reply.RegistrationForm { Problems.Count: 0 } => SlackMessages.RegistrationPrompt(language),
        Reply.RegistrationForm f => FixRegistration(f, language),
        Reply.Registered r => SlackMessages.RegistrationConfirmation(r.Plan, r.Conflicts, r.Reader, CountryNameIn(language), language),
        Reply.OutreachList l => SlackMessages.OutreachList(OutreachLines.ListTitle(l.State, language), l.Plans, l.Reader, CountryNameIn(language),
            OutreachLines.ListEmptyText(l.State, language), language),
        Reply.RegisteredBefore b => SlackAskBefore.RegisteredBefore(b.Planned, b.Earlier, b.SharedCountries, b.TypedText, b.Key, SlashCommand, CountryNameIn(language), language),
        Reply.HowToChange h => SlackAskBefore.HowToChange(h.PublicId, h.MoveCommand, h.Differences, h.AnywayCommand, SlashCommand, language),
        Reply.ConfirmCancel c => SlackAskBefore.ConfirmCancel(c.Plan, CountryNameIn(language), language),
        Reply.ConfirmDone d => SlackAskBefore.ConfirmDone(d.Plan, d.Findings, CountryNameIn(language), language),
        Reply.Notice n => SlackMessages.Notice(n.Heading, n.Markdown),
        Reply.History h => SlackMessages.History(h.Subject, h.Entries, language, CountryNameIn(language)),
        Reply.ExportReady e => SlackReports.ExportReady(e.Format, e.Description, e.Count, e.Truncated, e.FileName, e.Link, e.ExpiresAt, language),
        Reply.Summary s => SlackReports.Summary(s.Period, CountryNameIn(language), language),
        Reply.Priority p => SlackPriorities.ForCountry(p.Country, p.Tier, p.Intentions, p.Note, language),
        Reply.Priorities p => SlackPriorities.Listing(p.Scope, p.Rows, p.Tier4Count, p.Days, language),
        Reply.Gaps g => SlackPriorities.Gaps(g.Scope, g.List, g.Days, g.Pictures, language),
        Reply.World w => WithMap(SlackRegions.World(w.Figures, w.CurrentTo, language), w.Picture),
        Reply.Region r => WithMap(SlackRegions.Region(r.Figures, r.Outreach, r.CurrentTo, language), r.Picture),
        Reply.UnknownRegion u => SlackRegions.UnknownRegion(u.Input, u.Suggestions, language),
        Reply.Map m => SlackMaps.Map(m.Picture.Caption, m.Picture.Image),
        Reply.StatusChanged c => SlackStatusEdits.Changed(c.Before, c.After, language),
        // Slack sends no file to a slash command or a mention that the bot could read, so Slack takes pasted CSV only.
        Reply.ImportHowTo => Text(StatusEditWords.ImportHowTo(files: false, language)),
        Reply.ImportPreview p => SlackStatusEdits.Preview(p.ImportId, p.Source, p.Diff, p.AsAt, p.CurrentTo, language),
        Reply.ImportApplied a => SlackStatusEdits.Applied(a.ImportId, a.Source, a.Diff, a.CurrentTo, language),
        Reply.ImportDiscarded d => SlackStatusEdits.Discarded(d.ImportId, d.Source, language),
        Reply.DuplicationAlert a => SlackMessages.ConflictAlert(a.Conflict, CountryNameIn(language), language),
        Reply.HeadsUp h => SlackMessages.ConflictHeadsUp(h.Conflict, h.Recipient, CountryNameIn(language), h.Also, language),
        Reply.ChangeNotice c => SlackNotices.ChangeNotice(c.Change, c.Readers, CountryNameIn(language), language),
        Reply.ChampionNote n => SlackNotices.ChampionNote(n.Plan, n.Recipient, CountryNameIn(language), language),
        Reply.WeeklyDigest d => SlackNotices.Digest(d.Digest, CountryNameIn(language), language),
        Reply.FindingsReminder r => SlackNotices.FindingsReminder(r.Plan, CountryNameIn(language), language),
        _ => throw new InvalidOperationException($"No Slack layout for {reply.GetType().Name}."),
    };

    // A modal and the Home tab are views, not messages: Slack shows them to one person in place of what they saw
    // (views.update, a view_submission's answer, views.publish) instead of posting them in a conversation, so they get
    // a method each here rather than a Reply kind, laid out with the same builders and country names as the messages.

    /// <summary>The registration modal, <paramref name="prefill"/> (a gap's state, a line to fix) already in its fields.</summary>
    public JsonObject RegistrationFormView(Domain.Outreach.RegistrationRequest? prefill, string? organization, Domain.Language.Language language) =>
        SlackModals.RegistrationForm(prefill, directory.Countries, directory.Regions.Names, organization, language);

    /// <summary>The modal's answer to a form with something to fix: each problem under its field (response_action "errors").</summary>
    public JsonObject RegistrationFormErrors(IReadOnlyList<Domain.Outreach.RegistrationProblem> problems) => SlackModals.Errors(problems, directory.Countries);

    /// <summary>The registration modal's confirmation, shown in place of the form once registered (response_action "update").</summary>
    public JsonObject RegisteredView(Reply.Registered registered, Domain.Language.Language language) =>
        SlackModals.Registered(registered.Plan, registered.Conflicts, registered.Reader, CountryNameIn(language), language);

    /// <summary>A person's Home tab: their registrations, their region, and for the Secretariat the open possible duplications.</summary>
    public JsonObject HomeView(IReadOnlyList<Domain.Outreach.OutreachPlan> mine, Domain.Outreach.Viewer viewer, HomeRegion region,
        (IReadOnlyList<Domain.Outreach.RecordedConflict> Conflicts, int Total)? openConflicts, Domain.Language.Language language) =>
        SlackHome.View(language, mine, viewer, region, openConflicts, CountryNameIn(language));

    /// <summary>A one-line registration with something to fix: what, and a button that opens the form with what was typed.</summary>
    private static JsonObject FixRegistration(Reply.RegistrationForm form, Domain.Language.Language language)
    {
        var fix = RegistrationCardWords.PleaseFix(language) + string.Join(" ", form.Problems.Select(p => p.Message));
        return Blocks.Message(fix, [Blocks.Section(Mrkdwn.Escape(fix)),
            Blocks.Actions([Blocks.Button(RegistrationCardWords.OpenTheForm(language), SlackActions.OpenRegistration, "register " + form.TypedText)])]);
    }

    private static JsonObject WithMap(JsonObject message, MapPicture map) =>
        SlackMaps.WithImage(message, map.Image, map.Caption.AltText, map.Caption.Title);

    private string CountryName(string iso3) => directory.FindByIso3(iso3)?.Name ?? iso3;

    /// <summary>A state's name in the reader's language (the UN's French and Spanish short names).</summary>
    private Func<string, string> CountryNameIn(Domain.Language.Language language) => language == Domain.Language.Language.English
        ? CountryName
        : iso3 => directory.FindByIso3(iso3) is { } country ? PlaceNames.State(country, language) : iso3;

    public static JsonObject Text(string markdown) => Blocks.TextMessage(markdown);
}
