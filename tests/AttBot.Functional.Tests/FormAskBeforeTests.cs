using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// On Teams, the registration form asks before storing what looks like the person's own earlier registration, as a
/// typed line does: the same question and buttons, Register anyway storing exactly what the form held, once. "Change
/// instead" says what differs and how to have it; a restricted registration is asked about in the 1:1 chat, never in
/// the room; and a gap's button opens the form with its state picked.
/// </summary>
public sealed class FormAskBeforeTests() : ChatTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Sam),
})
{
    private const string Sam = "29:sam";
    private const string Group = "19:group-ana@thread.v2";

    private const string Partners = AskedForm.Partners, Notes = AskedForm.Notes;

    private static JsonObject Form(string start, string end, bool restricted = false) => new()
    {
        ["organization"] = "Mexico",
        ["kind"] = "bilateral",
        ["countries"] = "TON",
        ["moreCountries"] = "Fiji",
        ["start"] = start,
        ["end"] = end,
        ["topics"] = "accession,implementation",
        ["partners"] = Partners,
        ["restricted"] = restricted ? "true" : "false",
        ["notes"] = Notes,
    };

    /// <summary>Submits the form (an Action.Execute invoke) as Ana; the card the invoke answered with, or its message.</summary>
    private async Task<JsonNode> Submit(JsonObject form, Action<JsonObject>? shape = null)
    {
        var click = Activities.CardAction(Connector.ServiceUrl, "outreach.register", form);
        click["from"] = Activities.From("29:ana", "Ana Ruiz");
        shape?.Invoke(click);
        var response = await Client.PostActivityAsync(click);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string Button(JsonNode card, string title) =>
        card["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == title)!["data"]!["command"]!.GetValue<string>();

    private Task<ConnectorCall> Press(string command, string userId = "29:ana", string name = "Ana Ruiz") => Say(userId, name, "", activity =>
    {
        activity.Remove("text");
        activity["value"] = new JsonObject { ["command"] = command };
    });

    private static Action<JsonObject> InGroup => activity => activity["conversation"] = new JsonObject
    {
        ["id"] = Group, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = "tenant-1",
    };

    private async Task<JsonNode> AnaSubmitsTheFormTwice()
    {
        Assert.Contains("OR-0001", Shown(await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico")));
        var answer = await Submit(Form(Day(31), Day(33)));
        Assert.Equal(1, CountRows("outreach"));
        return answer["value"]!;
    }

    [Fact]
    public async Task A_form_like_one_s_own_earlier_registration_is_asked_about_with_the_typed_line_s_buttons_and_nothing_is_stored()
    {
        var question = await AnaSubmitsTheFormTwice();

        var shown = question.ToJsonString();
        Assert.Contains("Did you already register this?", shown);
        Assert.Contains("Your registration OR-0001 already covers Tonga on", shown);
        Assert.Equal(["Register anyway", "Change OR-0001 instead", "Discard"], question["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.StartsWith("register anyway #", Button(question, "Register anyway"));
    }

    [Fact]
    public async Task Register_anyway_stores_every_field_of_the_form_once_however_often_it_is_clicked()
    {
        var anyway = Button(await AnaSubmitsTheFormTwice(), "Register anyway");

        Assert.Contains("Registered OR-0002", Shown(await Press(anyway)));
        Assert.Contains("Registered OR-0002", Shown(await Press(anyway)));

        Assert.Equal(2, CountRows("outreach"));
        Assert.Equal(1, CountRows("outreach", AskedForm.StoredAsSecond(Day(31), Day(33))));
        Assert.Equal(2, CountRows("outreach_targets", "outreach_id = 2"));
        // Journaled like the typed "register anyway": each click, before its answer.
        Assert.Equal(2, CountRows("inbox", "payload LIKE '%register anyway%'"));
    }

    [Fact]
    public async Task A_register_anyway_whose_form_was_altered_stores_nothing_and_says_so()
    {
        var anyway = Button(await AnaSubmitsTheFormTwice(), "Register anyway");

        Assert.Contains("I cannot read this form back: nothing was registered.", Shown(await Press(anyway[..^4] + "!!!!")));
        Assert.Contains("I cannot read this form back", Shown(await Press("register anyway form:" + new string('A', 3000))));
        Assert.Equal(1, CountRows("outreach"));
    }

    [Fact]
    public async Task Discard_after_a_form_stores_nothing()
    {
        var discard = Button(await AnaSubmitsTheFormTwice(), "Discard");

        Assert.Contains("Discarded: nothing was registered.", Shown(await Press(discard)));
        Assert.Equal(1, CountRows("outreach"));
    }

    [Fact]
    public async Task Change_instead_offers_the_move_and_says_plainly_what_no_command_changes_with_cancel_and_register_this_one()
    {
        var howTo = await Press(Button(await AnaSubmitsTheFormTwice(), "Change OR-0001 instead"));

        var shown = Shown(howTo);
        Assert.Contains($"send **move OR-0001 {Day(31)}..{Day(33)}**", shown);
        Assert.Contains("This one also differs from OR-0001 in: States, Topics, Partners, Notes.", shown);
        Assert.Contains("cancel OR-0001 and register this one instead", shown);
        Assert.Equal("cancel OR-0001", Button(howTo.Card!, "Cancel OR-0001"));

        // "Register this one" is the question's own Register anyway: the form, stored once whichever button is pressed.
        Assert.Contains("Registered OR-0002", Shown(await Press(Button(howTo.Card!, "Register this one"))));
        Assert.Equal(1, CountRows("outreach", $"id = 2 AND notes = '{Notes}'"));
    }

    [Fact]
    public async Task The_form_s_question_and_what_differs_read_in_the_person_s_language()
    {
        await Say("29:ana", "Ana Ruiz", "language fr");
        var question = await AnaSubmitsTheFormTwice();

        Assert.Equal("L’avez-vous déjà inscrite\u00A0?", question["body"]![0]!["text"]!.GetValue<string>());
        var howTo = Shown(await Press(Button(question, "Modifier OR-0001 à la place")));
        Assert.Contains("Celle-ci diffère aussi de OR-0001 par", howTo);
        Assert.Contains("États, Thèmes, Partenaires, Notes. Ces éléments ne peuvent pas être modifiés dans une démarche déjà inscrite", howTo);
    }

    [Fact]
    public async Task Change_instead_of_a_line_that_differs_only_in_its_dates_offers_only_the_move()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico");
        var question = await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(34)} as Mexico");

        var howTo = await Press(Button(question.Card!, "Change OR-0001 instead"));

        Assert.Contains($"To move OR-0001 to the new dates, send **move OR-0001 {Day(34)}**", Shown(howTo));
        Assert.DoesNotContain("differs", Shown(howTo));
        Assert.Equal(["Move OR-0001"], howTo.Card!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_restricted_registration_typed_in_a_group_chat_is_asked_about_in_the_1_1_chat()
    {
        Connector.Rosters[Group] = [("29:ana", "Ana Ruiz", null), ("29:ben", "Ben Okafor", null)];
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico");

        var room = await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(31)} with Secret Partner restricted as Mexico note confidential-note-text", InGroup);

        Assert.Contains("I've sent it to our 1:1 chat", Shown(room));
        Assert.DoesNotContain("Secret Partner", Shown(room));
        var personal = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:ana") + "/activities") && c.CardJson.Contains("Did you already register this?"));
        Assert.Contains("confidential-note-text", Button(personal.Card!, "Register anyway"));
        Assert.Equal(1, CountRows("outreach"));
    }

    [Fact]
    public async Task A_restricted_form_submitted_in_a_group_chat_is_asked_about_in_the_1_1_chat()
    {
        Connector.Rosters[Group] = [("29:ana", "Ana Ruiz", null), ("29:ben", "Ben Okafor", null)];
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico");

        var answer = await Submit(Form(Day(31), Day(33), restricted: true), InGroup);

        Assert.Equal("This answer is for you alone, so I've sent it to our 1:1 chat.", answer["value"]!.GetValue<string>());
        var personal = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:ana") + "/activities") && c.CardJson.Contains("Did you already register this?"));
        Assert.Contains("Registered OR-0002", Shown(await Press(Button(personal.Card!, "Register anyway"))));
        Assert.Equal(1, CountRows("outreach", "id = 2 AND visibility = 'restricted'"));
    }

    [Fact]
    public async Task A_gap_s_button_opens_the_form_with_its_state_picked()
    {
        Assert.Contains("now in tier 3", Shown(await Say(Sam, "Sam Secretariat", "priority Tonga 3")));
        var gaps = await Say(Sam, "Sam Secretariat", "gaps Oceania");

        var register = Button(gaps.Card!, "Register outreach to Tonga");
        Assert.Equal("register form TON", register);
        var form = (await Press(register, Sam, "Sam Secretariat")).Card!;

        var picker = form["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "countries")!;
        Assert.Equal("TON", picker["value"]!.GetValue<string>());
    }
}
