namespace AttBot.Domain.Commands;

/// <summary>What a user asked for, whatever channel the words came from.</summary>
public abstract record BotCommand
{
    /// <summary>"help", "?", "hello": what can the bot do.</summary>
    public sealed record Help : BotCommand;

    /// <summary>The ATT status of one state; <paramref name="CountryText"/> is the user's words for it, unresolved.</summary>
    public sealed record Status(string CountryText) : BotCommand;

    /// <summary>Nothing to act on (an empty message, only a mention).</summary>
    public sealed record Empty : BotCommand;

    /// <summary>"thanks", "thank you", "merci", "gracias": a short friendly word back.</summary>
    public sealed record Thanks : BotCommand;

    /// <summary>A message longer than any command: refused whole, nothing of it read or kept.</summary>
    public sealed record TooLong(int Length, int Limit) : BotCommand
    {
        /// <summary>The refusal in English; the dispatcher says it in the reader's language.</summary>
        public string Message => CommandSentences.TooLong(Length, Limit, Language.Language.English);
    }

    /// <summary>"register": show the registration form; "register form TON": with that state picked (the gaps' buttons).</summary>
    public sealed record RegisterForm(string? State = null) : BotCommand
    {
        public static string For(string iso3) => $"register form {iso3}";
    }

    /// <summary>"register bilateral Tonga 2027-03-10..2027-03-12 topic accession": register from one line.</summary>
    public sealed record RegisterText(string Text) : BotCommand;

    /// <summary>"organization Mexico": who the user acts for; with no name, show it.</summary>
    public sealed record SetOrganization(string? Name) : BotCommand;

    /// <summary>"outreach Tonga": planned and recent outreach to a state.</summary>
    public sealed record OutreachFor(string CountryText) : BotCommand;

    /// <summary>"mine": the user's own registrations.</summary>
    public sealed record Mine : BotCommand;

    /// <summary>"cancel OR-0042"; <paramref name="Confirmed"/> ("confirm cancel OR-0042"): a visit still to come is cancelled without asking again.</summary>
    public sealed record Cancel(string IdText, bool Confirmed = false) : BotCommand;

    /// <summary>"done OR-0042 met the MFA legal adviser; accession bill in parliament in June"; "confirm done …" as for <see cref="Cancel"/>.</summary>
    public sealed record Done(string IdText, string Findings, bool Confirmed = false) : BotCommand;

    /// <summary>"keep OR-0042": the answer to "cancel it?" or "record it as done?" that leaves it as it is.</summary>
    public sealed record Keep(string IdText) : BotCommand;

    /// <summary>
    /// "register anyway #1a2b… bilateral Tonga …": register what looked like the person's own earlier registration.
    /// <paramref name="Key"/>, from the question's button, makes every click of it register once; typed by hand, none.
    /// </summary>
    public sealed record RegisterAnyway(string? Key, string Text) : BotCommand;

    /// <summary>"discard registration": the answer to "did you already register this?" that stores nothing.</summary>
    public sealed record DiscardRegistration : BotCommand;

    /// <summary>
    /// "change OR-0042 #1a2b… bilateral Tonga …": how to change that registration instead of registering what the
    /// question was about (<paramref name="Text"/>, as "register anyway" carries it, under the question's <paramref name="Key"/>).
    /// "change OR-0042 2027-04-01..2027-04-03" (<paramref name="DatesText"/>): a question too long to carry it, or asked before
    /// it could: how to move it to those dates.
    /// </summary>
    public sealed record ChangeInstead(string IdText, string DatesText, string? Key = null, string? Text = null) : BotCommand;

    /// <summary>"move OR-0042 2027-04-01..2027-04-03".</summary>
    public sealed record Move(string IdText, string DatesText) : BotCommand;

    /// <summary>"subscribe alerts" (Secretariat): conflict alerts in this conversation.</summary>
    public sealed record SubscribeAlerts : BotCommand;

    /// <summary>"unsubscribe alerts".</summary>
    public sealed record UnsubscribeAlerts : BotCommand;

