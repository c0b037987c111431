using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace AttBot.EndToEnd.Tests;

/// <summary>
/// The real bot (AttBot.Host.dll, its own SQLite file) talking to the M365 Agents Playground, whose
/// web page headless Chromium drives through a scenario script in tests/node/playground/.
/// Each test starts its own bot (empty database) and Playground (new conversation).
/// Needs Node.js, `npm ci` in tests/node and Chromium; fails (never skips) without them.
/// Screenshots and logs go to tests/AttBot.EndToEnd.Tests/TestResults/artifacts/&lt;time&gt;-&lt;scenario&gt;/.
/// </summary>
public sealed partial class PlaygroundTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan BotStartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PlaygroundStartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ScenarioTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The <c>from.aadObjectId</c> the Playground sends for its built-in user "Alex Wilber" (from.id is "user-id-0"); see
    /// tests/node/playground/FINDINGS.md. Roles:Secretariat names Teams members by that object id only, as
    /// msteams:&lt;id&gt; (never by from.id); with no token, the loopback rule stands in for the channel's.
    /// </summary>
    private const string PlaygroundUserAadObjectId = "00000000-0000-0000-0000-0000000000020";

    /// <summary>
    /// Everyone in the Playground's group chat and team by its built-in configuration: Alex, then Megan Bowen, Adele Vance,
    /// Isaiah Langer, Patti Fernandez and Lynne Robbins (user-id-1 to user-id-5).
    /// </summary>
    private static readonly string[] PlaygroundMemberAadObjectIds =
        [PlaygroundUserAadObjectId, .. Enumerable.Range(1, 5).Select(i => $"00000000-0000-0000-0000-00000000000{20 + i}")];

    private readonly string _workDirectory = Directory.CreateTempSubdirectory("attbot-e2e-").FullName;
    private readonly List<ChildProcess> _processes = [];
    private string? _artifacts;

    [Fact]
    public Task Playground_conversation_shows_welcome_status_and_working_ambiguity_buttons() =>
        RunScenario("status-scenario.js");

    /// <summary>
    /// The form card filled in by clicking and typing: a window ending before it starts comes back as the form with
    /// "Please fix" and the values kept; fixed, it is registered as OR-0001; "mine" lists it.
    /// </summary>
    [Fact]
    public Task Playground_registration_form_is_filled_in_fixed_and_submitted_by_clicking() =>
        RunScenario("outreach-scenario.js");

    /// <summary>"region Oceania" shows the region card with the seed data's shares; its World table button and "region" the world table.</summary>
    [Fact]
    public Task Playground_region_card_and_world_table_show_the_seed_figures() =>
        RunScenario("region-scenario.js");

    /// <summary>
    /// Issue 15, the reader's own choice: "language fr", then "statut Malaisie" shows the French status card, "aide" the
    /// French help and "région Océanie" the French region card; "language en" switches back to English.
    /// </summary>
    [Fact]
    public Task Playground_language_fr_shows_status_help_and_region_in_French_and_language_en_switches_back() =>
        RunScenario("language-scenario.js");

    /// <summary>
    /// Issue 16: "Trigger Message Extension App" > "Search Command" (searchState, parameter state) finds Tonga; its status card
    /// goes into the compose box and, sent, into the chat; "region Oceania" shows the region card with the map image, served
    /// by the bot (Exports:PublicBaseUrl is the bot's own address here) and loaded by the browser.
    /// </summary>
    [Fact]
    public Task Playground_message_extension_inserts_a_status_card_and_the_region_card_shows_the_map() =>
        RunScenario("compose-scenario.js");

    /// <summary>
    /// The Playground's user listed in Roles:Secretariat: help with the Secretariat's section, set status with entry into force computed, status showing it,
    /// priority and gaps, a one-line registration, and export csv whose Download link returns the CSV when fetched.
    /// </summary>
    [Fact]
    public Task Playground_secretariat_sets_status_priorities_gaps_and_downloads_the_csv_export() =>
        RunScenario("secretariat-scenario.js", $"--Roles:Secretariat:0=msteams:{PlaygroundUserAadObjectId}");

    /// <summary>Without a role: help without the Secretariat's section, priorities and export refused in words, region still answers.</summary>
    [Fact]
    public Task Playground_stakeholder_is_refused_priorities_and_export_but_sees_regions() =>
        RunScenario("stakeholder-scenario.js");

    /// <summary>
    /// A registration like the user's own earlier one is asked about before it is stored: "Discard" stores nothing, and
    /// "Register anyway" (an Action.Submit button, as the Playground sends it) stores it.
    /// </summary>
    [Fact]
    public Task Playground_user_is_asked_before_a_registration_like_their_own_is_stored_and_answers_with_a_button() =>
        RunScenario("ask-before-scenario.js");

    /// <summary>
    /// Issue 11, the audience rule in the Playground's group chat (Alex and five other users, read through pagedmembers):
    /// a restricted plan registered by Alex in his 1:1 chat shows its organizer and organization there; "@Test Bot outreach
    /// Tonga" in the group chat, where the others are stakeholders, shows it as "another stakeholder"'s, and so does a post
    /// in the team's General channel; a plan moved onto its dates from the group chat is announced there without naming it;
    /// "history Tonga" asked in the group chat is answered in the 1:1 chat, with one short line in the group chat.
    /// </summary>
    [Fact]
    public Task Playground_group_chat_is_shown_a_restricted_plan_without_its_organizer_and_history_goes_to_the_1to1_chat() =>
        RunScenario("room-scenario.js", new Dictionary<string, string> { ["ROOM_READERS"] = "mixed" },
            $"--Roles:Secretariat:0=msteams:{PlaygroundUserAadObjectId}");

    /// <summary>
    /// The other side of the rule: with all six members of the group chat in the Secretariat, the room may see the plan
    /// whole and is shown it whole, in the group chat and in the General channel; history still goes to the 1:1 chat.
    /// </summary>
    [Fact]
    public Task Playground_group_chat_of_secretariat_members_only_is_shown_a_restricted_plan_whole() =>
        RunScenario("room-scenario.js", new Dictionary<string, string> { ["ROOM_READERS"] = "secretariat" },
            [.. PlaygroundMemberAadObjectIds.Select((id, i) => $"--Roles:Secretariat:{i}=msteams:{id}")]);

    private Task RunScenario(string script, params string[] botArguments) =>
        RunScenario(script, new Dictionary<string, string>(), botArguments);

    private async Task RunScenario(string script, IReadOnlyDictionary<string, string> scenarioEnvironment, params string[] botArguments)
    {
        TestEnvironment.RequireTools();
        _artifacts = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "AttBot.EndToEnd.Tests", "TestResults", "artifacts",
            $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Path.GetFileNameWithoutExtension(script)}");
        Directory.CreateDirectory(_artifacts);

        var botPort = TestEnvironment.FreeLoopbackPort();
        var bot = await StartBot(botPort, botArguments);
        var playgroundUrl = await StartPlayground(botPort);

        var scenario = Start("scenario", "node",
            [Path.Combine(TestEnvironment.PlaygroundDirectory, script), playgroundUrl, _artifacts],
            TestEnvironment.PlaygroundDirectory,
            new Dictionary<string, string>(scenarioEnvironment)
            {
                ["CHROMIUM_PATH"] = TestEnvironment.ChromiumPath,
                ["BOT_URL"] = BotUrl(botPort), // scripts fetch the bot's download links themselves
            });
        var finished = await scenario.WaitForExitAsync(ScenarioTimeout);
        output.WriteLine(scenario.Output);

        Assert.True(finished && scenario.ExitCode == 0,
            $"The Playground scenario {script} {(finished ? $"failed (exit {scenario.ExitCode})" : $"did not finish within {ScenarioTimeout.TotalSeconds} s")}. " +
            $"Screenshots and logs: {_artifacts}\n{Diagnostics()}");
        Assert.False(bot.HasExited, $"The bot exited during the scenario.\n{Diagnostics()}");
    }

    private static string BotUrl(int port) => $"http://127.0.0.1:{port}";

    private async Task<ChildProcess> StartBot(int port, IEnumerable<string> extraArguments)
    {
        var bot = Start("bot", TestEnvironment.DotnetHost,
            [
                TestEnvironment.BotAssembly,
                "--urls", BotUrl(port),
                "--contentRoot", AppContext.BaseDirectory,
                $"--ConnectionStrings:AttBot=Data Source={Path.Combine(_workDirectory, "attbot.db")}",
                // Download links in export cards and map images point here, as they would at the bot's public address.
                $"--Exports:PublicBaseUrl={BotUrl(port)}",
                .. extraArguments,
            ],
            _workDirectory,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["DOTNET_ENVIRONMENT"] = "Development",
                // The Playground sends no token: the bot must run in its anonymous (no App ID) mode.
                ["MicrosoftAppId"] = "",
                ["MicrosoftAppPassword"] = "",
                ["MicrosoftAppTenantId"] = "",
            });

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + BotStartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException($"The bot exited while starting (exit {bot.ExitCode}).\n{Diagnostics()}");
            }
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/healthz");
                if (response.IsSuccessStatusCode)
                {
                    output.WriteLine($"bot ready on port {port}");
                    return bot;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(250); // wait-ok: the poll interval of a bounded wait for /healthz (a new process has no other signal)
        }
        throw new TimeoutException($"The bot did not answer GET /healthz within {BotStartTimeout.TotalSeconds} s.\n{Diagnostics()}");
    }

    private async Task<string> StartPlayground(int botPort)
    {
        var port = TestEnvironment.FreeLoopbackPort();
        var playground = Start("playground", "node",
            [
                Path.Combine(TestEnvironment.PlaygroundDirectory, "start-playground.js"),
                "--app-endpoint", $"http://127.0.0.1:{botPort}/api/messages",
                "--channel-id", "msteams",
                "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--service-url", $"http://127.0.0.1:{port}/_connector",
                "--disable-telemetry",
            ],
            _workDirectory, // it writes ./devTools/ and reads ./.m365agentsplayground.yml: keep both out of the repository
            new Dictionary<string, string>
            {
                ["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(_workDirectory, "playground.log"),
                ["TEAMSAPPTESTER_BROWSER"] = "none",
            });

        var listening = playground.WaitForLine(ListeningLine());
        var exited = playground.WaitForExitAsync(PlaygroundStartTimeout);
        var first = await Task.WhenAny(listening, exited);
        if (first != listening)
        {
            throw new InvalidOperationException(
                $"The Playground {(playground.HasExited ? $"exited (exit {playground.ExitCode})" : $"did not listen within {PlaygroundStartTimeout.TotalSeconds} s")}.\n{Diagnostics()}");
        }
        var actualPort = int.Parse(listening.Result.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (actualPort != port)
        {
            // It moves to a random port when the asked one is taken; the service URL would then be wrong.
            throw new InvalidOperationException($"The Playground took port {actualPort} instead of {port} (taken meanwhile?).\n{Diagnostics()}");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var url = $"http://127.0.0.1:{port}/";
        var page = await http.GetStringAsync(url);
        Assert.Contains("Agents Playground", page);
        output.WriteLine($"playground ready at {url}");
        return url;
    }

    private ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment)
    {
        var process = ChildProcess.Start(name, fileName, arguments, workingDirectory, environment);
        _processes.Add(process);
        return process;
    }

    private string Diagnostics()
    {
        var parts = _processes.Select(p => p.ToString()).ToList();
        var playgroundLog = Path.Combine(_workDirectory, "playground.log");
        if (File.Exists(playgroundLog))
        {
            var lines = File.ReadAllLines(playgroundLog);
            parts.Add("--- playground.log, last lines ---\n" + string.Join('\n', lines.TakeLast(60)));
        }
        return string.Join("\n", parts);
    }

    private void SaveLogs(string artifacts)
    {
        try
        {
            foreach (var process in _processes)
            {
                File.WriteAllText(Path.Combine(artifacts, $"{process.Name}.log"), process.Output);
            }
            var playgroundLog = Path.Combine(_workDirectory, "playground.log");
            if (File.Exists(playgroundLog))
            {
                File.Copy(playgroundLog, Path.Combine(artifacts, "playground-server.log"), overwrite: true);
            }
        }
        catch (IOException e)
        {
            output.WriteLine($"could not save logs: {e.Message}");
        }
    }

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            process.Dispose();
        }
        if (_artifacts is not null && Directory.Exists(_artifacts))
        {
            SaveLogs(_artifacts);
        }
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a file still held open; the temp folder is cleaned by the OS eventually
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
