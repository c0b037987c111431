using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// On Teams, what is hard to undo is asked about first: a registration that looks like the person's own earlier one
/// (Register anyway / Change instead / Discard), and the cancellation or "done" of a visit still to come (Confirm /
/// Keep it). Each button comes back as its command (Action.Submit) through the same pipeline and journal as typed words.
/// And help shows each reader the commands of their role, where every reader holds it.
/// </summary>
public sealed class AskBeforeTests() : ChatTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Sam),
    ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
    ["Outreach:OutboxPollInterval"] = "00:00:00.100",
})
{
    private const string Sam = "29:sam";

    /// <summary>The command behind the card's button titled <paramref name="title"/>.</summary>
    private static string Button(ConnectorCall reply, string title) =>
        reply.Card!["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == title)!["data"]!["command"]!.GetValue<string>();

    /// <summary>Clicks an Action.Submit button: Teams sends a message whose value holds the button's data, and no text.</summary>
    private Task<ConnectorCall> Press(string userId, string name, string command) => Say(userId, name, "", activity =>
    {
        activity.Remove("text");
        activity["value"] = new JsonObject { ["command"] = command };
    });

    private async Task<ConnectorCall> AnaAsksTwice()
    {
        Assert.Contains("OR-0001", Shown(await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico")));
        return await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(31)}..{Day(33)} topic accession as Mexico");
    }

    [Fact]
    public async Task What_looks_like_the_person_s_own_earlier_registration_is_asked_about_and_nothing_is_stored()
    {
        var question = await AnaAsksTwice();

        var shown = Shown(question);
        Assert.Contains("Did you already register this?", shown);
        Assert.Contains($"Your registration OR-0001 already covers Tonga on", shown);
        Assert.Contains("Nothing is registered yet", shown);
        Assert.Equal(["Register anyway", "Change OR-0001 instead", "Discard"],
            question.Card!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal(1, CountRows("outreach"));
    }

    [Fact]
    public async Task Register_anyway_stores_what_was_typed_once_however_often_it_is_clicked()
    {
        var anyway = Button(await AnaAsksTwice(), "Register anyway");

        var first = Shown(await Press("29:ana", "Ana Ruiz", anyway));
        var second = Shown(await Press("29:ana", "Ana Ruiz", anyway));

        Assert.Contains("Registered OR-0002", first);
        Assert.Contains("Registered OR-0002", second);
        Assert.Equal(2, CountRows("outreach"));
        Assert.Equal(1, CountRows("outreach", "topics LIKE '%accession%'"));
        // The click changed data: it was journaled like a typed registration, and finished.
        Assert.Equal(2, CountRows("inbox", "payload LIKE '%register anyway%'"));
    }

    [Fact]
    public async Task Discard_stores_nothing_and_says_so()
    {
        var discard = Button(await AnaAsksTwice(), "Discard");

        Assert.Contains("Discarded: nothing was registered.", Shown(await Press("29:ana", "Ana Ruiz", discard)));
        Assert.Equal(1, CountRows("outreach"));
    }

    [Fact]
    public async Task Change_instead_offers_the_move_to_the_dates_typed_and_sending_it_moves_the_earlier_one()
    {
        var change = Button(await AnaAsksTwice(), "Change OR-0001 instead");

        var howTo = await Press("29:ana", "Ana Ruiz", change);
        var move = $"move OR-0001 {Day(31)}..{Day(33)}";
        Assert.Contains(move, Shown(howTo));
        // The box holds the command, and the card's button sends what the box holds.
        var box = howTo.Card!["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Input.Text")!;
        Assert.Equal(move, box["value"]!.GetValue<string>());
        Assert.Contains("OR-0001 moved", Shown(await Press("29:ana", "Ana Ruiz", box["value"]!.GetValue<string>())));
        Assert.Equal(1, CountRows("outreach"));
    }

    [Fact]
    public async Task The_question_and_its_answers_read_in_the_person_s_language()
    {
        await Say("29:ana", "Ana Ruiz", "language fr");
        var question = await AnaAsksTwice();

        Assert.Contains("L’avez-vous déjà inscrite", Shown(question));
        Assert.Contains("Votre inscription OR-0001 couvre déjà Tonga", Shown(question));
        Assert.Contains("Abandonnée", Shown(await Press("29:ana", "Ana Ruiz", Button(question, "Abandonner"))));
    }

    [Fact]
    public async Task Cancelling_a_visit_still_to_come_asks_and_keep_it_changes_nothing()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico");

        var question = await Say("29:ana", "Ana Ruiz", "cancel OR-0001");
        Assert.Contains("Cancel OR-0001?", Shown(question));
        Assert.Contains("has not taken place yet", Shown(question));
        Assert.Equal(1, CountRows("outreach", "state = 'planned'"));

        Assert.Contains("Nothing changed: OR-0001 stays as it was.", Shown(await Press("29:ana", "Ana Ruiz", Button(question, "Keep it"))));
        Assert.Equal(1, CountRows("outreach", "state = 'planned'"));
    }

    [Fact]
    public async Task Confirm_cancels_and_the_other_organizer_is_told_once_however_often_it_is_clicked()
    {
        await Say("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)}..{Day(32)} as Mexico");
        Assert.Contains("Registered OR-0002", Shown(await Say("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(33)} as Control Arms")));
        await OutboxEmpty();
        var before = Connector.Calls.Count;

        var confirm = Button(await Say("29:ben", "Ben Okafor", "cancel OR-0002"), "Confirm");
        Assert.Contains("OR-0002 cancelled", Shown(await Press("29:ben", "Ben Okafor", confirm)));
        Assert.Contains("already cancelled", Shown(await Press("29:ben", "Ben Okafor", confirm)));
        await OutboxEmpty();

        Assert.Equal(1, CountRows("outreach", "state = 'cancelled'"));
        var anaChat = $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:ana")}/activities";
        var told = Assert.Single(Connector.Calls.Skip(before), c => c.Path == anaChat && c.Body?["replyToId"] is null);
        Assert.Contains("was cancelled", told.CardJson);
    }

    [Fact]
    public async Task Done_on_a_visit_still_to_come_shows_the_findings_back_before_recording_them()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");

        var question = await Say("29:ana", "Ana Ruiz", "done OR-0001 met the legal adviser; bill in June");
        Assert.Contains("Record OR-0001 as done?", Shown(question));
        Assert.Contains("met the legal adviser; bill in June", Shown(question));
        Assert.Equal(0, CountRows("outreach", "state = 'done'"));

        Assert.Contains("OR-0001 recorded as done", Shown(await Press("29:ana", "Ana Ruiz", Button(question, "Confirm"))));
        Assert.Equal(1, CountRows("outreach", "state = 'done' AND outcome = 'met the legal adviser; bill in June'"));
    }

    [Fact]
    public async Task Help_shows_the_Secretariat_s_commands_to_a_Secretariat_member_in_their_1_1_chat_only()
    {
        var alone = Shown(await Say(Sam, "Sam Secretariat", "help"));
        Assert.Contains("For the Secretariat", alone);
        Assert.Contains("history OR-0042", alone);

        Connector.Rosters["19:group-mixed@thread.v2"] = [(Sam, "Sam Secretariat", null), ("29:ana", "Ana Ruiz", null)];
        var mixed = Shown(await Say(Sam, "Sam Secretariat", "help", activity => activity["conversation"] = new JsonObject
        {
            ["id"] = "19:group-mixed@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = "tenant-1",
        }));
        Assert.Contains("What AttBot can do", mixed);
        Assert.DoesNotContain("For the Secretariat", mixed);
        Assert.DoesNotContain("history OR-0042", mixed);

        var stakeholder = Shown(await Say("29:ana", "Ana Ruiz", "help"));
        Assert.DoesNotContain("For the Secretariat", stakeholder);
        Assert.DoesNotContain("For regional champions", stakeholder);
    }

    [Fact]
    public async Task Help_shows_a_champion_the_champions_commands()
    {
        Assert.Contains("Done", Shown(await Say(Sam, "Sam Secretariat", "grant champion Oceania <@29:chloe|Chloe Champion>")));

        var help = Shown(await Say("29:chloe", "Chloe Champion", "help"));
        Assert.Contains("For regional champions", help);
        Assert.Contains("priorities Oceania", help);
        Assert.DoesNotContain("For the Secretariat", help);
    }
}
