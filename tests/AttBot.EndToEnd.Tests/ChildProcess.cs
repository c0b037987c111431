using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AttBot.EndToEnd.Tests;

/// <summary>
/// A process started by the test: its output is kept (last lines) for failure messages, and
/// disposing it kills the whole process tree.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int MaxLines = 400;
    private readonly Process _process;
    private readonly Queue<string> _lines = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Found)> _watches = [];
    private readonly Lock _gate = new();

    public string Name { get; }

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments,
        string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Cannot start {name} ({fileName}): {e.Message}", e);
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines the process wrote (stdout and stderr interleaved).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>Completes with the first output line matching <paramref name="pattern"/> (also one already written).</summary>
    public Task<Match> WaitForLine(Regex pattern)
    {
        lock (_gate)
        {
            foreach (var line in _lines)
            {
                var match = pattern.Match(line);
                if (match.Success)
                {
                    return Task.FromResult(match);
                }
            }
            var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
            _watches.Add((pattern, found));
            return found.Task;
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
            for (var i = _watches.Count - 1; i >= 0; i--)
            {
                var match = _watches[i].Pattern.Match(line);
                if (match.Success)
                {
                    _watches[i].Found.TrySetResult(match);
                    _watches.RemoveAt(i);
                }
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // never started or already gone
        }
        _process.Dispose();
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append("--- ").Append(Name);
        if (_process.HasExited)
        {
            builder.Append(" (exited with ").Append(_process.ExitCode).Append(')');
        }
        builder.AppendLine(" output, last lines ---").Append(Output);
        return builder.ToString();
    }
}
