using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Hosting;

/// <summary>A turn written down before the channel's 200: its key, whose order it keeps, and the activity with its identity.</summary>
public sealed record JournaledTurn(string SourceKey, string OrderingKey, string Payload);

/// <summary>
/// The durable inbox seam: which activities must be written down before the channel is told they arrived, and where.
/// The bot decides what changes data (this layer knows nothing of the ATT); the store keeps it. Without a journal
/// (<see cref="NoTurnJournal"/>) every turn lives in memory only.
/// </summary>
public interface ITurnJournal
{
    /// <summary>True when the activity asks for a change that must survive a crash once acknowledged.</summary>
    bool MustJournal(Activity activity);

    /// <summary>Writes the turn down; completes once it is durable. False when the same activity was written before.</summary>
    Task<bool> RecordAsync(JournaledTurn turn);

    /// <summary>The turn was processed and answered.</summary>
    Task FinishAsync(string sourceKey);

    /// <summary>The turn was refused after all (the queue was full and the channel was told to retry).</summary>
    Task ForgetAsync(string sourceKey);

    /// <summary>
    /// What was written down and never finished, now this process's to run: at start (<paramref name="atStart"/>) what
    /// it left itself, and any time what a dead instance left (the journal decides when an instance counts as dead).
    /// </summary>
    IReadOnlyList<JournaledTurn> TakeOver(bool atStart);

    /// <summary>Completes when every turn of the same conversation written down before this one is finished, wherever it runs (bounded).</summary>
    Task WaitForEarlierTurnsAsync(string sourceKey, CancellationToken cancellationToken);
}

/// <summary>No journal: turns live in memory only.</summary>
public sealed class NoTurnJournal : ITurnJournal
{
    public bool MustJournal(Activity activity) => false;
    public Task<bool> RecordAsync(JournaledTurn turn) => Task.FromResult(true);
    public Task FinishAsync(string sourceKey) => Task.CompletedTask;
    public Task ForgetAsync(string sourceKey) => Task.CompletedTask;
    public IReadOnlyList<JournaledTurn> TakeOver(bool atStart) => [];
    public Task WaitForEarlierTurnsAsync(string sourceKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
