using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Audit;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>
/// Every Slack message AttBot sends, built from domain values: the same answers as the Adaptive Cards, with the same
/// wording (shared with OutreachCards and AttBotCards) and the same visibility rules, rendered as Block Kit.
/// </summary>
public static class SlackMessages
{
    /// <param name="forSecretariat">Every reader is of the Secretariat: its commands are shown.</param>
    /// <param name="forChampions">Every reader is a regional champion: theirs are shown.</param>
    public static JsonObject Help(string commandName, Language language = Language.English, bool forSecretariat = false, bool forChampions = false) =>
        Introduction(HelpWords.HelpHeading(AttBotCards.BotName, language), HelpWords.HelpLead(language), commandName, language, forSecretariat, forChampions);

    private static JsonObject Introduction(string heading, string lead, string command, Language language, bool forSecretariat = false, bool forChampions = false)
    {
        var c = command + " ";
        return Message(
            HelpWords.Fallback(heading, lead, c, language),
            [
                Header(heading),
                Section(Mrkdwn.Escape(lead)),
                .. HelpWords.Lines(c, language).Select(line => Section(Mrkdwn.From(line))),
                .. RoleSection(forChampions, HelpWords.ChampionHeading(language), HelpWords.ChampionLines(c, language)),
                .. RoleSection(forSecretariat, HelpWords.SecretariatHeading(language), HelpWords.SecretariatLines(c, files: false, language)),
                // Like the Teams help card: roles, exports and priorities are the Secretariat's, told in the README, not to every stakeholder.
                Actions(HelpWords.Examples(language).Select((e, i) => e.Command == "register"
                    ? Button(e.Title, SlackActions.OpenRegistration, "register")
                    : Button(e.Title, SlackActions.WithSuffix(SlackActions.Command, i.ToString(CultureInfo.InvariantCulture)), e.Command))),
            ]);
    }

    private static IEnumerable<JsonObject> RoleSection(bool shown, string heading, IReadOnlyList<string> lines) => shown
        ? [Section(Mrkdwn.Bold(heading)), .. lines.Select(line => Section(Mrkdwn.From(line)))]
        : [];

    /// <param name="declaredIntention">The state has declared its intention to join: the assistance avenues show as for a signatory.</param>
    public static JsonObject Status(Country country, DateOnly currentTo, PlannedOutreach? planned = null, bool declaredIntention = false,
        Language language = Language.English)
    {
        // Block Kit has no coloured headline under the header: the status is the first field.
        List<(string, string)> facts =
        [
            (StatusSentences.Label(StatusSentences.Fact.Status, language), StatusWording.Headline(country, currentTo, language)),
            .. StatusWording.Facts(country, language),
        ];
        var name = PlaceNames.State(country, language);

        var blocks = new List<JsonNode> { Header(name), Fields(facts) };
        if (StatusNotes.Sentences(country, language) is { Count: > 0 } notes)
            blocks.Add(Section(Mrkdwn.Escape(string.Join(" ", notes))));
        if (planned is not null)
            blocks.Add(Section(Mrkdwn.Escape(AttBotCards.PlannedText(planned, name, language))));
        if (Assistance.AvenuesFor(country, declaredIntention, language) is { Count: > 0 } avenues)
            blocks.Add(Section($"{Mrkdwn.Bold(StatusSentences.AssistanceHeading(language))}{StatusSentences.Colon(language)}\n" +
                string.Join("\n", avenues.Select(a => "• " + Mrkdwn.Escape(a)))));
        blocks.Add(Context(StatusSentences.Footer(currentTo, language)));
        return Message(StatusWording.PlainText(country, currentTo, language), blocks);
    }

    /// <summary>The input named several states: one button per candidate.</summary>
    public static JsonObject ChooseCountry(string input, IReadOnlyList<Country> candidates, Language language = Language.English)
    {
        var question = CountryWords.WhichOne(AttBotCards.Shorten(input), language);
        return Message($"{question} {string.Join(", ", candidates.Select(c => PlaceNames.State(c, language)))}",
            [Section(Mrkdwn.Bold(question)), StatusButtons(candidates, language)]);
    }

