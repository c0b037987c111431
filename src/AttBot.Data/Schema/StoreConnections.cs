using System.Data.Common;

namespace AttBot.Data.Schema;

/// <summary>
/// The one seam between the stores and the engine they run on (SQLite or PostgreSQL): a connection per store operation,
/// a write transaction, the writer for the busy write paths, and the few pieces of SQL the two engines spell differently.
/// Everything else the stores write is SQL both engines accept, so that each query exists once.
/// </summary>
/// <remarks>
/// Both engines store values the same way (ids as 64-bit integers, dates and times as ISO 8601 text, flags as 0 or 1),
/// so that the stores' Dapper mapping is shared too: a row reads back as the same .NET types whichever engine wrote it.
/// </remarks>
public abstract class StoreConnections
{
    /// <summary>The engine's name, which is also the folder its migrations are embedded from ("Sqlite", "PostgreSql").</summary>
    public abstract string Engine { get; }

    /// <summary>Where the data is (a file, or a server and database), for messages to an operator: never a password.</summary>
    public abstract string DataSource { get; }

    /// <summary>
    /// True when several instances may work on this store at once (PostgreSQL). A SQLite file belongs to one process:
    /// what only matters between instances (taking over a dead one's inbox, a conversation's order across them) is skipped.
    /// </summary>
    public virtual bool SharedByInstances => false;

    /// <summary>An open connection, ready for the store's queries; the caller disposes it.</summary>
    public abstract DbConnection Open();

    /// <summary>A transaction for a read-then-write: on SQLite it takes the write lock at once (BEGIN IMMEDIATE).</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>The writer for the busy write paths (see <see cref="StoreWriter"/>); one per store, disposed with it.</summary>
    public abstract StoreWriter CreateWriter();

    /// <summary>
    /// Holds, on <paramref name="connection"/>, the lock under which the schema is migrated and seeded, until disposed:
    /// two instances starting together then migrate once.
    /// </summary>
    public abstract IDisposable LockForMigration(DbConnection connection);

    /// <summary>
    /// Serialises, until <paramref name="transaction"/> ends, every writer that works on any of these states: two
    /// registrations for one state must see each other to find their conflict, even when made at the same moment.
    /// </summary>
    public abstract void LockStates(DbConnection connection, DbTransaction transaction, IEnumerable<string> iso3s);

    /// <summary>The names of the locks <see cref="LockStates"/> takes, for work that the store writer locks for (see <see cref="StoreWriter.WriteAsync{T}"/>).</summary>
    public static IReadOnlyCollection<string> StateLocks(IEnumerable<string> iso3s) =>
        iso3s.Distinct(StringComparer.Ordinal).Select(iso3 => $"attbot.state.{iso3}").ToList();
}
