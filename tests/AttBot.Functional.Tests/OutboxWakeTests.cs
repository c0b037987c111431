using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// The outbox is woken where its rows are written: a champion's note queued in a registration's transaction goes out
/// at once, even with no conflict and a poll an hour away.
/// </summary>
public sealed class OutboxWakeTests() : ChatTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry("29:sam"),
    ["Outreach:OutboxPollInterval"] = "01:00:00",
})
{
    [Fact]
    public async Task A_champions_note_about_a_registration_without_conflict_is_sent_without_waiting_for_the_poll()
    {
        Assert.Contains("Done", Shown(await Say("29:sam", "Sam Secretariat", "grant champion Oceania <@29:chloe|Chloe Champion>")));
        await Say("29:chloe", "Chloe Champion", "help"); // Chloe's 1:1 chat, where her notes go

        Assert.Contains("Registered OR-0001", Shown(await Say("29:ana", "Ana Ruiz", $"register visit Fiji {Day(40)} as Mexico")));

        var note = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:chloe") + "/activities")
            && c.CardJson.Contains("OR-0001"), TimeSpan.FromSeconds(10));
        Assert.Contains("Fiji", note.CardJson);
    }
}
