using AttBot.Domain.Outreach;

namespace AttBot.Domain.Commands;

/// <summary>Who may ask for something.</summary>
public enum Allowed { Anyone, Secretariat, SecretariatOrChampion }

/// <summary>What a refusal names, each with its sentence in <see cref="Language.PermissionWords"/>.</summary>
public enum Guarded { RoleChanges, RoleList, Alerts, Settling, History, Export, Summary, StatusData, Tier, Priorities, FilteredMap }

/// <summary>
/// The one rule of who may run what, for every channel: the dispatcher asks it before any command is answered, and the
/// buttons that reach a desk without a command (settling a possible duplication) and the map's Secretariat-only filters
/// ask it too. Desks keep only the data rules (a champion's priorities are their regions' states).
/// </summary>
public static class Permissions
{
    /// <summary>Who may run the command and what a refusal names. Every kind of command is listed: a new one without an entry throws.</summary>
    public static (Allowed Who, Guarded? What) For(BotCommand command) => command switch
    {
        BotCommand.Help or BotCommand.Status or BotCommand.Empty or BotCommand.Thanks or BotCommand.TooLong or BotCommand.Usage
            or BotCommand.ChooseLanguage or BotCommand.Region or BotCommand.Map or BotCommand.Champions => Everyone,
        BotCommand.RegisterForm or BotCommand.RegisterText or BotCommand.RegisterAnyway or BotCommand.DiscardRegistration
            or BotCommand.ChangeInstead or BotCommand.SetOrganization or BotCommand.OutreachFor or BotCommand.Mine => Everyone,
        // Whose registration may be changed depends on the registration: the organizer's or the Secretariat's, a data rule.
        BotCommand.Cancel or BotCommand.Done or BotCommand.Keep or BotCommand.Move => Everyone,
        // A feed holds only what its owner may see.
        BotCommand.CalendarFeed or BotCommand.CalendarRevoke => Everyone,
        BotCommand.SubscribeAlerts or BotCommand.UnsubscribeAlerts => (Allowed.Secretariat, Guarded.Alerts),
        BotCommand.History => (Allowed.Secretariat, Guarded.History),
        BotCommand.Export => (Allowed.Secretariat, Guarded.Export),
        BotCommand.Summary => (Allowed.Secretariat, Guarded.Summary),
        BotCommand.SetStatus or BotCommand.ImportStatus or BotCommand.DecideImport => (Allowed.Secretariat, Guarded.StatusData),
        BotCommand.Grant or BotCommand.Revoke => (Allowed.Secretariat, Guarded.RoleChanges),
        BotCommand.ListRoles => (Allowed.Secretariat, Guarded.RoleList),
        BotCommand.Priority { TierText: not null } => (Allowed.Secretariat, Guarded.Tier),
        // A champion reads and records only for their regions' states: the desk narrows to them.
        BotCommand.Priority or BotCommand.Priorities or BotCommand.Intention or BotCommand.Gaps => (Allowed.SecretariatOrChampion, Guarded.Priorities),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "A command with no entry in Permissions.For."),
    };

    /// <summary>What only the Secretariat may do outside a command: settle a possible duplication, map by period, kind or topic.</summary>
    public static Allowed Who(Guarded what) => what switch
    {
        Guarded.Priorities => Allowed.SecretariatOrChampion,
        _ => Allowed.Secretariat,
    };

    public static bool Allows(Allowed who, Viewer viewer) => who switch
    {
        Allowed.Anyone => true,
        Allowed.Secretariat => viewer.IsSecretariat,
        Allowed.SecretariatOrChampion => viewer.IsSecretariat || viewer.ChampionedStates.Count > 0,
        _ => false,
    };

    /// <summary>Why <paramref name="viewer"/> may not run <paramref name="command"/>, in their language; null when they may.</summary>
    public static string? Refusal(BotCommand command, Viewer viewer, Language.Language language)
    {
        var (who, what) = For(command);
        return Allows(who, viewer) ? null : Language.PermissionWords.Refusal(what!.Value, language);
    }

    /// <summary>Why <paramref name="viewer"/> may not do <paramref name="what"/>, in their language; null when they may.</summary>
    public static string? Refusal(Guarded what, Viewer viewer, Language.Language language) =>
        Allows(Who(what), viewer) ? null : Language.PermissionWords.Refusal(what, language);

    private static (Allowed, Guarded?) Everyone => (Allowed.Anyone, null);
}
