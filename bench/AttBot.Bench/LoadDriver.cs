using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AttBot.Bench;

/// <summary>What one target did under load in the measured phase.</summary>
public sealed record LoadResult(
    string Target,
    int Users,
    TimeSpan Measured,
    double[] LatenciesMs, // of the turns that succeeded, sorted
    long Non200,
    long RequestFailures,
    long ReplyTimeouts,
    long WrongReplyToId,
    long WrongReplies,
    long StrayReplies,
    TimeSpan TargetCpu,
    TimeSpan BenchCpu,
    TimeSpan MachineBusy,
    long[] TurnsPerSecondTimeline, // every second from the start of the warm-up, by reply arrival
    double[] OthersCoresTimeline, // cores that other processes kept busy, every second from the start of the warm-up
    DateTimeOffset MeasuredFrom, // wall clock, to find in the store what the measured phase wrote
    DateTimeOffset MeasuredTo,
    IReadOnlyList<string> WrongReplySamples) // a few "sent -> answered" pairs of wrong replies
{
    /// <summary>CPU that neither the target nor the bench used during the measured phase: other work on the machine.</summary>
    public TimeSpan OthersCpu => MachineBusy - TargetCpu - BenchCpu > TimeSpan.Zero ? MachineBusy - TargetCpu - BenchCpu : TimeSpan.Zero;
    public long Turns => LatenciesMs.Length;
    public long Errors => Non200 + RequestFailures + ReplyTimeouts + WrongReplyToId + WrongReplies + StrayReplies;
    public double TurnsPerSecond => Turns / Measured.TotalSeconds;
    public double Mean => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs.Average();
    public double CpuMsPerTurn => Turns > 0 ? TargetCpu.TotalMilliseconds / Turns : double.NaN;
    public double Percentile(double p) => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Clamp((int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1, 0, LatenciesMs.Length - 1)];
    public double Max => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[^1];
}

/// <summary>Who sends a message: a Teams user in a conversation.</summary>
public sealed record Sender(string UserId, string UserName, string ConversationId, string ConversationType)
{
    /// <summary>The Entra object id Teams sends beside the user id; Roles:Secretariat names members by it (msteams:…).</summary>
    public string AadObjectId => "aad-" + UserId.Replace("29:", "", StringComparison.Ordinal);

    /// <summary>Simulated user N, writing to the bot 1:1 (a Teams personal chat).</summary>
    public static Sender User(int n) => new($"29:user-{n}", $"User {n}", $"a:user-{n}", "personal");
}

/// <summary>
/// What the users send in one load run: the activity ids' prefix (unique per run: the Connector is shared), the text of
/// each user's turn, and, if set, what every reply must contain to count as the right answer, and who sends each turn
/// (by default user N in its own 1:1 chat, turn after turn; the first-contact load has a new person for every turn).
/// </summary>
public sealed record Workload(string IdPrefix, Func<int, long, string> TextFor, byte[]? ReplyMustContain = null, Func<int, long, Sender>? SenderFor = null,
    Func<Sender, string>? LocaleFor = null);

