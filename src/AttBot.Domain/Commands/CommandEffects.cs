namespace AttBot.Domain.Commands;

/// <summary>
/// Which commands change what the bot stores: the one place that decides what the durable inbox journals before the
/// channel is told a message arrived. Read-only commands (status, lists, reports, exports) are answered from memory and,
/// if lost in a crash, simply asked again.
/// </summary>
public static class CommandEffects
{
    /// <summary>True when carrying out the command stores something a person relies on.</summary>
    public static bool ChangesData(this BotCommand command) => command switch
    {
        BotCommand.RegisterText or BotCommand.RegisterAnyway or BotCommand.SetOrganization { Name: not null } or BotCommand.Move or BotCommand.Done
            or BotCommand.Cancel or BotCommand.SubscribeAlerts or BotCommand.UnsubscribeAlerts or BotCommand.SetStatus
            or BotCommand.ImportStatus or BotCommand.DecideImport or BotCommand.Grant or BotCommand.Revoke
            or BotCommand.Priority { TierText: not null } or BotCommand.Intention
            // A revoked subscription must stay revoked once the person was told it arrived; a new link lost in a crash is
            // simply asked for again, and would be useless to a reader who never saw it.
            or BotCommand.CalendarRevoke => true,
        _ => false,
    };
}