    /// <summary>"history OR-0042" or "history Tonga" (Secretariat): who changed what, when.</summary>
    public sealed record History(string Subject) : BotCommand;

    /// <summary>"export csv 2027-Q1 region Asia" or "export ics" (Secretariat): outreach as a file to download.</summary>
    public sealed record Export(Reports.ExportFormat Format, string FilterText) : BotCommand;

    /// <summary>
    /// "calendar feed" or "calendar feed Oceania": a private, revocable calendar subscription with the outreach the person
    /// may see; <paramref name="FilterText"/> narrows it (a region, or export's region, country, kind and topic).
    /// </summary>
    public sealed record CalendarFeed(string? FilterText) : BotCommand;

    /// <summary>"calendar revoke": every calendar subscription of the person stops working.</summary>
    public sealed record CalendarRevoke : BotCommand;

    /// <summary>"summary 2027-Q1" (Secretariat): the period's figures for the Working Group's report.</summary>
    public sealed record Summary(string PeriodText) : BotCommand;

    /// <summary>"region Oceania": where a region or UN regional group stands; with no name, the world table.</summary>
    public sealed record Region(string? Name) : BotCommand;

    /// <summary>"map Oceania": the region's (or, with no name, the world's) map; the Secretariat may add export's filters.</summary>
    public sealed record Map(string? Text) : BotCommand;

    /// <summary>"set status Tonga party 2026-03-02 accession" (Secretariat): correct or update one state's record.</summary>
    public sealed record SetStatus(string CountryText, Treaty.TreatyStatus NewStatus, string? DateText, string? KindText) : BotCommand;

    /// <summary>"import status" with a file attached, or followed by pasted CSV (Secretariat): preview the depositary's table.</summary>
    public sealed record ImportStatus(string? PastedText) : BotCommand;

    /// <summary>"apply import 3" or "discard import 3" (Secretariat): decide a previewed import.</summary>
    public sealed record DecideImport(string IdText, bool Apply) : BotCommand;

    /// <summary>"grant champion Oceania @Maria" or "grant secretariat @Sam" (Secretariat): <paramref name="Target"/> is the region and the person, unresolved.</summary>
    public sealed record Grant(Outreach.Role Role, string Target) : BotCommand;

    /// <summary>"revoke champion Oceania @Maria" or "revoke secretariat @Sam" (Secretariat).</summary>
    public sealed record Revoke(Outreach.Role Role, string Target) : BotCommand;

    /// <summary>"champions" or "champions Oceania" (everyone): the regional champions.</summary>
    public sealed record Champions(string? RegionText) : BotCommand;

    /// <summary>"roles" (Secretariat): who holds which role.</summary>
    public sealed record ListRoles : BotCommand;

    /// <summary>"priority Angola 1" (Secretariat) sets a state's tier; "priority Angola" shows its tier and intentions.</summary>
    public sealed record Priority(string CountryText, string? TierText) : BotCommand;

    /// <summary>"priorities Asia" (Secretariat, champions): the tiers of a region's non-parties; no region, every one.</summary>
    public sealed record Priorities(string? RegionText) : BotCommand;

    /// <summary>"intention Angola 2025-08-25 at CSP11: accession bill in 2026" (Secretariat, the state's champions).</summary>
    public sealed record Intention(string CountryText, string DateText, string Where, string Statement) : BotCommand;

    /// <summary>"gaps Asia 180" (Secretariat, champions): tier 1-3 states with no outreach planned in the next days.</summary>
    public sealed record Gaps(string? RegionText, int? Days) : BotCommand;

    /// <summary>A known command word with what it needs missing: say how to use it.</summary>
    public sealed record Usage(string Command, string Example) : BotCommand;

    /// <summary>
    /// "language fr" / "langue es" / "idioma en": answer in that language from now on; "language auto": follow the
    /// client's language again. <paramref name="Choice"/> null with <paramref name="Auto"/> false: show the choices.
    /// <paramref name="Unknown"/> holds what was typed when it names none of the three.
    /// </summary>
    public sealed record ChooseLanguage(Language.Language? Choice, bool Auto, string? Unknown = null) : BotCommand;
}
