using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace AttBot.Bench;

/// <summary>Resident memory of a process, from /proc/{pid}/status: now (VmRSS) and its peak (VmHWM).</summary>
public readonly record struct ResidentMemory(long RssBytes, long PeakBytes);

/// <summary>
/// A process the bench started (the bot or the floor app), listening on a loopback port. Its output is kept
/// (the last lines only) to explain a failed start. Disposing kills it with all its children; so does the
/// bench's exit, whichever way it ends, through <see cref="KillAll"/>.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private const int KeptOutputLines = 40;
    private static readonly ConcurrentDictionary<int, ChildProcess> Running = new();

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildProcess(string name, Process process, int port, long startedAt)
    {
        Name = name;
        _process = process;
        Port = port;
        StartedAt = startedAt;
    }

    public string Name { get; }
    public int Port { get; }
    public int Id => _process.Id;
    /// <summary>Stopwatch timestamp taken just before the process was created.</summary>
    public long StartedAt { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public bool HasExited => _process.HasExited;
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <summary>
    /// Starts <c>dotnet {arguments}</c> in <paramref name="workingDirectory"/> (an ASP.NET Core app's content root, where
    /// it reads appsettings.json and watches files); {port} in an argument is replaced by a free loopback port.
    /// </summary>
    public static ChildProcess StartDotnet(string name, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var port = FreeLoopbackPort();
        var info = new ProcessStartInfo(DotnetMuxer())
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true, // held open; the floor app exits when it closes
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        foreach (var (key, value) in environment)
            info.Environment[key] = value;

        var process = new Process { StartInfo = info };
        var startedAt = Stopwatch.GetTimestamp();
        process.Start();
        var child = new ChildProcess(name, process, port, startedAt);
        Running[process.Id] = child;
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Polls GET /healthz until it answers 200; returns the time from process start to that answer.</summary>
    public async Task<TimeSpan> WaitReadyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.Zero })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(2),
        };
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
                throw new BenchException($"The {Name} exited with code {_process.ExitCode} before it was ready.{Environment.NewLine}{RecentOutput}");
            try
            {
                using var response = await http.GetAsync("healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                    return Stopwatch.GetElapsedTime(StartedAt);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // That attempt timed out; try again.
            }
            if (Stopwatch.GetElapsedTime(StartedAt) > limit)
                throw new BenchException($"The {Name} was not ready within {limit.TotalSeconds:0} s.{Environment.NewLine}{RecentOutput}");
            await Task.Delay(5, cancellationToken);
        }
    }

    public ResidentMemory ReadMemory()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                rss = Kilobytes(line) * 1024;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                peak = Kilobytes(line) * 1024;
        }
        return new ResidentMemory(rss, peak);
    }

    /// <summary>CPU time (user + system) the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public void Dispose()
    {
        Running.TryRemove(_process.Id, out _);
        Kill();
        _process.Dispose();
    }

    /// <summary>Kills every child still running: the last resort on Ctrl+C, SIGTERM or an unexpected exit.</summary>
    public static void KillAll()
    {
        foreach (var child in Running.Values)
            child.Kill();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue($"  [{Name}] {line}");
        while (_output.Count > KeptOutputLines)
            _output.TryDequeue(out _);
    }

    private static long Kilobytes(string statusLine) =>
        long.Parse(statusLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);

    private static int FreeLoopbackPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>The dotnet executable that runs this bench, so the children run on the same runtime.</summary>
    private static string DotnetMuxer()
    {
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
            return self;
        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/ → .../dotnet/dotnet
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var muxer = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(muxer) ? muxer : "dotnet";
    }
}

/// <summary>The run itself failed (a child did not start, died, or the host was not found): exit code 2.</summary>
public sealed class BenchException(string message) : Exception(message);
