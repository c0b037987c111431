using System.Data.Common;

namespace AttBot.Data.Schema;

/// <summary>
/// Runs the busy writes (registrations, the inbox, outbox deliveries, first messages) in the order they were queued, so
/// that a piece sees everything queued before it (callers rely on it: a conversation is saved without waiting, then its
/// welcome is checked). Each engine has its own, both group-committing from one connection, each piece in a savepoint.
/// Either way a caller learns the result only after the commit, so nothing is reported that was not stored.
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