/// <summary>
/// Closed-loop load: each simulated user sends a message to /api/messages, waits until ITS reply reaches the
/// Connector, then sends the next. A turn's latency is from just before the POST to the reply's arrival.
/// Turns sent during the warm-up are discarded; turns sent during the measured phase all count, including the last
/// ones whose replies arrive just after it ends (users send nothing new after the end).
/// </summary>
public sealed class LoadDriver(FakeConnector connector, BenchOptions options)
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly JavaScriptEncoder AsTeamsSendsIt = JavaScriptEncoder.UnsafeRelaxedJsonEscaping; // raw UTF-8, as Teams does

    public Task<LoadResult> RunAsync(string target, Workload workload, ChildProcess process, CancellationToken cancellationToken) =>
        RunAsync(target, workload, [process], cancellationToken);

    /// <summary>
    /// The same load spread over several instances of one app, as a round-robin load balancer would: a user's turns go to
    /// each instance in turn. The target's CPU is theirs together.
    /// </summary>
    public async Task<LoadResult> RunAsync(string target, Workload workload, IReadOnlyList<ChildProcess> processes, CancellationToken cancellationToken)
    {
        var clients = processes.Select(Client).ToArray();
        using var disposeClients = new Disposables(clients);
        var strays = connector.Strays;
        var wallStart = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        var window = new Window(start, start + Ticks(options.Warmup), start + Ticks(options.Warmup + options.Measured),
            new long[(int)Math.Ceiling((options.Warmup + options.Measured).TotalSeconds)]);
        var users = Enumerable.Range(1, options.Users)
            .Select(user => Task.Run(() => UserAsync(clients, user, workload, window, cancellationToken), cancellationToken))
            .ToArray();

        // CPU of the target, of the bench itself and of the whole machine, every second from the start.
        var cpu = await SampleCpuEverySecondAsync(processes, start, window.Timeline.Length, cancellationToken);
        var (measuredFrom, measuredTo) = (cpu[(int)options.Warmup.TotalSeconds], cpu[^1]);

        var tallies = await Task.WhenAll(users);
        // Anything still on its way is late by now; give it a moment to be counted as a stray.
        await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);

        var latencies = tallies.SelectMany(t => t.LatenciesMs).ToArray();
        Array.Sort(latencies);
        return new LoadResult(target, options.Users, options.Measured, latencies,
            Non200: tallies.Sum(t => t.Non200),
            RequestFailures: tallies.Sum(t => t.RequestFailures),
            ReplyTimeouts: tallies.Sum(t => t.ReplyTimeouts),
            WrongReplyToId: tallies.Sum(t => t.WrongReplyToId),
            WrongReplies: tallies.Sum(t => t.WrongReplies),
            StrayReplies: connector.Strays - strays,
            TargetCpu: measuredTo.Target - measuredFrom.Target,
            BenchCpu: measuredTo.Bench - measuredFrom.Bench,
            MachineBusy: measuredTo.Machine - measuredFrom.Machine,
            TurnsPerSecondTimeline: window.Timeline,
            OthersCoresTimeline: [.. cpu.Zip(cpu.Skip(1), (a, b) => Math.Max(0, ((b.Machine - a.Machine) - (b.Target - a.Target) - (b.Bench - a.Bench)).TotalSeconds))],
            MeasuredFrom: wallStart + options.Warmup,
            MeasuredTo: wallStart + options.Warmup + options.Measured,
            WrongReplySamples: [.. tallies.SelectMany(t => t.WrongReplySamples).Take(3)]);
    }

    /// <summary>
    /// One message outside the load (setting up a scenario: "help", "subscribe alerts"): sends it and waits for its reply.
    /// Anything but a 200 and the expected reply in time fails the run.
    /// </summary>
    public async Task SayAsync(ChildProcess process, Sender sender, string activityId, string text, byte[]? replyMustContain, CancellationToken cancellationToken)
    {
        using var http = Client(process);
        var reply = connector.Expect(activityId, replyMustContain);
        try
        {
            using var content = new ByteArrayContent(MessageActivity(activityId, sender, text));
            content.Headers.ContentType = JsonContentType;
            using var response = await http.PostAsync("api/messages", content, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
                throw new BenchException($"The {process.Name} answered {(int)response.StatusCode} to '{text}' from {sender.UserId}.");
            var arrival = await reply.WaitAsync(options.ReplyTimeout, cancellationToken);
            if (!arrival.ReplyToIdMatches || !arrival.ContentMatches)
                throw new BenchException($"The {process.Name} did not give the expected reply to '{text}' from {sender.UserId}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new BenchException($"No reply from the {process.Name} to '{text}' from {sender.UserId}: {ex.Message}");
        }
        finally
        {
            connector.Forget(activityId);
        }
    }

    private HttpClient Client(ChildProcess process) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        MaxConnectionsPerServer = int.MaxValue,
    })
    {
        BaseAddress = process.BaseAddress,
        Timeout = options.ReplyTimeout,
    };

    private readonly record struct CpuSample(TimeSpan Target, TimeSpan Bench, TimeSpan Machine);

    /// <summary>Cumulative CPU times at the start and at the end of each whole second of the run.</summary>
    private static async Task<CpuSample[]> SampleCpuEverySecondAsync(IReadOnlyList<ChildProcess> processes, long start, int seconds, CancellationToken cancellationToken)
    {
        var samples = new CpuSample[seconds + 1];
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i <= seconds; i++)
        {
            var due = TimeSpan.FromSeconds(i) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due, cancellationToken);
            self.Refresh();
            samples[i] = new CpuSample(processes.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.CpuTime()), self.TotalProcessorTime, MachineCpu.Busy());
        }
        return samples;
    }

    private sealed record Window(long Begin, long Start, long End, long[] Timeline)
    {
        public void Completed(long arrival)
        {
            var second = (int)((arrival - Begin) / Stopwatch.Frequency);
            if (second < Timeline.Length)
                Interlocked.Increment(ref Timeline[second]);
        }
    }

    private sealed class UserTally
    {
        public List<double> LatenciesMs { get; } = new(4096);
        public long Non200;
        public long RequestFailures;
        public long ReplyTimeouts;
        public long WrongReplyToId;
        public long WrongReplies;
        public List<string> WrongReplySamples { get; } = [];
    }

    private async Task<UserTally> UserAsync(HttpClient[] clients, int user, Workload workload, Window window, CancellationToken cancellationToken)
    {
        var tally = new UserTally();
        for (long turn = 0; ; turn++)
        {
            var http = clients[(user + turn) % clients.Length];
            var sender = workload.SenderFor?.Invoke(user, turn) ?? Sender.User(user);
            var sent = Stopwatch.GetTimestamp();
            if (sent >= window.End)
                return tally;
            var counts = sent >= window.Start;

            var activityId = $"{workload.IdPrefix}-{user}-{turn}";
            var text = workload.TextFor(user, turn);
            var body = MessageActivity(activityId, sender, text, workload.LocaleFor?.Invoke(sender));
            var reply = connector.Expect(activityId, workload.ReplyMustContain);
            sent = Stopwatch.GetTimestamp();
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = JsonContentType;
                using var response = await http.PostAsync("api/messages", content, cancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    connector.Forget(activityId);
                    if (counts)
                        tally.Non200++;
                    await Task.Delay(10, cancellationToken); // a refusing target must not turn this into a busy loop
                    continue;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                connector.Forget(activityId);
                if (counts)
                    tally.RequestFailures++;
                await Task.Delay(10, cancellationToken);
                continue;
            }

            ReplyArrival arrival;
            try
            {
                arrival = await reply.WaitAsync(options.ReplyTimeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                connector.Forget(activityId);
                if (counts)
                    tally.ReplyTimeouts++;
                continue;
            }

            if (arrival.ReplyToIdMatches && arrival.ContentMatches)
                window.Completed(arrival.Timestamp);
            if (!counts)
                continue;
            if (!arrival.ReplyToIdMatches)
                tally.WrongReplyToId++;
            else if (!arrival.ContentMatches)
            {
                tally.WrongReplies++;
                if (tally.WrongReplySamples.Count < 3)
                    tally.WrongReplySamples.Add($"'{text}' -> {arrival.Unexpected}");
            }
            else
                tally.LatenciesMs.Add(Stopwatch.GetElapsedTime(sent, arrival.Timestamp).TotalMilliseconds);
        }
    }

    /// <summary>A Teams message from the sender, in the sender's conversation, shaped as the channel sends it.</summary>
    private byte[] MessageActivity(string id, Sender sender, string text, string? locale = null)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = AsTeamsSendsIt }))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", id);
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", "msteams");
            json.WriteString("serviceUrl", connector.ServiceUrl);
            json.WriteStartObject("from");
            json.WriteString("id", sender.UserId);
            json.WriteString("name", sender.UserName);
            json.WriteString("aadObjectId", sender.AadObjectId);
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "28:bot");
            json.WriteString("name", "AttBot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", sender.ConversationId);
            json.WriteString("conversationType", sender.ConversationType);
            json.WriteEndObject();
            json.WriteString("locale", locale ?? "en-US");
            json.WriteString("text", text);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private sealed class Disposables(IEnumerable<IDisposable> items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
                item.Dispose();
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