    /// <summary>Unknown input: the question, and a button for each suggestion when there are some.</summary>
    public static JsonObject UnknownCountry(string input, IReadOnlyList<Country> suggestions, Language language = Language.English)
    {
        var text = AttBotCards.UnknownCountryText(input, suggestions, language);
        var blocks = new List<JsonNode> { Section(Mrkdwn.From(text)) };
        if (suggestions.Count > 0)
            blocks.Add(StatusButtons(suggestions, language));
        return Message(Plain(text), blocks);
    }

    private static JsonObject StatusButtons(IReadOnlyList<Country> countries, Language language = Language.English) =>
        Actions(countries.Select(c => Button(PlaceNames.State(c, language), SlackActions.WithSuffix(SlackActions.Status, c.Iso3), c.Iso3)));

    /// <summary>A short confirmation such as "OR-0042 cancelled".</summary>
    public static JsonObject Notice(string heading, string markdown) =>
        Message($"{heading}. {Plain(markdown)}", [Header(heading), Section(Mrkdwn.From(markdown))]);

    /// <summary>"Register outreach" where no modal can open (a mention or a direct message): a button that opens it.</summary>
    public static JsonObject RegistrationPrompt(Language language = Language.English) => Message(
        RegistrationFormWords.OpenOrTypeShort(language),
        [
            Section(RegistrationFormWords.OpenOrType(RegistrationFormWords.OneLineExample(language), language)),
            Actions([Button(RegistrationFormWords.Heading(language), SlackActions.OpenRegistration, "register", style: "primary")]),
        ]);

