using System.Net;
using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// AttBot's Home tab: opening it publishes the person's registrations and their region's picture in their language, and for
/// the Secretariat the open conflicts with their buttons, within Slack's limits; a click on the Home works as in a message.
/// </summary>
public sealed class SlackAppHomeTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Exports:PublicBaseUrl"] = "https://bot.example.test";
        settings["Bot:RateLimit:MessagesPerMinute"] = "0"; // the Secretariat member below registers two dozen plans in a row
        return settings;
    }

    private static JsonObject HomeOpened(string eventId, string user, string tab = "home")
    {
        var envelope = MessageEvent(eventId, "", user);
        envelope["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D0LEA", ["tab"] = tab, ["event_ts"] = "1700000000.000200" };
        return envelope;
    }

    private static IEnumerable<JsonObject> Blocks(JsonObject view) => view["blocks"]!.AsArray().Select(b => b!.AsObject());

    private static IEnumerable<JsonObject> Buttons(JsonObject view) =>
        Blocks(view).Where(b => b["type"]!.GetValue<string>() == "actions").SelectMany(b => b["elements"]!.AsArray().Select(e => e!.AsObject()));

    private static bool IsConflictButton(JsonObject button) =>
        button["action_id"]!.GetValue<string>() is SlackActions.Coordinated or SlackActions.NotAConflict;

    /// <summary>Opens the person's Home and returns the view published after it (the first that <paramref name="match"/> accepts).</summary>
    private async Task<JsonObject> OpenHome(string user, string eventId, Func<SlackCall, bool>? match = null)
    {
        var before = Slack.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await Event(HomeOpened(eventId, user))).StatusCode);
        var publish = await Slack.WaitForAsync(c => c.Method == "views.publish" && c.Body["user_id"]?.GetValue<string>() == user
            && Slack.Calls.ToList().IndexOf(c) >= before && (match is null || match(c)));
        Assert.Empty(publish.Violations);
        var view = publish.Body["view"]!.AsObject();
        Assert.Empty(SlackHome.Check(view));
        return view;
    }

    /// <summary>Two organizers plan Tonga in overlapping windows: one open conflict, alerted to nobody (no subscription needed).</summary>
    private async Task OneConflictOnTonga()
    {
        Assert.Contains("Registered OR-0001", (await Ask($"register bilateral Tonga {OutreachRegistrationTests.Day(20)} as Mexico")).Shown);
        Assert.Contains("Possible duplication", (await Ask($"register workshop Tonga {OutreachRegistrationTests.Day(21)} as Control Arms", user: "U0ANA")).Shown);
    }

    [Fact]
    public async Task A_stakeholders_Home_shows_their_registrations_and_their_regions_map_and_figures_and_no_conflicts()
    {
        await OneConflictOnTonga();

        var view = await OpenHome("U0LEA", "Ev0HOME1");
        var shown = view.ToJsonString();
        Assert.Contains("Your registrations", shown);
        Assert.Contains("OR-0001", shown);
        Assert.Contains("The region your registrations reach.", shown);

        // The map is Oceania's, the very picture "map Oceania" answers with, and the bot serves it.
        var image = Blocks(view).Single(b => b["type"]!.GetValue<string>() == "image");
        var regionMap = (await Ask("map Oceania")).Body["blocks"]!.AsArray().Single(b => b?["type"]?.GetValue<string>() == "image")!;
        Assert.Equal(regionMap["image_url"]!.GetValue<string>(), image["image_url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri(image["image_url"]!.GetValue<string>()).AbsolutePath)).StatusCode);
        Assert.Equal("Oceania", Blocks(view).Single(b => b["type"]!.GetValue<string>() == "header" && b["text"]!["text"]!.GetValue<string>() == "Oceania")["text"]!["text"]!.GetValue<string>());

        // The figures are the region card's, planned outreach counted as it counts it.
        var card = (await Ask("region Oceania")).Body["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();
        var cardFields = card.Single(b => b["fields"] is not null);
        Assert.Equal(cardFields.ToJsonString(), Blocks(view).Single(b => b["fields"] is not null).ToJsonString());
        var plannedText = card.Select(b => b["text"]?["text"]?.GetValue<string>()).Single(t => t?.StartsWith("Outreach planned in the next") == true)!;
        Assert.Contains("2 registrations reaching 1 state", plannedText);
        Assert.Contains(Blocks(view), b => b["text"]?["text"]?.GetValue<string>() == plannedText);

        // A stakeholder never sees the conflicts section, even with a conflict of their own open.
        Assert.DoesNotContain("Open possible duplications", shown);
        Assert.DoesNotContain(Buttons(view), IsConflictButton);
    }

    [Fact]
    public async Task A_person_with_no_registrations_sees_the_world_and_a_champion_their_region()
    {
        var world = await OpenHome("U0LEA", "Ev0HOME2");
        Assert.Contains("You have not registered any outreach yet.", world.ToJsonString());
        Assert.Contains(Blocks(world), b => b["type"]!.GetValue<string>() == "header" && b["text"]!["text"]!.GetValue<string>() == "World");

        Assert.Contains("Caribbean", (await Ask("grant champion Caribbean <@U0LEA|lea>", user: SlackSecretariat)).Shown);
        var champion = await OpenHome("U0LEA", "Ev0HOME3", c => c.Shown.Contains("The region you champion."));
        Assert.Contains(Blocks(champion), b => b["type"]!.GetValue<string>() == "header" && b["text"]!["text"]!.GetValue<string>() == "Caribbean");
        var image = Blocks(champion).Single(b => b["type"]!.GetValue<string>() == "image");
        var regionMap = (await Ask("map Caribbean")).Body["blocks"]!.AsArray().Single(b => b?["type"]?.GetValue<string>() == "image")!;
        Assert.Equal(regionMap["image_url"]!.GetValue<string>(), image["image_url"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_Secretariats_Home_shows_the_open_conflicts_with_the_alerts_buttons()
    {
        await OneConflictOnTonga();

        var view = await OpenHome(SlackSecretariat, "Ev0HOME4");
        var shown = view.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Open possible duplications (1)", shown);
        Assert.Contains("Possible duplication: Tonga", shown);
        Assert.Contains("OR-0001", shown);
        Assert.Contains("OR-0002", shown);
        var buttons = Buttons(view).Where(IsConflictButton).ToList();
        Assert.Equal([SlackActions.Coordinated, SlackActions.NotAConflict], buttons.Select(b => b["action_id"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal("1", b["value"]!.GetValue<string>()));
        Assert.Contains("The world: your region shows here once you register outreach.", shown);
    }

    [Fact]
    public async Task A_French_speaking_persons_Home_is_in_French()
    {
        await Ask($"register bilateral Tonga {OutreachRegistrationTests.Day(20)} as Mexico");
        await Ask("language fr");

        var view = await OpenHome("U0LEA", "Ev0HOME5");
        var shown = view.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Vos activités enregistrées", shown);
        Assert.Contains("La région visée par vos activités enregistrées.", shown);
        Assert.Contains(Blocks(view), b => b["type"]!.GetValue<string>() == "header" && b["text"]!["text"]!.GetValue<string>() == "Océanie");
        Assert.Contains("États parties", shown);
        Assert.Contains("Activités de sensibilisation prévues dans les 90 prochains jours", shown);
        Assert.Contains("Données à jour au", shown);
        Assert.Contains("/att region Océanie", shown);
        foreach (var english in new[] { "Your registrations", "The region your registrations reach", "States Parties", "Outreach planned", "Data current to" })
            Assert.DoesNotContain(english, shown);
    }

    [Fact]
    public async Task A_person_whose_Slack_is_in_Spanish_gets_a_Spanish_Home_without_choosing_a_language()
    {
        Slack.Locales["U0LEA"] = "es-ES";
        await Ask($"register bilateral Tonga {OutreachRegistrationTests.Day(20)} as Mexico"); // users.info tells her locale

        var shown = (await OpenHome("U0LEA", "Ev0HOME6")).ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Contains("Sus actividades registradas", shown);
        Assert.DoesNotContain("Your registrations", shown);
        Assert.Contains("users.info", Slack.Calls.Where(c => c.Body["include_locale"]?.ToString() == "true").Select(c => c.Method));
    }

    [Fact]
    public async Task With_many_registrations_and_conflicts_the_Secretariats_Home_stays_within_Slacks_limits()
    {
        // Six organizers plan Tonga in the same weeks: fifteen open conflicts.
        string[] organizers = ["U0LEA", "U0ANA", "U0BEN", "U0CHO", "U0DAN", "U0EVA"];
        foreach (var (user, i) in organizers.Select((u, i) => (u, i)))
            Assert.Contains("Registered", (await Ask($"register bilateral Tonga {OutreachRegistrationTests.Day(20 + i)} as Mexico note {new string('n', 900)}", user: user)).Shown);
        // The Secretariat member has more registrations of their own than the list shows.
        string[] states = ["Fiji", "Samoa", "Tuvalu", "Kiribati", "Nauru", "Palau", "Vanuatu", "Niue", "Viet Nam", "Pakistan", "Malaysia",
            "Thailand", "Cambodia", "Laos", "Myanmar", "Nepal", "Bhutan", "Sri Lanka", "Maldives", "Bangladesh", "Mongolia", "Indonesia"];
        foreach (var state in states)
            Assert.Contains("Registered", (await Ask($"register bilateral {state} {OutreachRegistrationTests.Day(40)} as ATT Secretariat", user: SlackSecretariat)).Shown);
        Assert.Equal(15, CountRows("conflicts", "kind = 'possible_duplication' AND resolution IS NULL"));

        var view = await OpenHome(SlackSecretariat, "Ev0HOME6");
        var blocks = Blocks(view).ToList();
        Assert.InRange(blocks.Count, 1, BlockKitLimits.BlocksPerHome);
        Assert.All(blocks.Where(b => b["type"]!.GetValue<string>() == "header"), b => Assert.InRange(b["text"]!["text"]!.GetValue<string>().Length, 1, 150));
        Assert.All(blocks.Where(b => b["text"]?["type"]?.GetValue<string>() == "mrkdwn"), b => Assert.InRange(b["text"]!["text"]!.GetValue<string>().Length, 1, 3000));
        var shown = view.ToJsonString();
        Assert.Contains("Open possible duplications (15)", shown);
        Assert.Equal(SlackHome.MaxConflictsShown, blocks.Count(b => b["text"]?["text"]?.GetValue<string>().StartsWith("Possible duplication") == true));
        Assert.Equal(2 * SlackHome.MaxConflictsShown, Buttons(view).Count(IsConflictButton));
        Assert.Contains("and 5 more open possible duplications", shown);
        Assert.Contains("and 2 more.", shown); // 22 registrations, 20 listed
    }

    [Fact]
    public async Task Settling_a_conflict_from_the_Home_tab_settles_it_and_publishes_the_Home_again_without_it()
    {
        await OneConflictOnTonga();
        var view = await OpenHome(SlackSecretariat, "Ev0HOME7");
        var settle = Buttons(view).First(b => b["action_id"]!.GetValue<string>() == SlackActions.Coordinated);
        var published = Slack.Calls.Count(c => c.Method == "views.publish");

        // A click on the Home tab: its container is the view; there is no channel and no response_url.
        var ack = await Interaction(new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = SlackSecretariat, ["username"] = "sam", ["team_id"] = Team },
            ["team"] = new JsonObject { ["id"] = Team },
            ["api_app_id"] = "A0ATT",
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" },
            ["trigger_id"] = "trigger-home-settle",
            ["view"] = new JsonObject { ["id"] = "V0HOME", ["type"] = "home", ["blocks"] = view["blocks"]!.DeepClone() },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = settle["action_id"]!.GetValue<string>(), ["block_id"] = "b1",
                ["value"] = settle["value"]!.GetValue<string>(), ["action_ts"] = "1700000001.000100",
            }),
        });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);

        var again = await Slack.WaitForAsync(c => c.Method == "views.publish" && c.Shown.Contains("Open possible duplications (0)"));
        Assert.Empty(again.Violations);
        Assert.Equal(SlackSecretariat, again.Body["user_id"]!.GetValue<string>());
        Assert.Contains("No open possible duplications: every one has been settled.", again.Shown);
        Assert.DoesNotContain(Buttons(again.Body["view"]!.AsObject()), IsConflictButton);
        Assert.Equal(1, CountRows("conflicts", "resolution = 'coordinated'"));
        Assert.True(Slack.Calls.Count(c => c.Method == "views.publish") > published);
        Assert.DoesNotContain(Slack.Calls, c => c.Shown.Contains(SlackBotApology));
    }

    [Fact]
    public async Task A_stakeholder_clicking_settle_on_a_Home_is_told_in_their_direct_messages()
    {
        await OneConflictOnTonga();
        var ack = await Interaction(new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U0LEA", ["username"] = "lea", ["team_id"] = Team },
            ["team"] = new JsonObject { ["id"] = Team },
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" },
            ["view"] = new JsonObject { ["id"] = "V0HOME", ["type"] = "home" },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = SlackActions.NotAConflict, ["block_id"] = "b1", ["value"] = "1", ["action_ts"] = "1700000002.000100",
            }),
        });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);

        var told = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Body["channel"]?.GetValue<string>() == "U0LEA"
            && c.Shown.Contains("Only members of the ATT Secretariat can settle a possible duplication."));
        Assert.Empty(told.Violations);
        Assert.Equal(0, CountRows("conflicts", "resolution IS NOT NULL"));
    }

    private const string SlackBotApology = "Sorry, something went wrong on my side";

    [Fact]
    public async Task The_global_shortcut_Register_outreach_opens_the_registration_modal()
    {
        var ack = await Interaction(new JsonObject
        {
            ["type"] = "shortcut",
            ["callback_id"] = "register_outreach",
            ["trigger_id"] = "trigger-shortcut",
            ["user"] = new JsonObject { ["id"] = "U0LEA", ["username"] = "lea", ["team_id"] = "T0ATT" },
            ["team"] = new JsonObject { ["id"] = "T0ATT" },
        });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);

        var open = await Slack.WaitForAsync(c => c.Method == "views.open");
        Assert.Empty(open.Violations);
        Assert.Equal("trigger-shortcut", open.Body["trigger_id"]?.GetValue<string>());
        Assert.Contains("\"value\":\"TON\"", open.Shown);
    }
}
