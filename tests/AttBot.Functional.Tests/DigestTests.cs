using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The weekly digest, findings reminders and champions' notes, delivered through the outbox, with a clock the test moves.</summary>
public sealed class DigestTests : IAsyncLifetime
{
    private const string Secretariat = "29:secretariat-1";
    private const string SecretariatChat = "/_connector/v3/conversations/a%3Apersonal-29%3Asecretariat-1/activities";
    private const string CheckInterval = "00:00:00.100";
    private readonly MovableTime _time = new();
    private AttBotApp _app = null!;
    private FakeConnector _connector = null!;
    private HttpClient _client = null!;

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
        ["Digest:CheckInterval"] = CheckInterval,
        ["Outreach:OutboxPollInterval"] = "00:00:00.100",
    };

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new AttBotApp(Settings(), time: _time);
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<ConnectorCall> Say(string userId, string name, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await _client.PostActivityAsync(Activities.MessageFrom(_connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
    }

    private int Sent(string path, string containing) =>
        _connector.Calls.Count(c => c.Path == path && c.Body?["replyToId"] is null && c.CardJson.Contains(containing, StringComparison.Ordinal));

    private static Task WaitUntil(Func<bool> condition, int seconds = 10) => Eventually.Holds(condition, seconds);

    /// <summary>
    /// Waits until the digest schedule has been looked at once more, start to end, after this call, and whatever it
    /// queued has left the outbox. The scheduler pauses on the bot's clock after each look: once it has started two more
    /// pauses than now, a whole look lies between them.
    /// </summary>
    private async Task ScheduleLookedAtAgain()
    {
        var interval = TimeSpan.Parse(CheckInterval, System.Globalization.CultureInfo.InvariantCulture);
        var pauses = _time.WaitsOf(interval);
        await WaitUntil(() => _time.WaitsOf(interval) >= pauses + 2);
        await BotTestBase.OutboxEmpty(_app.DatabasePath);
    }

    /// <summary>The Monday 08:00 UTC after <paramref name="weeks"/> weeks, plus a minute.</summary>
    private static DateTimeOffset MondayAfter(int weeks)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 + 7 * weeks);
        return new DateTimeOffset(monday.ToDateTime(new TimeOnly(8, 1)), TimeSpan.Zero);
    }

    [Fact]
    public async Task The_weekly_digest_reaches_each_subscribed_conversation_once_per_week_even_across_a_restart()
    {
        Assert.Contains("Alerts on", (await Say(Secretariat, "Sam Secretariat", "subscribe alerts")).Text);
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {OutreachRegistrationTests.Day(40)} as Mexico");

        _time.MoveTo(MondayAfter(1));
        await WaitUntil(() => Sent(SecretariatChat, "Weekly outreach digest") == 1);
        await ScheduleLookedAtAgain();
        Assert.Equal(1, Sent(SecretariatChat, "Weekly outreach digest"));

        _app.KeepDatabase = true;
        await _app.DisposeAsync();
        _app = new AttBotApp(Settings(), _app.Directory, _time);
        _app.CreateClient();
        await ScheduleLookedAtAgain(); // by the restarted bot: the old one has stopped
        Assert.Equal(1, Sent(SecretariatChat, "Weekly outreach digest"));

        _time.MoveTo(MondayAfter(2));
        await WaitUntil(() => Sent(SecretariatChat, "Weekly outreach digest") == 2);
    }

    [Fact]
    public async Task An_organizer_is_reminded_once_to_record_findings_a_few_days_after_the_window()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {OutreachRegistrationTests.Day(1)}..{OutreachRegistrationTests.Day(2)} as Mexico");
        var anaChat = "/_connector/v3/conversations/a%3Apersonal-29%3Aana/activities";

        _time.MoveTo(DateTimeOffset.UtcNow.AddDays(6));
        await WaitUntil(() => Sent(anaChat, "How did OR-0001 go?") == 1);
        Assert.Contains("done OR-0001", _connector.Calls.Last(c => c.Path == anaChat).CardJson);

        _time.MoveTo(DateTimeOffset.UtcNow.AddDays(8));
        await ScheduleLookedAtAgain();
        Assert.Equal(1, Sent(anaChat, "How did OR-0001 go?"));
    }

    [Fact]
    public async Task A_champion_hears_of_a_restricted_registration_in_their_region_and_nobody_else_does()
    {
        await Say("29:maria", "Maria Lopez", "hello");
        await Say("29:lee", "Lee Chen", "hello");
        Assert.Contains("regional champion", (await Say(Secretariat, "Sam Secretariat", "grant champion Oceania <@29:maria|Maria Lopez>")).Text);
        Assert.Contains("regional champion", (await Say(Secretariat, "Sam Secretariat", "grant champion Caribbean <@29:lee|Lee Chen>")).Text);

        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {OutreachRegistrationTests.Day(30)} restricted as Mexico note meet the MFA");

        var mariaChat = "/_connector/v3/conversations/a%3Apersonal-29%3Amaria/activities";
        await WaitUntil(() => Sent(mariaChat, "New outreach in your region") == 1);
        var note = _connector.Calls.Last(c => c.Path == mariaChat).CardJson;
        Assert.Contains("Ana Ruiz", note);
        Assert.Contains("Mexico", note);
        await BotTestBase.OutboxEmpty(_app.DatabasePath); // notes are written with the registration, before its confirmation

        Assert.Equal(0, Sent("/_connector/v3/conversations/a%3Apersonal-29%3Alee/activities", "New outreach"));
        Assert.Equal(0, Sent("/_connector/v3/conversations/a%3Apersonal-29%3Aana/activities", "New outreach"));
    }
}
