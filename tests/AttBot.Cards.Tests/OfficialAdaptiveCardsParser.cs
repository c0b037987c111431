using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttBot.Cards.Tests;

/// <summary>What the official Adaptive Cards parser says about one card.</summary>
public sealed record CardReport(int Index, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>
/// Runs the cards through the official JavaScript parser (npm "adaptivecards", the library Teams and the
/// Agents Playground render with) by way of <c>tests/node/validate-cards.js</c>, targeting card version 1.5.
/// Needs Node.js on PATH and <c>npm ci</c> run in tests/node; without them it throws, so a test fails
/// instead of passing silently.
/// </summary>
public static class OfficialAdaptiveCardsParser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static IReadOnlyList<CardReport> Validate(IEnumerable<JsonNode> cards)
    {
        var input = new JsonArray(cards.Select(card => card.DeepClone()).ToArray());
        var nodeDir = Path.Combine(FindRepositoryRoot(), "tests", "node");
        var script = Path.Combine(nodeDir, "validate-cards.js");
        if (!File.Exists(Path.Combine(nodeDir, "node_modules", "adaptivecards", "package.json")))
        {
            throw new InvalidOperationException(
                $"The adaptivecards npm package is missing: run `npm ci` in {nodeDir}.");
        }

        var startInfo = new ProcessStartInfo("node")
        {
            ArgumentList = { script },
            WorkingDirectory = nodeDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "Cannot run `node` (Node.js 20+ must be on PATH to check cards with the official parser).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input.ToJsonString());
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"validate-cards.js did not finish within {Timeout.TotalSeconds} s.");
            }
            process.WaitForExit(); // lets the output readers finish
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"validate-cards.js failed (exit {process.ExitCode}): {stderr.Result}{stdout.Result}");
            }

            var reports = JsonSerializer.Deserialize<List<CardReport>>(stdout.Result, JsonOptions)
                ?? throw new InvalidOperationException($"validate-cards.js printed no report: {stdout.Result}");
            if (reports.Count != input.Count)
            {
                throw new InvalidOperationException(
                    $"validate-cards.js reported on {reports.Count} cards, expected {input.Count}: {stdout.Result}");
            }
            return reports;
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

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
            $"No AttBot.sln above {AppContext.BaseDirectory}; the card tests must run from a clone of the repository.");
    }
}
