using System.Diagnostics;
using Npgsql;

namespace AttBot.Tests.PostgreSql;

/// <summary>
/// A PostgreSQL cluster of its own for this test run, without Docker: initdb into a temporary folder, started with pg_ctl,
/// listening on a unix socket in that folder only (no TCP port), fsync off (nothing here must survive a power cut).
/// Stopped and deleted when the test process exits, however it ends: at a normal exit by the process itself, and in any
/// case by a watchdog started beside it that waits for the test process to be gone (also after a kill -9). A cluster left
/// behind all the same (the machine restarted) is removed by the next run: its folder names the process that owned it.
/// </summary>
public sealed class ThrowawayCluster : IDisposable
{
    private const string FolderPrefix = "attbot-pg-";
    private const string OwnerFile = "owner.pid";
    private const string User = "attbot";
    private const int Port = 5432; // names the socket file only: each cluster has a socket folder of its own
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);

    private static readonly Lazy<ThrowawayCluster> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _bin;
    private int _disposed;

    /// <summary>The run's cluster, started on first use. Throws, for every test that needs it, when it cannot start.</summary>
    public static ThrowawayCluster Shared => Started.Value;

    private ThrowawayCluster(string bin, string folder)
    {
        _bin = bin;
        Folder = folder;
    }

    public string Folder { get; }

    private string DataFolder => Path.Combine(Folder, "data");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = Folder, Port = Port, Username = User, Database = database }.ToString();

    /// <summary>A new empty database (from template0), named for the caller's test.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", connection);
        command.ExecuteNonQuery();
        return name;
    }

    /// <summary>Drops a test's database, closing whatever sessions it still has.</summary>
    public void DropDatabase(string name)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static ThrowawayCluster Start()
    {
        var bin = FindBinaries();
        RemoveAbandonedClusters(bin);
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString());
        var cluster = new ThrowawayCluster(bin, folder);
        try
        {
            if (IsRoot)
                Run("chown", ["-R", "postgres:postgres", folder]); // initdb refuses root: the postgres user owns the cluster
            cluster.RunPostgres("initdb", ["-D", cluster.DataFolder, "-A", "trust", "-U", User, "--no-locale", "-E", "UTF8", "--no-sync"]);
            cluster.RunPostgres("pg_ctl", ["-D", cluster.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-k {folder} -c listen_addresses='' -p {Port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"], captureOutput: false);
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
        StartWatchdog(bin, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    }

    /// <summary>Stops the server and deletes its folder; safe to call twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        StopAndDelete(_bin, Folder);
    }

    private static void StopAndDelete(string bin, string folder)
    {
        var data = Path.Combine(folder, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try { RunAsPostgres(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"], captureOutput: true); }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException) { /* not running: nothing to stop */ }
        }
        // The server's last children may still be closing files for a moment after pg_ctl returns: a few tries.
        for (var attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { Thread.Sleep(200); } // wait-ok: the pause between bounded retries of a cleanup whose condition (the folder deletable) is retried, not assumed
        }
    }

    /// <summary>
    /// A detached shell (its own session, so it outlives a killed test process and its process group) that polls, once a
    /// second for at most a day, whether the test process is alive; when it is gone, stops the server and deletes the folder.
    /// </summary>
    private static void StartWatchdog(string bin, string folder)
    {
        var asPostgres = IsRoot ? "runuser -u postgres -- " : "";
        var script = $$"""
            exec >/dev/null 2>&1 </dev/null
            i=0
            while kill -0 {{Environment.ProcessId}} 2>/dev/null && [ $i -lt 86400 ]; do sleep 1; i=$((i+1)); done
            if [ -f '{{folder}}/data/postmaster.pid' ]; then {{asPostgres}}'{{bin}}/pg_ctl' -D '{{folder}}/data' -m immediate -w -t 30 stop; fi
            rm -rf '{{folder}}'
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", script })
            start.ArgumentList.Add(argument);
        using var watchdog = Process.Start(start) ?? throw new InvalidOperationException("Could not start the cluster's watchdog.");
    }

    /// <summary>Clusters of earlier runs whose test process is gone (killed, crashed): stopped and deleted.</summary>
    private static void RemoveAbandonedClusters(string bin)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var ownerFile = Path.Combine(folder, OwnerFile);
            if (!File.Exists(ownerFile) || !int.TryParse(File.ReadAllText(ownerFile), out var owner) || IsAlive(owner))
                continue;
            StopAndDelete(bin, folder);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("ATTBOT_PG_BIN");
        var candidates = configured is { Length: > 0 } ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin")).ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL is not installed, and the PostgreSQL store tests need it: install Debian's 'postgresql' package " +
                "(apt-get install postgresql; .ci/run and test.sh do so when run as root), or set ATTBOT_PG_BIN to the folder holding initdb and pg_ctl.");
    }

    private static bool IsRoot => Environment.UserName == "root";

    private void RunPostgres(string tool, string[] arguments, bool captureOutput = true) => RunAsPostgres(_bin, tool, arguments, captureOutput);

    private static void RunAsPostgres(string bin, string tool, string[] arguments, bool captureOutput) =>
        Run(IsRoot ? "runuser" : Path.Combine(bin, tool), IsRoot ? ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments] : arguments, captureOutput);

    /// <summary>Runs a command to its end, at most <see cref="CommandTimeout"/>; throws with its output when it fails.</summary>
    private static void Run(string file, string[] arguments, bool captureOutput = true)
    {
        // pg_ctl start leaves the server running with pg_ctl's output handles: reading them to the end would wait for the
        // server to stop, so its output is not captured (the server writes to its log file).
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = captureOutput, RedirectStandardError = captureOutput, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = captureOutput ? process.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        var error = captureOutput ? process.StandardError.ReadToEndAsync() : Task.FromResult("");
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {CommandTimeout.TotalSeconds} s.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{error.Result}");
    }
}
