using AttBot.BotFramework.Hosting;
using AttBot.BotFramework.Schema;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Host.Outreach;
using AttBot.Host.Teams;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Inbox;

/// <summary>
/// The Teams side of the durable inbox: a message whose command changes data (<see cref="CommandEffects"/>), or a
/// status file sent on its own, is journaled in the store before Teams gets its 200. Card-button invokes need no
/// journal: their answer is the HTTP response, sent after the change is stored. Welcomes and the remembering of
/// conversations are not journaled: the channel sends them again, and a lost one only delays a heads-up.
/// </summary>
public sealed class TeamsInbox(InboxStore inbox, InboxOrder order, IOptions<OutreachOptions> options) : ITurnJournal
{
    /// <summary>Read from the command the bot will answer (TeamsCommand reads it once per turn; a file alone is a status import).</summary>
    public bool MustJournal(Activity activity) => activity.Type == ActivityTypes.Message && TeamsCommand.Of(activity).Command.ChangesData();

    public Task<bool> RecordAsync(JournaledTurn turn) =>
        inbox.RecordAsync(InboxStore.BotFramework, turn.SourceKey, turn.OrderingKey, turn.Payload, options.Value.ClaimantId);

    public Task FinishAsync(string sourceKey) => inbox.FinishAsync(sourceKey);

    public Task ForgetAsync(string sourceKey) => inbox.ForgetAsync(sourceKey);

    public IReadOnlyList<JournaledTurn> TakeOver(bool atStart)
    {
        if (atStart)
            inbox.PruneFinished();
        return inbox.TakeOver(InboxStore.BotFramework, options.Value.ClaimantId, options.Value.InboxLease, atStart)
            .Select(e => new JournaledTurn(e.SourceKey, e.OrderingKey, e.Payload)).ToList();
    }

    public Task WaitForEarlierTurnsAsync(string sourceKey, CancellationToken cancellationToken) => order.WaitForEarlierAsync(sourceKey, cancellationToken);
}
