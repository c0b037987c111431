using AttBot.Data.Schema;
using AttBot.Data.Store;
using Dapper;

namespace AttBot.Data.Tests;

/// <summary>Outbox claims name their instance: a restart gives its own back at once, a dead instance's lapse with the lease.</summary>
public abstract class OutboxClaimTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private readonly TestDatabase _db;
    private readonly StoreConnections _connections;
    private readonly StoreWriter _writer;
    private readonly SettableTime _clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly OutboxStore _outbox;

    protected OutboxClaimTests(TestDatabase db)
    {
        _db = db;
        _connections = _db.Migrated();
        _writer = _connections.CreateWriter();
        _outbox = new OutboxStore(_connections, _writer, _clock);
        using var connection = _connections.Open();
        foreach (var period in new[] { "2027-03-01", "2027-03-08", "2027-03-15" })
            connection.Execute("""
                INSERT INTO outbox (kind, subject, channel_id, conversation_id, created_at, next_attempt_at)
                VALUES ('digest', @period, 'msteams', '19:secretariat', @Now, @Now)
                """, new { period, Now = Text(_clock.Now) });
    }

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _writer.Dispose();
        _db.Dispose();
    }

    private string? ClaimantOf(long id)
    {
        using var connection = _connections.Open();
        return connection.ExecuteScalar<string?>("SELECT claimed_by FROM outbox WHERE id = @id", new { id });
    }

    [Fact]
    public async Task Two_instances_claiming_at_the_same_moment_never_get_the_same_message()
    {
        var other = _db.AnotherInstance();
        using var otherWriter = other.CreateWriter();
        var otherOutbox = new OutboxStore(other, otherWriter, _clock);
        using (var connection = _connections.Open())
            connection.Execute("""
                INSERT INTO outbox (kind, subject, channel_id, conversation_id, created_at, next_attempt_at)
                VALUES ('champion_note', @Subject, 'msteams', '19:champions', @Now, @Now)
                """, Enumerable.Range(1, 200).Select(i => new { Subject = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Now = Text(_clock.Now) }));

        // Each instance claims small batches until nothing is left for it (at most as many rounds as there are messages).
        static async Task<List<long>> ClaimAll(OutboxStore outbox, string instanceId)
        {
            var ids = new List<long>();
            for (var round = 0; round < 203; round++)
            {
                var claimed = await outbox.ClaimDueAsync(instanceId, 5, Lease);
                if (claimed.Count == 0)
                    break;
                ids.AddRange(claimed.Select(m => m.Id));
            }
            return ids;
        }
        var claims = await Task.WhenAll(Task.Run(() => ClaimAll(_outbox, "instance-a")), Task.Run(() => ClaimAll(otherOutbox, "instance-b")));

        Assert.Empty(claims[0].Intersect(claims[1]));
        Assert.Equal(203, claims.Sum(ids => ids.Distinct().Count()));
        Assert.Equal(203, claims.Sum(ids => ids.Count));
    }

    [Fact]
    public async Task A_claim_names_its_instance_and_no_one_else_claims_the_message_during_the_lease()
    {
        var claimed = await _outbox.ClaimDueAsync("instance-a", 10, Lease);

        Assert.Equal(3, claimed.Count);
        Assert.All(claimed, m => Assert.Equal("instance-a", ClaimantOf(m.Id)));
        _clock.Now += Lease - TimeSpan.FromSeconds(1);
        Assert.Empty(await _outbox.ClaimDueAsync("instance-b", 10, Lease));
    }

    [Fact]
    public async Task An_instance_that_starts_again_gives_back_its_own_claims_at_once_and_leaves_others_alone()
    {
        var mine = await _outbox.ClaimDueAsync("instance-a", 2, Lease);
        var theirs = Assert.Single(await _outbox.ClaimDueAsync("instance-b", 10, Lease));

        Assert.Equal(2, _outbox.ReleaseClaimsOf("instance-a"));

        var again = await _outbox.ClaimDueAsync("instance-a", 10, Lease);
        Assert.Equal(mine.Select(m => m.Id), again.Select(m => m.Id));
        Assert.Equal("instance-b", ClaimantOf(theirs.Id));
    }

    [Fact]
    public async Task A_dead_instances_claims_expire_with_the_lease_and_go_to_the_next_claimant()
    {
        var claimed = await _outbox.ClaimDueAsync("instance-a", 10, Lease);

        _clock.Now += Lease;
        var taken = await _outbox.ClaimDueAsync("instance-b", 10, Lease);

        Assert.Equal(claimed.Select(m => m.Id), taken.Select(m => m.Id));
        Assert.All(taken, m => Assert.Equal("instance-b", ClaimantOf(m.Id)));
        Assert.Equal(0, _outbox.ReleaseClaimsOf("instance-a")); // the dead instance, back later, has nothing left to give back
    }

    [Fact]
    public async Task Delivered_messages_keep_no_claim_and_are_not_given_back()
    {
        var claimed = await _outbox.ClaimDueAsync("instance-a", 10, Lease);
        await _outbox.MarkDeliveredAsync(claimed[0].Id);

        Assert.Null(ClaimantOf(claimed[0].Id));
        Assert.Equal(2, _outbox.ReleaseClaimsOf("instance-a"));
        Assert.Equal(2, (await _outbox.ClaimDueAsync("instance-b", 10, Lease)).Count);
    }

    [Fact]
    public async Task A_batchs_deliveries_marked_together_are_each_delivered_once_and_the_rest_stay_claimed()
    {
        var claimed = await _outbox.ClaimDueAsync("instance-a", 10, Lease);

        await _outbox.MarkDeliveredAsync([claimed[0].Id, claimed[2].Id]);

        Assert.Null(ClaimantOf(claimed[0].Id));
        Assert.Null(ClaimantOf(claimed[2].Id));
        Assert.Equal("instance-a", ClaimantOf(claimed[1].Id));
        Assert.Equal(1, _outbox.ReleaseClaimsOf("instance-a"));
        Assert.Equal([claimed[1].Id], (await _outbox.ClaimDueAsync("instance-b", 10, Lease)).Select(m => m.Id));
    }
}

public sealed class OutboxClaimTestsOnSqlite() : OutboxClaimTests(new TempDatabase());

public sealed class OutboxClaimTestsOnPostgreSql() : OutboxClaimTests(new PostgreSqlDatabase());
