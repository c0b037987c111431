using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>Remembers which Slack deliveries were taken in, so that a retried event or a repeated click is processed once.</summary>
public sealed class SlackDeliveryStore(StoreConnections connections, TimeProvider time)
{
    /// <summary>True the first time a key is seen, false for every repeat (a Slack retry, a redelivered click).</summary>
    public bool TryTake(string deliveryKey)
    {
        using var connection = connections.Open();
        return connection.Execute("""
            INSERT INTO slack_deliveries (delivery_key, received_at) VALUES (@deliveryKey, @Now)
            ON CONFLICT (delivery_key) DO NOTHING
            """, new { deliveryKey, Now = Codes.Time(time.GetUtcNow()) }) == 1;
    }
}
