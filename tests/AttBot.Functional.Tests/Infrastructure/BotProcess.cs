using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>
/// The real bot as its own process (AttBot.Host.dll, built next to the tests), anonymous on loopback, on a given SQLite
/// file: what a crash test needs, since only a process can be killed with SIGKILL. Its output is kept for failure messages.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    private BotProcess(Process process, string baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }
    public int Id => _process.Id;

    /// <summary>The last lines the bot wrote.</summary>
    public string Output
    {
        get { lock (_gate) return string.Join('\n', _lines); }
    }

    public static BotProcess Start(string databasePath, params string[] settings)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "AttBot.Host.dll"), "--urls", $"http://127.0.0.1:{port}",
                     $"--ConnectionStrings:AttBot=Data Source={databasePath}", "--MicrosoftAppId=", "--Logging:LogLevel:Default=Warning" }.Concat(settings))
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, $"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits for /healthz to answer; fails with the bot's output after <paramref name="limit"/>.</summary>
    public async Task WaitReadyAsync(HttpClient client, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync($"{BaseAddress}/healthz")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(50); // wait-ok: the poll interval of a bounded wait for /healthz (a new process has no other signal)
        }
        throw new TimeoutException($"The bot was not ready within {limit}:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, nothing finished; returns once the process is gone.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                KillHard();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > 300)
                _lines.Dequeue();
        }
    }

    private static string DotnetHost =>
        Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromCli && File.Exists(fromCli) ? fromCli
        : "dotnet";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
