using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AttBot.EndToEnd.Tests;

/// <summary>Where things are, and a check that everything the end-to-end test needs is installed.</summary>
internal static class TestEnvironment
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string NodeToolsDirectory => Path.Combine(RepositoryRoot, "tests", "node");

    public static string PlaygroundDirectory => Path.Combine(NodeToolsDirectory, "playground");

    /// <summary>The bot as built next to the test (the project references AttBot.Host).</summary>
    public static string BotAssembly => Path.Combine(AppContext.BaseDirectory, "AttBot.Host.dll");

    /// <summary>The dotnet host running this test, so the bot runs on the same runtime.</summary>
    public static string DotnetHost
    {
        get
        {
            var current = Environment.ProcessPath;
            if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
            {
                return current;
            }
            var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromCli) && File.Exists(fromCli))
            {
                return fromCli;
            }
            return "dotnet";
        }
    }

    public static string ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path)) ?? "";

    /// <summary>Throws, saying what to install, when something the test needs is missing. Never skips.</summary>
    public static void RequireTools()
    {
        var missing = new List<string>();
        if (!File.Exists(BotAssembly))
        {
            missing.Add($"AttBot.Host.dll is not next to the test ({BotAssembly}): build the solution.");
        }
        if (!File.Exists(Path.Combine(NodeToolsDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js"))
            || !File.Exists(Path.Combine(NodeToolsDirectory, "node_modules", "playwright-core", "package.json")))
        {
            missing.Add($"The Playground and playwright-core npm packages are missing: run `npm ci` in {NodeToolsDirectory}.");
        }
        if (!CanRun("node", "--version"))
        {
            missing.Add("Node.js is not on PATH: install Node.js 20 or later.");
        }
        if (ChromiumPath.Length == 0)
        {
            missing.Add("No Chromium found (/usr/bin/chromium): install it (`apt-get install chromium`) or set CHROMIUM_PATH.");
        }
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "The Playground end-to-end test cannot run:\n  " + string.Join("\n  ", missing));
        }
    }

    /// <summary>A TCP port free on 127.0.0.1 right now.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static bool CanRun(string fileName, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(fileName, argument)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }
            process.StandardOutput.ReadToEnd();
            return process.WaitForExit(10_000) && process.ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            $"No AttBot.sln above {AppContext.BaseDirectory}; the end-to-end test must run from a clone of the repository.");
    }
}
