using System.Net;
using System.Text.Json.Nodes;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>
/// Fifty organizers registering at once, five per state so that every state gets possible duplications (alerts and
/// heads-ups), sent to a real bot process that is killed with SIGKILL in the middle; and what must hold afterwards.
/// The crash tests on one SQLite process and on two PostgreSQL processes share it.
/// </summary>
public sealed class RegistrationBurst(HttpClient http, FakeConnector connector)
{
    private static readonly string[] States = ["Tonga", "Fiji", "Samoa", "Angola", "Bhutan", "Nepal", "Palau", "Kiribati", "Tuvalu", "Nauru"];
    private const int UsersPerState = 5;

    /// <summary>When half the burst was acknowledged: some answered, some acknowledged and in progress, some never sent.</summary>
    public const int KillAfterAcknowledged = 25;

    private readonly List<JsonObject> _registrations = [.. States.SelectMany((state, s) => Enumerable.Range(0, UsersPerState).Select(u =>
        Activities.MessageFrom(connector.ServiceUrl,
            $"register bilateral {state} {ChatTestBase.Day(40 + u)}..{ChatTestBase.Day(42 + u)} as Org {s}-{u}", $"29:organizer-{s}-{u}", $"Organizer {s}-{u}")))];

    /// <summary>
    /// Sends the burst to <paramref name="bot"/>: each state's organizers one after another (the next once the previous
    /// is answered), all states at once; kills the bot when <see cref="KillAfterAcknowledged"/> were acknowledged, and
    /// gives the ids of the activities it acknowledged (answered 200) before it died.
    /// </summary>
    public async Task<HashSet<string>> SendAndKillAsync(BotProcess bot)
    {
        var acknowledged = 0;
        var killed = new TaskCompletionSource();
        var senders = Enumerable.Range(0, States.Length).Select(async s =>
        {
            var acks = new List<string>();
            foreach (var activity in _registrations.Skip(s * UsersPerState).Take(UsersPerState))
            {
                if (killed.Task.IsCompleted)
                    break;
                var id = activity["id"]!.GetValue<string>();
                try
                {
                    if ((await http.PostAsync($"{bot.BaseAddress}/api/messages", Json(activity))).StatusCode != HttpStatusCode.OK)
                        break;
                }
                catch (HttpRequestException)
                {
                    break; // the process died before answering: not acknowledged, Teams would send it again
                }
                acks.Add(id);
                if (Interlocked.Increment(ref acknowledged) == KillAfterAcknowledged)
                    killed.TrySetResult();
                await Task.WhenAny(connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id, TimeSpan.FromSeconds(30)), killed.Task);
            }
            return acks;
        }).ToList();
        await Task.WhenAny(killed.Task, Task.WhenAll(senders));
        bot.KillHard();
        return (await Task.WhenAll(senders)).SelectMany(a => a).ToHashSet();
    }

    /// <summary>The registration's key in the store (outreach.source_key) for an activity of the burst.</summary>
    public string SourceKeyOf(string activityId) =>
        $"msteams|{_registrations.First(a => a["id"]!.GetValue<string>() == activityId)["conversation"]!["id"]!.GetValue<string>()}|{activityId}";

    /// <summary>The confirmation card ("Registered OR-n") answering that activity, once it reached the Connector.</summary>
    public ConnectorCall? ConfirmationOf(string activityId) => connector.Calls.FirstOrDefault(c =>
        c.Body?["replyToId"]?.GetValue<string>() == activityId && c.CardJson.Contains("Registered OR-", StringComparison.Ordinal));

    /// <summary>A Secretariat member subscribes a channel to alerts, so that duplications raise alerts besides heads-ups.</summary>
    public async Task SubscribeAlertsAsync(BotProcess bot, string secretariatId, string conversationId)
    {
        var subscribe = Activities.Message(connector.ServiceUrl, "subscribe alerts", conversationId, conversationType: "channel");
        subscribe["from"] = Activities.From(secretariatId, "Secretariat Officer");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{bot.BaseAddress}/api/messages", Json(subscribe))).StatusCode);
        var id = subscribe["id"]!.GetValue<string>();
        await connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id, TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Each alert and heads-up in the outbox (<paramref name="rows"/>) reached the Connector; only those on the wire at
    /// the kill (<paramref name="inFlight"/>) may have arrived twice.
    /// </summary>
    public void AssertEachNoticeArrivedOnce(long rows, long inFlight)
    {
        Assert.True(rows > 0, "The burst raised no duplications: the test would prove nothing about notices.");
        var notices = connector.Calls
            .Where(c => c.Method == "POST" && c.Body?["replyToId"] is null && c.Card is not null)
            .CountBy(c => (c.Path, c.CardJson)).ToList();
        Assert.Equal(rows, notices.Count);
        Assert.All(notices, n => Assert.InRange(n.Value, 1, 2));
        Assert.True(notices.Count(n => n.Value == 2) <= inFlight,
            $"{notices.Count(n => n.Value == 2)} notices arrived twice; {inFlight} were in flight at the kill.");
    }

    public static StringContent Json(JsonNode activity) => new(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
