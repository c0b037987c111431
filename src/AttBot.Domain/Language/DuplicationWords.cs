using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>How a reference to another person is written: in plain text, an Adaptive Card's markdown, or Slack's mrkdwn.</summary>
public enum LinkStyle { Plain, Teams, Slack }

/// <summary>
/// The sentences of a possible duplication that a person can act on, for Teams cards and Block Kit alike: how close
/// the two plans are ("8 days after your visit", "the same dates as your visit", "overlapping your visit by 2 days")
/// and how to reach the other organizer (a Teams chat link, a Slack mention, or the Secretariat's offer to connect).
/// A restricted organizer is never named, linked or mentioned to a reader who may not see them. Each is written in the
/// reader's language: the asker's for a confirmation, the recipient's for a heads-up, the conversation's for an alert.
/// </summary>
public static class DuplicationWords
{
    /// <summary>The offer when the reader cannot reach the other organizer themselves.</summary>
    public const string AskTheSecretariat = "Ask the Secretariat to put you in touch.";

    public static string AskTheSecretariatIn(Language language) => language switch
    {
        Language.French => "Demandez au Secrétariat de vous mettre en relation.",
        Language.Spanish => "Pida a la Secretaría que los ponga en contacto.",
        _ => AskTheSecretariat,
    };

    /// <summary>Where <paramref name="other"/> lies from <paramref name="mine"/>: "8 days after your visit", "the same dates as OR-0001".</summary>
    public static string Closeness(OutreachPlan mine, OutreachPlan other, Viewer reader, Language language = Language.English) =>
        Proximity.Of(mine.Window, other.Window).Describe(reader.IsOrganizerOf(mine) ? Yours(mine.Kind, language) : mine.PublicId, language);

    /// <summary>"your visit", "votre visite", "su visita": the reader's own activity.</summary>
    public static string Yours(OutreachKind kind, Language language) => (kind, language) switch
    {
        (OutreachKind.Visit or OutreachKind.Workshop or OutreachKind.Call, Language.French) => $"votre {OutreachTermWords.Kind(kind, language).ToLowerInvariant()}",
        (OutreachKind.Other, Language.French) => "votre démarche",
        (_, Language.French) => $"votre démarche {OutreachTermWords.Kind(kind, language).ToLowerInvariant()}",
        (OutreachKind.Visit or OutreachKind.Workshop or OutreachKind.Call, Language.Spanish) => $"su {OutreachTermWords.Kind(kind, language).ToLowerInvariant()}",
        (OutreachKind.Other, Language.Spanish) => "su gestión",
        (_, Language.Spanish) => $"su gestión {OutreachTermWords.Kind(kind, language).ToLowerInvariant()}",
        _ => $"your {ActivityNoun(kind)}",
    };

    /// <summary>"your visit OR-0001", or the id alone for a reader who did not organize it.</summary>
    public static string Reference(OutreachPlan plan, Viewer reader, Language language = Language.English) =>
        reader.IsOrganizerOf(plan) ? $"{Yours(plan.Kind, language)} {plan.PublicId}" : plan.PublicId;

    /// <summary>"visit", "workshop", "call", or "bilateral outreach": what "your …" is.</summary>
    public static string ActivityNoun(OutreachKind kind) => kind switch
    {
        OutreachKind.Visit or OutreachKind.Workshop or OutreachKind.Call => OutreachWords.Describe(kind).ToLowerInvariant(),
        _ => $"{OutreachWords.Describe(kind).ToLowerInvariant()} outreach",
    };

    /// <summary>The heads-up's headline: "Heads-up: a new registration for Tonga may duplicate your visit OR-0001 (10–12 March 2027)".</summary>
    public static string HeadsUpLead(Conflict conflict, OutreachPlan mine, Viewer reader, string states, Language language = Language.English) =>
        NoticeWords.HeadsUpLead(conflict.OtherThan(mine).Id == conflict.Later.Id, states, Reference(mine, reader, language),
            RegistrationCardWords.Window(mine.Window, language), language);