    /// <summary>"Registered OR-0042": the record as stored, then any overlaps, told as <paramref name="viewer"/> may see them.</summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject RegistrationConfirmation(OutreachPlan plan, IReadOnlyList<Conflict> conflicts, Viewer viewer, Func<string, string> countryName,
        Language language = Language.English) =>
        Message(OutreachLines.ConfirmationText(plan, conflicts, viewer, countryName, language), ConfirmationBlocks(plan, conflicts, viewer, countryName, language));

    internal static List<JsonNode> ConfirmationBlocks(OutreachPlan plan, IReadOnlyList<Conflict> conflicts, Viewer viewer, Func<string, string> countryName,
        Language language = Language.English)
    {
        var blocks = new List<JsonNode>
        {
            Header(RegistrationCardWords.Registered(plan.PublicId, language)),
            Fields(OutreachLines.ConfirmationFacts(plan, countryName, language)),
        };
        var warnings = OutreachLines.Warnings(plan, conflicts, viewer, countryName, LinkStyle.Slack, language);
        if (warnings.Count > 0)
        {
            blocks.Add(Divider());
            blocks.Add(Section(Mrkdwn.Bold(RegistrationCardWords.PossibleDuplications(conflicts.Count, language))));
            // Escaped by OtherSide, which leaves its link or mention alone.
            blocks.AddRange(warnings.Select(lines => (JsonNode)Section(string.Join("\n", lines))));
            if (conflicts.Count > OutreachLines.MaxConflictsShown)
                blocks.Add(Context(RegistrationCardWords.More(conflicts.Count - OutreachLines.MaxConflictsShown, language)));
        }
        return blocks;
    }

    /// <summary>Registrations for "outreach Tonga" and "mine": one section each, restricted ones anonymised.</summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject OutreachList(string title, IReadOnlyList<OutreachPlan> plans, Viewer viewer, Func<string, string> countryName, string emptyText,
        Language language = Language.English)
    {
        if (plans.Count == 0)
            return Message($"{title}: {Plain(emptyText)}", [Header(title), Section(Mrkdwn.From(emptyText))]);
        var entries = plans.Take(OutreachCards.MaxListed).Select(p => OutreachLines.ListLines(p, viewer, countryName, language)).ToList();
        var blocks = new List<JsonNode> { Header(title) };
        blocks.AddRange(entries.Select(lines => (JsonNode)Section(Mrkdwn.Bold(lines[0]) + string.Concat(lines.Skip(1).Select(l => "\n" + Mrkdwn.Escape(l))))));
        var more = plans.Count > OutreachCards.MaxListed ? OutreachListWords.More(plans.Count - OutreachCards.MaxListed, language) : null;
        if (more is not null)
            blocks.Add(Context(more));
        return Message(OutreachLines.ListText(title, entries, more), blocks);
    }

    /// <summary>
    /// The Secretariat's alert: both registrations in full, and while unsettled the two ways to settle it.
    /// Only sent to Secretariat channels, so it shows restricted records whole; written in the channel's language.
    /// </summary>
    public static JsonObject ConflictAlert(RecordedConflict conflict, Func<string, string> countryName, Language language = Language.English)
    {
        var c = conflict.Conflict;
        var heading = AlertWords.Heading(c.Kind, OutreachLines.StateLine(c.SharedCountries, countryName, language: language), language);
        var blocks = new List<JsonNode>
        {
            Header(heading),
            Section(Column(AlertWords.Side(true, language), c.Earlier, countryName, language)),
            // How close they are closes the later side: four blocks an alert, so the Slack Home can show ten.
            Section(Column(AlertWords.Side(false, language), c.Later, countryName, language) + "\n" + Mrkdwn.Escape(AlertLines.Between(c, language))),
        };
        var resolution = AlertLines.Resolution(conflict, language);
        if (resolution is not null)
            blocks.Add(Section($"✅ *{Mrkdwn.Escape(resolution)}*"));
        else
        {
            var id = conflict.Id.ToString(CultureInfo.InvariantCulture);
            // Once settled the buttons go: a second click would have nothing left to decide.
            blocks.Add(Actions([Button(AlertWords.Button(ConflictResolution.Coordinated, language), SlackActions.Coordinated, id, style: "primary"),
                Button(AlertWords.Button(ConflictResolution.NotAConflict, language), SlackActions.NotAConflict, id)]));
        }
        return Message(AlertLines.AlertText(conflict, heading, resolution, countryName, language), blocks);
    }

    private static string Column(string label, OutreachPlan plan, Func<string, string> countryName, Language language)
    {
        var (name, organization) = OutreachLines.Named(plan, language);
        List<string> lines = [$"{plan.PublicId} · {name} · {organization}", .. AlertLines.PlanLines(plan, countryName, language)];
        // The way to reach them is written for Slack already (a mention or a link): not escaped again.
        var reach = DuplicationWords.Reach(plan.Organizer, LinkStyle.Slack, language) is { } r ? "\n" + AlertWords.ReachThem(r, language) : "";
        return $"*{Mrkdwn.Escape(label)}*\n" + string.Join("\n", lines.Select(Mrkdwn.Escape)) + reach;
    }

    /// <summary>The note to an organizer whose registration another one now overlaps, telling only what <paramref name="recipient"/> may see.</summary>
    public static JsonObject ConflictHeadsUp(Conflict conflict, Viewer recipient, Func<string, string> countryName, IReadOnlyList<Conflict>? also = null,
        Language language = Language.English)
    {
        // Escaped by HeadsUpWords, which leaves its link or mention whole.
        var (lead, lines) = AlertLines.HeadsUp(conflict, recipient, countryName, also, LinkStyle.Slack, language);
        var plain = AlertLines.HeadsUp(conflict, recipient, countryName, also, LinkStyle.Plain, language).Lines;
        return Message($"{lead} {OutreachLines.Sentences(plain)}", Warning(lead, lines));
    }

    /// <summary>The audit trail (Secretariat): one section per change, newest last.</summary>
    /// <param name="subject">A registration's id or a state's ISO3 code, named by <paramref name="name"/>, as in AuditCards.History.</param>
    public static JsonObject History(string subject, IReadOnlyList<AuditEntry> entries, Language language = Language.English, Func<string, string>? name = null)
    {
        name ??= code => code;
        var title = AuditWords.Title(name(subject), language);
        // 1 header + 1 note + 40 entries stays under the 50 blocks of a message.
        const int maxShown = 40;
        var shown = entries.TakeLast(Math.Min(AuditCards.MaxShown, maxShown)).ToList();
        var blocks = new List<JsonNode> { Header(title) };
        if (entries.Count == 0)
            blocks.Add(Section(Mrkdwn.Escape(AuditWords.NothingRecorded(language))));
        if (entries.Count > shown.Count)
            blocks.Add(Context(AuditWords.Latest(shown.Count, entries.Count, language)));
        foreach (var entry in shown)
        {
            var line = Mrkdwn.Escape(AuditCards.Sentence(entry, language, name));
            if (AuditCards.Change(entry, language, name) is { Length: > 0 } change)
                line += "\n" + Mrkdwn.Escape(change);
            blocks.Add(Section(line));
        }
        return Message(AuditWords.CardSummary(title, entries.Count, language), blocks);
    }
}
