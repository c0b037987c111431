using System.Data.Common;

namespace AttBot.Data.Schema;

/// <summary>
/// Runs the busy writes (registrations, the inbox, outbox deliveries, first messages). Each engine has its own:
/// SQLite's group-commits from one connection, because SQLite admits one writer at a time; PostgreSQL's runs each write
/// as its own transaction on a pooled connection, because PostgreSQL admits many. Either way a caller learns the result
/// only after the commit, so nothing is reported that was not stored.
/// </summary>
public abstract class StoreWriter : IDisposable
{
    /// <summary>Runs <paramref name="work"/> inside a write transaction; completes after the commit.</summary>
    public abstract Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work);

    /// <summary>Runs one statement and gives the number of rows it changed, after the commit.</summary>
    public abstract Task<int> ExecuteAsync(WriteStatement statement, params object?[] values);

    /// <summary>Finishes the work already queued, then stops.</summary>
    public abstract void Dispose();
}

/// <summary>
/// One SQL statement for <see cref="StoreWriter.ExecuteAsync"/>, with its parameters named in the order their values
/// are given. Kept as a static field beside the store that uses it: a writer may compile it once and reuse it.
/// </summary>
public sealed class WriteStatement(string sql, params string[] parameters)
{
    public string Sql { get; } = sql;

    public IReadOnlyList<string> Parameters { get; } = parameters;
}
