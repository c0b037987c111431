using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Tests;

/// <summary>The engine's writer: work in queue order, each piece failing alone, results only after the commit.</summary>
public abstract class StoreWriterTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly StoreConnections _connections;
    private readonly StoreWriter _writer;

    protected StoreWriterTests(TestDatabase db, string createNotes)
    {
        _db = db;
        _connections = _db.Connections;
        using (var connection = _connections.Open())
            connection.Execute(createNotes);
        _writer = _connections.CreateWriter();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _db.Dispose();
    }

    private Task<long> Insert(string text) => _writer.WriteAsync((connection, transaction) =>
        connection.ExecuteScalar<long>("INSERT INTO notes (text) VALUES (@text) RETURNING id", new { text }, transaction));

    private List<string> Stored()
    {
        using var connection = _connections.Open();
        return connection.Query<string>("SELECT text FROM notes ORDER BY id").ToList();
    }

    [Fact]
    public async Task Concurrent_writes_are_all_stored_in_the_order_they_were_queued()
    {
        var writes = Enumerable.Range(0, 500).Select(i => Insert($"note {i}")).ToList();

        var ids = await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), ids);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"note {i}"), Stored());
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_undoes_only_its_own_changes()
    {
        var first = Insert("kept");
        var failing = _writer.WriteAsync((connection, transaction) =>
        {
            connection.Execute("INSERT INTO notes (text) VALUES ('half done')", transaction: transaction);
            return connection.Execute("INSERT INTO notes (text) VALUES ('kept')", transaction: transaction); // UNIQUE violation
        });
        var last = Insert("also kept");

        await first;
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => failing);
        await last;
        Assert.Equal(["kept", "also kept"], Stored());
    }

    private static readonly WriteStatement AddNote = new("INSERT INTO notes (text) VALUES (@text) ON CONFLICT (text) DO NOTHING", "@text");

    [Fact]
    public async Task A_statement_run_again_and_again_stores_each_value_and_says_how_many_rows_changed()
    {
        var writes = Enumerable.Range(0, 300).Select(i => _writer.ExecuteAsync(AddNote, $"note {i % 200}")).ToList();

        var changed = await Task.WhenAll(writes);

        // The statement is compiled once and bound anew for every value: the repeated notes change nothing.
        Assert.Equal(Enumerable.Range(0, 300).Select(i => i < 200 ? 1 : 0), changed);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"note {i}"), Stored());
    }

    [Fact]
    public async Task Unhurried_writes_are_stored_and_never_after_hurried_work_queued_behind_them()
    {
        var unhurried = Enumerable.Range(0, 20).Select(i => _writer.ExecuteUnhurriedAsync(AddNote, $"first message {i}")).ToList();
        var hurried = Insert("registration");

        await hurried;

        // The registration's commit carried the first messages queued before it: none of them is still waiting.
        Assert.All(unhurried, write => Assert.True(write.IsCompletedSuccessfully));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"first message {i}").Append("registration"), Stored());
    }

    [Fact]
    public async Task Unhurried_writes_alone_are_committed_without_anything_else_coming()
    {
        var changed = await Task.WhenAll(Enumerable.Range(0, 700).Select(i => _writer.ExecuteUnhurriedAsync(AddNote, $"first message {i}")));

        Assert.All(changed, rows => Assert.Equal(1, rows));
        Assert.Equal(700, Stored().Count);
    }

    [Fact]
    public async Task A_flush_makes_an_unhurried_write_queued_before_it_readable()
    {
        _ = _writer.ExecuteUnhurriedAsync(AddNote, "first message");

        await _writer.FlushAsync();

        Assert.Equal(["first message"], Stored());
    }

    [Fact]
    public async Task A_failing_statement_fails_alone_beside_other_work_in_its_batch()
    {
        var insertNull = new WriteStatement("INSERT INTO notes (text) VALUES (@text)", "@text");
        var first = _writer.ExecuteAsync(AddNote, "kept");
        var failing = _writer.ExecuteAsync(insertNull, (object?)null); // NOT NULL violation
        var wrongCount = _writer.ExecuteAsync(insertNull, "a", "b");
        var afterwards = Insert("also kept");
        var last = _writer.ExecuteAsync(AddNote, "kept too");

        Assert.Equal(1, await first);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => failing);
        await Assert.ThrowsAsync<ArgumentException>(() => wrongCount);
        await afterwards;
        Assert.Equal(1, await last);
        Assert.Equal(["kept", "also kept", "kept too"], Stored());
    }

    [Fact]
    public async Task One_failing_statement_among_many_queued_together_fails_alone_and_the_others_say_what_they_changed()
    {
        var insertNull = new WriteStatement("INSERT INTO notes (text) VALUES (@text)", "@text");
        var writes = Enumerable.Range(0, 60)
            .Select(i => i == 25 ? _writer.ExecuteAsync(insertNull, (object?)null) : _writer.ExecuteAsync(AddNote, $"note {i % 40}"))
            .ToList();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => writes[25]);
        var changed = await Task.WhenAll(writes.Where((_, i) => i != 25));

        Assert.Equal(Enumerable.Range(0, 60).Where(i => i != 25).Select(i => i < 40 ? 1 : 0), changed);
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i != 25).Select(i => $"note {i}").Order(StringComparer.Ordinal),
            Stored().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_write_sees_what_was_queued_before_it()
    {
        var writes = Enumerable.Range(0, 50).Select(i => _writer.WriteAsync((connection, transaction) =>
        {
            var before = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM notes", transaction: transaction);
            connection.Execute("INSERT INTO notes (text) VALUES (@text)", new { text = $"n{i}" }, transaction);
            return before;
        })).ToList();

        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), await Task.WhenAll(writes));
    }

    [Fact]
    public async Task Work_that_names_its_locks_never_deadlocks_with_another_instance_whatever_order_it_locks_in()
    {
        using var otherInstance = _connections.CreateWriter();
        // Each piece also locks its states itself, the two instances in opposite orders: one piece at a time that would
        // deadlock; the writer takes every named lock of a batch first, in one order, so the pieces' own locks are held already.
        Task<long> Write(StoreWriter writer, int i, string[] states) => writer.WriteAsync((connection, transaction) =>
        {
            foreach (var state in states)
                _connections.LockStates(connection, transaction, [state]);
            return connection.ExecuteScalar<long>("INSERT INTO notes (text) VALUES (@text) RETURNING id", new { text = $"{states[0]} {i}" }, transaction);
        }, locks: StoreConnections.StateLocks(states));

        var writes = Enumerable.Range(0, 200).SelectMany(i => new[]
        {
            Write(_writer, i, ["TON", "FJI", "WSM"]),
            Write(otherInstance, i, ["WSM", "FJI", "TON"]),
        }).ToList();

        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(400, Stored().Count);
    }

    [Fact]
    public async Task Work_queued_before_dispose_is_finished_and_later_work_is_refused()
    {
        var pending = Enumerable.Range(0, 100).Select(i => Insert($"n{i}")).ToList();

        _writer.Dispose();

        await Task.WhenAll(pending);
        Assert.Equal(100, Stored().Count);
        Assert.Throws<ObjectDisposedException>(() => { _ = Insert("too late"); });
    }
}

public sealed class StoreWriterTestsOnSqlite() : StoreWriterTests(new TempDatabase(),
    "PRAGMA journal_mode = WAL; CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);");

public sealed class StoreWriterTestsOnPostgreSql() : StoreWriterTests(new PostgreSqlDatabase(),
    "CREATE TABLE notes (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, text text NOT NULL UNIQUE);");