    /// <summary>
    /// The reader's other plans that the same registration may duplicate, one sentence each: "It may also duplicate your
    /// workshop OR-0003 (1–2 April 2027): 8 days before it."
    /// </summary>
    public static List<string> AlsoDuplicates(OutreachPlan other, IReadOnlyList<Conflict> also, Viewer reader, Language language = Language.English) =>
        also.Select(c => c.OtherThan(other)).DistinctBy(p => p.Id).Select(mine => NoticeWords.AlsoDuplicates(Reference(mine, reader, language), mine.PublicId,
            RegistrationCardWords.Window(mine.Window, language), Proximity.Of(mine.Window, other.Window), language)).ToList();

    /// <summary>
    /// What the reader can do about another organizer: chat in Teams where their sign-in name is known, mention them on
    /// Slack, or else coordinate through the Secretariat. Only the Secretariat's offer for a record the reader may not see.
    /// </summary>
    public static string Coordinate(OutreachPlan other, Viewer reader, LinkStyle style, Language language = Language.English)
    {
        if (!reader.CanSeeDetailsOf(other) || other.Organizer.UserId.Length == 0)
            return AskTheSecretariatIn(language);
        var who = Escape($"{other.Organizer.DisplayName} ({other.Organization})", style);
        var reach = Reach(other.Organizer, style, language);
        return language switch
        {
            Language.French => reach is null
                ? $"Veuillez vous coordonner avec {who}. {AskTheSecretariatIn(language)}"
                : $"Veuillez vous coordonner avec {who}\u00A0: {reach}.",
            Language.Spanish => reach is null
                ? $"Coordínese con {who}. {AskTheSecretariatIn(language)}"
                : $"Coordínese con {who}: {reach}.",
            _ => reach is null ? $"Please coordinate with {who}. {AskTheSecretariat}" : $"Please coordinate with {who}: {reach}.",
        };
    }

    /// <summary>
    /// A way to reach the organizer in this style, or null: "[chat in Teams](…)", "&lt;@U123&gt;". For the Secretariat's
    /// alerts, which show both organizers; the caller has checked that the reader may see them.
    /// </summary>
    public static string? Reach(Organizer organizer, LinkStyle style, Language language = Language.English) => (organizer, style) switch
    {
        ({ Upn: { Length: > 0 } upn }, LinkStyle.Teams) => $"[{ChatWith(organizer.DisplayName, language)}]({TeamsChat(upn)})",
        ({ Upn: { Length: > 0 } upn }, LinkStyle.Slack) => $"<{TeamsChat(upn)}|{ChatWith(SlackEscaped(organizer.DisplayName), language)}>",
        ({ Upn: { Length: > 0 } upn }, _) => language switch
        {
            Language.French => $"par Teams, {TeamsChat(upn)}",
            Language.Spanish => $"por Teams, {TeamsChat(upn)}",
            _ => $"chat in Teams at {TeamsChat(upn)}",
        },
        ({ ChannelId: SlackChannel, UserId.Length: > 0 }, LinkStyle.Slack) => $"<@{organizer.UserId}>",
        _ => null,
    };

    private static string ChatWith(string name, Language language) => language switch
    {
        Language.French => $"écrire à {name} dans Teams",
        Language.Spanish => $"escribir a {name} en Teams",
        _ => $"chat with {name} in Teams",
    };

    /// <summary>"Reach them: …" under an organizer in the Secretariat's alert, or null when there is no way to offer.</summary>
    public static string? ReachLine(Organizer organizer, LinkStyle style, Language language = Language.English) =>
        Reach(organizer, style, language) is { } reach ? AlertWords.ReachThem(reach, language) : null;

    /// <summary>A Teams deep link that opens a 1:1 chat with the person.</summary>
    public static string TeamsChat(string upn) => $"https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString(upn)}";

    private const string SlackChannel = "slack";

    private static string Escape(string text, LinkStyle style) => style == LinkStyle.Slack ? SlackEscaped(text) : text;

    /// <summary>Slack's three escapes (the Cards' Mrkdwn.Escape calls this), so a name can never become a link or a ping.</summary>
    public static string SlackEscaped(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
