using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.Infrastructure.ChatTestBase;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// On Slack, what the bot sends unasked is in its recipient's language: a champion whose Slack is in French (users.info)
/// gets the champion's note in French, and a channel whose language the Secretariat chose gets the weekly digest in it.
/// </summary>
public sealed class SlackProactiveLanguageTests : SlackTestBase
{
    private const string Desk = "C0DESK";
    private readonly MovableTime _time = new();

    protected override TimeProvider? Time => _time;

    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Digest:CheckInterval"] = "00:00:00.100";
        return settings;
    }

    private Task<SlackCall> PostedTo(string channel, Func<SlackCall, bool> matching) =>
        Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == channel && matching(c));

    [Fact]
    public async Task A_champion_whose_Slack_is_in_French_gets_the_champion_s_note_in_French()
    {
        Slack.Locales["U0LEA"] = "fr-FR";
        await Settled(); // Léa has written to the bot: it knows her locale and where to write to her
        Assert.Contains("champion", (await Ask("grant champion Oceania <@U0LEA|lea>", user: SlackSecretariat, channel: "D0SAM")).Shown);

        Assert.Contains("Registered OR-0001", (await Ask($"register bilateral Tonga {Day(30)} as Mexico", user: "U0ANA", channel: "D0ANA")).Shown);

        var note = await PostedTo("U0LEA", c => c.Shown.Contains("OR-0001"));
        Assert.Contains("Nouvelle démarche dans votre région", note.Shown);
        Assert.Contains("Vous recevez cette note en tant que champion régional.", note.Shown);
        Assert.Contains("Bilatérale · Prévue", note.Shown);
        foreach (var english in new[] { "New outreach", "regional champion", "Planned" })
            Assert.DoesNotContain(english, note.Shown);
    }

    [Fact]
    public async Task The_digest_reaches_a_channel_in_the_language_the_Secretariat_chose_there()
    {
        Slack.Members[Desk] = [SlackSecretariat];
        Assert.Contains("Alerts on", (await Ask("subscribe alerts", SlackSecretariat, Desk)).Shown);
        Assert.Contains("Las alertas y el resumen semanal de esta conversación se redactarán en español.", (await Ask("language es", SlackSecretariat, Desk)).Shown);
        Assert.Contains("Registered OR-0001", (await Ask($"register call Tonga {Day(30)} as Open Office", user: "U0OTTO", channel: "D0OTTO")).Shown);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 is var days and > 0 ? days : 7);
        _time.MoveTo(new DateTimeOffset(monday.ToDateTime(new TimeOnly(8, 1)), TimeSpan.Zero));

        var digest = await PostedTo(Desk, c => c.Shown.Contains("OR-0001"));
        Assert.Contains("Resumen semanal de gestiones", digest.Shown);
        Assert.Contains("Nuevos registros", digest.Shown);
        Assert.Contains("Llamada", digest.Shown);
        foreach (var english in new[] { "Weekly outreach digest", "New registrations", "Week of" })
            Assert.DoesNotContain(english, digest.Shown);
    }
}
