using AttBot.Data.PostgreSql;
using AttBot.Data.Schema;
using AttBot.Host.Countries;
using AttBot.Host.Language;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;
using Npgsql;

namespace AttBot.Host.Composition;

/// <summary>
/// On PostgreSQL, several instances share one database, and each keeps some of it in memory. This listener holds one
/// connection listening on <see cref="PostgreSqlConnections.ChangesChannel"/> (migration 0016's triggers notify it from
/// every change's transaction, on whichever instance) and drops, or reloads, what the change makes stale: a change on one
/// instance is seen by the others within the notification's round trip. When the connection is lost it reconnects with
/// bounded backoff and then drops everything, since changes made meanwhile were not heard. On SQLite there is one process,
/// which drops its own caches as it changes them: nothing runs.
/// </summary>
public sealed class StoreChangeListener(StoreConnections connections, IServiceProvider services, ILogger<StoreChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    /// <summary>True while listening: tests wait for it before they count on a notification being heard.</summary>
    public bool Listening { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (connections is not PostgreSqlConnections postgres)
            return;
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await postgres.ListenForChangesAsync(stoppingToken);
                connection.Notification += (_, e) => Changed(e.Payload);
                Listening = true;
                logger.LogInformation("Listening for the store's changes on {DataSource}", postgres.DataSource);
                Changed(null); // anything changed before this moment (a lost connection's gap) was not heard
                retry = FirstRetry;
                // Bounded by the host's stop: each wait returns when notifications arrive, which the handler has dispatched.
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                Listening = false;
                logger.LogWarning("Lost the store's change notifications ({Error}); listening again in {Delay}", e.GetType().Name, retry);
                try { await Task.Delay(retry, stoppingToken); }
                catch (OperationCanceledException) { return; }
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }

    /// <summary>One table's change (payload "table" or "table|channel|user"), or null for "anything may have changed".</summary>
    private void Changed(string? payload)
    {
        var parts = payload?.Split('|', 3);
        var table = parts?[0];
        (string, string)? person = parts is { Length: 3 } ? (parts[1], parts[2]) : null;
        try
        {
            if (table is null or "countries" or "status_data_info")
                services.GetRequiredService<CountryDirectory>().Reload();
            if (table is null or "roles" or "countries")
                services.GetRequiredService<RoleDirectory>().Invalidate();
            if (table is null or "outreach" or "outreach_targets")
                services.GetRequiredService<PlannedOutreachFigures>().PlansChanged();
            if (table is null or "user_profiles")
                services.GetRequiredService<PeopleDesk>().ProfileChanged(person);
            if (table is null or "language_choices")
                services.GetRequiredService<LanguageDesk>().ChoiceChanged(person);
            if (table is null or "declared_intentions")
                services.GetRequiredService<PriorityDesk>().IntentionsChanged();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // A reload that fails now (the database busy) must not end the listener: the next change, or the roles'
            // one-minute refresh, reads again.
            logger.LogWarning("Could not reload after a change to {Table}: {Error}", table ?? "any table", e.GetType().Name);
        }
    }
}
