using System.Net;
using System.Text.Json.Nodes;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// On Slack, the same questions before storing as on Teams: each button a command button whose value is the command,
/// journaled like the same words typed; and help by role.
/// </summary>
public sealed class SlackAskBeforeTests : SlackTestBase
{
    /// <summary>The value (command) of the answer's button labelled <paramref name="label"/>, and its action id.</summary>
    private static (string ActionId, string Value) Button(SlackCall answer, string label) =>
        answer.Body["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .Where(e => e!["text"]!["text"]!.GetValue<string>() == label)
            .Select(e => (e!["action_id"]!.GetValue<string>(), e["value"]!.GetValue<string>())).Single();

    /// <summary>Clicks the button in Léa's direct message and returns the answer.</summary>
    private async Task<SlackCall> Press((string ActionId, string Value) button, string user = "U0LEA")
    {
        var id = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, (await Click(button.ActionId, button.Value, user, id, channel: "D0LEA")).StatusCode);
        return await Slack.ResponseTo(id);
    }

    private async Task<SlackCall> LeaAsksTwice()
    {
        Assert.Contains("Registered OR-0001", (await Ask($"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico")).Shown);
        return await Ask($"register bilateral Tonga {Day(31)}..{Day(33)} topic accession as Mexico");
    }

    [Fact]
    public async Task A_registration_like_one_s_own_is_asked_about_and_register_anyway_stores_it_once()
    {
        var question = await LeaAsksTwice();
        Assert.Contains("Did you already register this?", question.Shown);
        Assert.Empty(question.Violations);
        Assert.Equal(1, CountRows("outreach"));

        var anyway = Button(question, "Register anyway");
        Assert.Contains("Registered OR-0002", (await Press(anyway)).Shown);
        Assert.Contains("Registered OR-0002", (await Press(anyway)).Shown);
        Assert.Equal(2, CountRows("outreach"));
        // A click that stores was journaled before its ack, keyed by the click.
        Assert.Equal(2, CountRows("inbox", "source_key LIKE 'slack|action|U0LEA|%'"));
    }

    [Fact]
    public async Task Discard_stores_nothing_and_change_instead_gives_the_move_to_type()
    {
        var question = await LeaAsksTwice();

        Assert.Contains("Discarded: nothing was registered.", (await Press(Button(question, "Discard"))).Shown);
        Assert.Contains($"/att move OR-0001 {Day(31)}..{Day(33)}", (await Press(Button(question, "Change OR-0001 instead"))).Shown);
        Assert.Equal(1, CountRows("outreach"));
    }

    [Fact]
    public async Task Cancel_of_a_visit_still_to_come_asks_keep_it_changes_nothing_and_confirm_cancels()
    {
        await Ask($"register bilateral Tonga {Day(30)} as Mexico");

        var question = await Ask("cancel OR-0001");
        Assert.Contains("Cancel OR-0001?", question.Shown);
        Assert.Contains("Nothing changed", (await Press(Button(question, "Keep it"))).Shown);
        Assert.Equal(1, CountRows("outreach", "state = 'planned'"));

        Assert.Contains("OR-0001 cancelled", (await Press(Button(question, "Confirm"))).Shown);
        Assert.Equal(1, CountRows("outreach", "state = 'cancelled'"));
    }

    [Fact]
    public async Task Help_shows_the_Secretariat_section_to_the_Secretariat_only()
    {
        Assert.Contains("For the Secretariat", (await Ask("help", user: SlackSecretariat, channel: "D0SAM")).Shown);
        Assert.DoesNotContain("For the Secretariat", (await Ask("help")).Shown);
    }
}
