using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Cards;
using AttBot.Domain.Outreach;
using static AttBot.Cards.Tests.OutreachSamples;

namespace AttBot.Cards.Tests;

public sealed class RegistrationFormTests
{
    private static JsonObject Form(RegistrationRequest? prefill = null, IReadOnlyList<RegistrationProblem>? problems = null, string? remembered = null) =>
        OutreachCards.RegistrationForm(prefill, problems ?? [], EveryCard.Countries, Regions, remembered);

    [Fact]
    public void Every_input_has_a_label_and_none_is_required()
    {
        var inputs = CardJson.Inputs(Form(Prefill, Problems));

        Assert.Equal(
            [RegistrationFields.Organization, RegistrationFields.Kind, RegistrationFields.Countries, CardData.MoreCountries, RegistrationFields.Region,
             RegistrationFields.Start, RegistrationFields.End, RegistrationFields.Topics, RegistrationFields.Partners, RegistrationFields.Restricted,
             RegistrationFields.Notes],
            inputs.Select(i => CardJson.Str(i, "id")));
        Assert.All(inputs, i => Assert.False(string.IsNullOrWhiteSpace(CardJson.Str(i, "label"))));
        Assert.All(inputs, i => Assert.Null(i["isRequired"]));
    }

    [Fact]
    public void A_refilled_form_keeps_everything_the_user_gave()
    {
        var form = Form(Prefill, Problems, remembered: "Ignored");

        Assert.Equal("Mexico", CardJson.InputValue(form, RegistrationFields.Organization));
        Assert.Equal("visit", CardJson.InputValue(form, RegistrationFields.Kind));
        Assert.Equal("TON", CardJson.InputValue(form, RegistrationFields.Countries));
        Assert.Equal("Tuvalu, Fiji", CardJson.InputValue(form, CardData.MoreCountries));
        Assert.Equal("Oceania", CardJson.InputValue(form, RegistrationFields.Region));
        Assert.Equal("2027-03-10", CardJson.InputValue(form, RegistrationFields.Start));
        Assert.Equal("2027-03-12", CardJson.InputValue(form, RegistrationFields.End));
        Assert.Equal("accession,reporting", CardJson.InputValue(form, RegistrationFields.Topics));
        Assert.Equal("UNODA", CardJson.InputValue(form, RegistrationFields.Partners));
        Assert.Equal("true", CardJson.InputValue(form, RegistrationFields.Restricted));
        Assert.Equal("With the Pacific desk", CardJson.InputValue(form, RegistrationFields.Notes));
    }

    [Fact]
    public void A_blank_form_offers_the_remembered_organization_and_nothing_else()
    {
        var form = Form(remembered: "Control Arms");

        Assert.Equal("Control Arms", CardJson.InputValue(form, RegistrationFields.Organization));
        Assert.Equal("e.g. Mexico, the EU, Control Arms, the ATT Secretariat", CardJson.Str(CardJson.Input(form, RegistrationFields.Organization), "placeholder"));
        Assert.Equal("false", CardJson.InputValue(form, RegistrationFields.Restricted));
        foreach (var id in new[] { RegistrationFields.Kind, RegistrationFields.Countries, CardData.MoreCountries, RegistrationFields.Region,
                     RegistrationFields.Start, RegistrationFields.End, RegistrationFields.Topics, RegistrationFields.Partners, RegistrationFields.Notes })
            Assert.Null(CardJson.InputValue(form, id));
        Assert.DoesNotContain(CardJson.Strings(form), s => s.Contains("Please fix", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_an_exact_code_is_preselected_and_every_other_name_stays_as_typed()
    {
        var byName = Form(new RegistrationRequest { CountryNames = ["Tonga", "Fiji"] });
        Assert.Null(CardJson.InputValue(byName, RegistrationFields.Countries));
        Assert.Equal("Tonga, Fiji", CardJson.InputValue(byName, CardData.MoreCountries));

        var lowerCase = Form(new RegistrationRequest { CountryNames = ["ton"] });
        Assert.Null(CardJson.InputValue(lowerCase, RegistrationFields.Countries));
        Assert.Equal("ton", CardJson.InputValue(lowerCase, CardData.MoreCountries));

        var codeOnly = Form(new RegistrationRequest { CountryNames = ["VNM"] });
        Assert.Equal("VNM", CardJson.InputValue(codeOnly, RegistrationFields.Countries));
        Assert.Null(CardJson.InputValue(codeOnly, CardData.MoreCountries));
    }

    [Fact]
    public void Each_problem_stands_under_its_field_in_the_attention_colour_and_the_top_says_how_many()
    {
        var body = Form(Prefill, Problems)["body"]!.AsArray();
        int After(string id) => body.ToList().FindIndex(e => e?["id"]?.GetValue<string>() == id) + 1;

        Assert.Equal("2 things to fix, marked below.", CardJson.Str(body[1]!, "text"));
        Assert.Equal("Attention", CardJson.Str(body[1]!, "color"));
        Assert.Equal("I don't know “Tonnga” — did you mean Tonga?", CardJson.Str(body[After(CardData.MoreCountries)]!, "text"));
        Assert.Equal("Attention", CardJson.Str(body[After(CardData.MoreCountries)]!, "color"));
        Assert.Equal("The outreach ends (1 March 2027) before it starts (10 March 2027).", CardJson.Str(body[After(RegistrationFields.End)]!, "text"));
        Assert.Equal("Input.Text", CardJson.Str(body[2]!, "type")); // nothing else above the first field
        Assert.Contains("Tonnga", CardJson.Str(Form(Prefill, Problems), "fallbackText"));
    }

    [Fact]
    public void A_problem_of_no_one_field_stays_under_the_heading()
    {
        var body = Form(Prefill, [new RegistrationProblem("form", "That form carries more than the registration form holds.")])["body"]!.AsArray();

        Assert.Equal("One thing to fix, marked below.", CardJson.Str(body[1]!, "text"));
        Assert.Equal("• That form carries more than the registration form holds.", CardJson.Str(body[2]!, "text"));
    }

    [Fact]
    public void The_state_list_holds_every_state_by_name_with_its_code_and_can_be_searched()
    {
        var states = CardJson.Input(Form(), RegistrationFields.Countries);

        Assert.Equal("filtered", CardJson.Str(states, "style"));
        Assert.Null(states["isMultiSelect"]);
        var choices = states["choices"]!.AsArray();
        Assert.Equal(EveryCard.Countries.Count, choices.Count);
        Assert.Contains(choices, c => CardJson.Str(c!, "title") == "Tonga — neither signatory nor party" && CardJson.Str(c!, "value") == "TON");
        // Outside the treaty first: the outreach's usual targets; the States Parties after them.
        var titles = choices.Select(c => CardJson.Str(c!, "title")).ToList();
        Assert.True(titles.FindLastIndex(t => !t.EndsWith("State Party", StringComparison.Ordinal)) < titles.FindIndex(t => t.EndsWith("State Party", StringComparison.Ordinal)));
    }

    [Fact]
    public void Kinds_and_topics_are_offered_in_words_with_values_the_bot_reads_back()
    {
        var form = Form();
        var kinds = CardJson.Input(form, RegistrationFields.Kind);
        var topics = CardJson.Input(form, RegistrationFields.Topics);

        Assert.Equal("compact", CardJson.Str(kinds, "style"));
        Assert.Equal(OutreachWords.Kinds, kinds["choices"]!.AsArray().Select(c => OutreachWords.ParseKind(CardJson.Str(c!, "value"))!.Value));
        Assert.True(topics["isMultiSelect"]!.GetValue<bool>());
        Assert.Equal("expanded", CardJson.Str(topics, "style"));
        Assert.Equal(OutreachWords.Topics, topics["choices"]!.AsArray().Select(c => OutreachWords.ParseTopic(CardJson.Str(c!, "value"))!.Value));
        Assert.Contains(topics["choices"]!.AsArray(), c => CardJson.Str(c!, "title") == "Ratification / accession");
    }

    [Fact]
    public void The_one_button_registers_through_a_universal_action()
    {
        var action = Assert.Single(Form()["actions"]!.AsArray())!;

        Assert.Equal("Action.Execute", CardJson.Str(action, "type"));
        Assert.Equal("Register", CardJson.Str(action, "title"));
        Assert.Equal(CardData.RegisterVerb, CardJson.Str(action, "verb"));
        Assert.Empty(action["data"]!.AsObject());
    }

    [Fact]
    public void A_full_form_with_every_state_and_all_problems_stays_under_24_KB()
    {
        var size = Form(Prefill, Problems, "Mexico").ToJsonString().Length;
        Assert.True(size < 24_000, $"{size} characters");
    }

    [Fact]
    public void Without_lists_to_choose_from_the_form_keeps_every_name_as_text()
    {
        var form = OutreachCards.RegistrationForm(Prefill, [], [], [], null);

        Assert.False(CardJson.HasInput(form, RegistrationFields.Countries));
        Assert.False(CardJson.HasInput(form, RegistrationFields.Region));
        Assert.Equal("TON, Tuvalu, Fiji", CardJson.InputValue(form, CardData.MoreCountries));
    }
}

public sealed class RegistrationConfirmationTests
{
    [Fact]
    public void The_confirmation_shows_the_record_as_facts()
    {
        var card = OutreachCards.RegistrationConfirmation(AnaTonga, [], AnaViewer, CountryName);

        Assert.Equal("Registered OR-0040", CardJson.Str(card["body"]![0]!, "text"));
        Assert.Equal(
            [("Acting for", "Mexico"), ("Organizer", "Ana Ruiz"), ("States", "Tonga"), ("Kind", "Bilateral"), ("When", "10–12 March 2027"),
             ("Topics", "Ratification / accession"), ("Partners", "UNRCPD"), ("Visibility", "Shared"), ("Notes", "Meeting the Attorney General")],
            CardJson.Facts(card));
        Assert.DoesNotContain(CardJson.Strings(card), s => s.Contains('⚠'));
        Assert.StartsWith("Registered OR-0040: Tonga, 10–12 March 2027", CardJson.Str(card, "fallbackText"));
    }

    [Fact]
    public void A_region_registration_names_the_region_and_its_states()
    {
        var facts = CardJson.Facts(OutreachCards.RegistrationConfirmation(PitaOceania, [], PitaViewer, CountryName));

        Assert.Contains(("States", "Oceania (non-parties): Fiji, Tonga, Tuvalu"), facts);
        Assert.Contains(("Visibility", "Restricted"), facts);
        Assert.Contains(("Topics", "National implementation / legislation, Parliamentary engagement"), facts);
    }

    [Fact]
    public void An_overlap_with_a_shared_registration_names_whom_to_coordinate_with()
    {
        var card = OutreachCards.RegistrationConfirmation(PitaOceania, [Duplication(AnaTonga, PitaOceania)], PitaViewer, CountryName);
        var texts = CardJson.Texts(card);

        Assert.Contains("⚠ Possible duplication of another registration", texts);
        Assert.Contains("OR-0040 · Ana Ruiz (Mexico) · Bilateral · 10–12 March 2027 (overlapping your workshop by 2 days) · states: Tonga", texts);
        Assert.Contains("Please coordinate with Ana Ruiz (Mexico). Ask the Secretariat to put you in touch.", texts);
        Assert.EndsWith("Possible duplication: OR-0040 · Ana Ruiz (Mexico) · Bilateral · 10–12 March 2027 (overlapping your workshop by 2 days) · states: Tonga. " +
            "Please coordinate with Ana Ruiz (Mexico). Ask the Secretariat to put you in touch.",
            CardJson.Str(card, "fallbackText"));
    }

    [Fact]
    public void A_second_registration_by_the_same_person_asks_whether_it_is_the_same()
    {
        var again = AnaTonga with { Id = 41 };
        var card = OutreachCards.RegistrationConfirmation(again, [Duplication(AnaTonga, again)], AnaViewer, CountryName);

        Assert.Contains("Did you already register this? OR-0040 covers Tonga on 10–12 March 2027.", CardJson.Texts(card));
        Assert.DoesNotContain(CardJson.Texts(card), t => t.StartsWith("Possible duplication", StringComparison.Ordinal));
    }

    [Fact]
    public void A_restricted_registration_never_leaks_to_another_stakeholder_but_the_Secretariat_sees_it()
    {
        var conflict = Duplication(AnaTonga, PitaOceania);

        var forAna = OutreachCards.RegistrationConfirmation(AnaTonga, [conflict], AnaViewer, CountryName);
        CardJson.AssertNoTraceOf(forAna, PitaOceania);
        Assert.Contains("Another stakeholder has planned engagement with Tonga on 11–14 March 2027, overlapping your bilateral outreach by 2 days.", CardJson.Texts(forAna));
        Assert.Contains("Ask the Secretariat to put you in touch.", CardJson.Texts(forAna));

        var forSecretariat = OutreachCards.RegistrationConfirmation(AnaTonga, [conflict], Secretariat, CountryName);
        Assert.Contains("OR-0042 · Pita Taufa (Control Arms) · Workshop · 11–14 March 2027 (overlapping OR-0040 by 2 days) · states: Tonga", CardJson.Texts(forSecretariat));
    }

    [Fact]
    public void Anonymous_overlaps_that_read_alike_are_said_once()
    {
        var conflicts = new[] { 42, 43 }.Select(id => Duplication(AnaTonga, PitaOceania with { Id = id })).ToList();
        var card = OutreachCards.RegistrationConfirmation(AnaTonga, conflicts, AnaViewer, CountryName);

        Assert.Contains("⚠ Possible duplication of 2 other registrations", CardJson.Texts(card));
        Assert.Single(CardJson.Texts(card), t => t.StartsWith("Another stakeholder", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_overlaps_are_cut_after_ten()
    {
        var conflicts = Enumerable.Range(1, 12).Select(i => Duplication(AnaTonga with { Id = i, Organizer = Pita }, PitaOceania with { Id = 50 })).ToList();
        var card = OutreachCards.RegistrationConfirmation(PitaOceania with { Id = 50 }, conflicts, PitaViewer, CountryName);

        Assert.Contains("⚠ Possible duplication of 12 other registrations", CardJson.Texts(card));
        Assert.Equal(10, CardJson.Texts(card).Count(t => t.StartsWith("Did you already register this?", StringComparison.Ordinal)));
        Assert.Contains(CardJson.Texts(card), t => t.StartsWith("…and 2 more.", StringComparison.Ordinal));
    }
}

public sealed class OutreachListTests
{
    private static JsonObject List(IReadOnlyList<OutreachPlan> plans, Viewer viewer) =>
        OutreachCards.OutreachList("Outreach to Tonga", plans, viewer, CountryName, "No outreach registered for Tonga.");

    [Fact]
    public void An_empty_list_says_so()
    {
        var card = List([], Bystander);

        Assert.Equal(["Outreach to Tonga", "No outreach registered for Tonga."], CardJson.Texts(card));
    }

    [Fact]
    public void Each_shared_plan_shows_id_window_kind_state_who_and_where()
    {
        var texts = CardJson.Texts(List([AnaTonga, PitaOceania with { Visibility = Visibility.Shared }], Bystander));

        Assert.Contains("OR-0040 · 10–12 March 2027 · Bilateral · Planned", texts);
        Assert.Contains("Ana Ruiz (Mexico) · Tonga", texts);
        Assert.Contains("OR-0042 · 11–14 March 2027 · Workshop · Planned", texts);
        Assert.Contains("Pita Taufa (Control Arms) · Oceania (non-parties): Fiji, Tonga, Tuvalu", texts);
    }

    [Fact]
    public void A_restricted_plan_is_anonymous_to_other_stakeholders_only()
    {
        var forBystander = List([PitaOceania], Bystander);
        Assert.Contains("Another stakeholder · 11–14 March 2027 · planned engagement (restricted)", CardJson.Texts(forBystander));
        CardJson.AssertNoTraceOf(forBystander, PitaOceania);

        Assert.Contains("OR-0042 · 11–14 March 2027 · Workshop · Planned · Restricted", CardJson.Texts(List([PitaOceania], PitaViewer)));
        Assert.Contains("OR-0042 · 11–14 March 2027 · Workshop · Planned · Restricted", CardJson.Texts(List([PitaOceania], Secretariat)));
    }

    [Fact]
    public void A_restricted_plan_shows_in_full_to_a_champion_of_a_state_it_reaches_and_not_to_other_champions()
    {
        var championOfPolynesia = new Viewer("msteams", "29:champion", Role.Champion) { ChampionedStates = new HashSet<string> { "TON", "WSM" } };
        var championOfCaribbean = new Viewer("msteams", "29:champion", Role.Champion) { ChampionedStates = new HashSet<string> { "BRB", "JAM" } };

        Assert.Contains("Pita Taufa (Control Arms) · Oceania (non-parties): Fiji, Tonga, Tuvalu", CardJson.Texts(List([PitaOceania], championOfPolynesia)));
        CardJson.AssertNoTraceOf(List([PitaOceania], championOfCaribbean), PitaOceania);
    }

    [Fact]
    public void The_outcome_of_a_done_plan_is_for_its_organizer_and_the_Secretariat_only()
    {
        var done = AnaTonga with { State = OutreachState.Done, Outcome = "Accession bill goes to cabinet in June." };
        const string outcome = "Outcome: Accession bill goes to cabinet in June.";

        Assert.Contains("OR-0040 · 10–12 March 2027 · Bilateral · Done", CardJson.Texts(List([done], Bystander)));
        Assert.DoesNotContain(CardJson.Strings(List([done], Bystander)), s => s.Contains("cabinet", StringComparison.Ordinal));
        Assert.Contains(outcome, CardJson.Texts(List([done], AnaViewer)));
        Assert.Contains(outcome, CardJson.Texts(List([done], Secretariat)));
    }

    [Fact]
    public void A_long_list_shows_twenty_and_counts_the_rest()
    {
        var card = List(ManyPlans(25), Secretariat);

        Assert.Equal(20, card["body"]!.AsArray().Count(n => n!["separator"] is not null && CardJson.Str(n!, "text").StartsWith("OR-", StringComparison.Ordinal)));
        Assert.Equal("…and 5 more.", CardJson.Texts(card)[^1]);
        Assert.EndsWith("…and 5 more.", CardJson.Str(card, "fallbackText"));
    }
}

public sealed class ConflictCardTests
{
    [Fact]
    public void The_alert_shows_both_registrations_in_full_side_by_side()
    {
        var card = OutreachCards.ConflictAlert(Recorded(), CountryName);
        var body = card["body"]!.AsArray();

        Assert.Equal("Possible duplication: Tonga", CardJson.Str(body[0]!, "text"));
        var columns = body[1]!["columns"]!.AsArray();
        Assert.Equal(2, columns.Count);
        var earlier = CardJson.Texts(columns[0]!);
        var later = CardJson.Texts(columns[1]!);
        Assert.Equal(["Earlier", "OR-0040", "Ana Ruiz", "Mexico", "Bilateral · 10–12 March 2027", "States: Tonga", "Topics: Ratification / accession",
            "Partners: UNRCPD", "Shared", "Notes: Meeting the Attorney General"], earlier);
        Assert.Equal(["Later", "OR-0042", "Pita Taufa", "Control Arms", "Workshop · 11–14 March 2027", "States: Oceania (non-parties): Fiji, Tonga, Tuvalu",
            "Topics: National implementation / legislation, Parliamentary engagement", "Partners: Pacific Islands Forum", "Restricted",
            "Notes: Sensitive: opposition MPs invited"], later);
    }

    [Fact]
    public void An_unsettled_alert_offers_the_two_settlements_with_the_conflict_id()
    {
        var actions = OutreachCards.ConflictAlert(Recorded(), CountryName)["actions"]!.AsArray();

        Assert.Equal(2, actions.Count);
        Assert.Equal(["Coordinated", "Not a duplication"], actions.Select(a => CardJson.Str(a!, "title")));
        Assert.Equal([CardData.CoordinatedVerb, CardData.NotAConflictVerb], actions.Select(a => CardJson.Str(a!, "verb")));
        Assert.All(actions, a => Assert.Equal("Action.Execute", CardJson.Str(a!, "type")));
        Assert.All(actions, a => Assert.Equal(7L, a!["data"]![CardData.ConflictId]!.GetValue<long>()));
    }

    [Theory]
    [InlineData(ConflictResolution.Coordinated, "Marked coordinated by Secretariat Officer on 1 February 2027")]
    [InlineData(ConflictResolution.NotAConflict, "Marked not a duplication by Secretariat Officer on 1 February 2027")]
    public void A_settled_alert_says_how_and_by_whom_and_has_no_buttons(ConflictResolution resolution, string line)
    {
        var card = OutreachCards.ConflictAlert(Recorded(resolution), CountryName);

        Assert.Contains(line, CardJson.Texts(card));
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void A_heads_up_about_a_restricted_registration_is_anonymous()
    {
        var card = OutreachCards.ConflictHeadsUp(Duplication(AnaTonga, PitaOceania), AnaViewer, CountryName);

        Assert.Equal(
            ["Heads-up: a new registration for Tonga may duplicate your bilateral outreach OR-0040 (10–12 March 2027).",
             "Another stakeholder has planned engagement with Tonga on 11–14 March 2027, overlapping your bilateral outreach by 2 days.",
             "Ask the Secretariat to put you in touch."],
            CardJson.Texts(card));
        CardJson.AssertNoTraceOf(card, PitaOceania);
    }

    [Fact]
    public void A_heads_up_about_a_shared_registration_says_whom_to_coordinate_with()
    {
        var card = OutreachCards.ConflictHeadsUp(Duplication(PitaOceania with { Id = 39 }, AnaTonga), PitaViewer, CountryName);

        Assert.Equal(
            ["Heads-up: a new registration for Tonga may duplicate your workshop OR-0039 (11–14 March 2027).",
             "OR-0040 · Ana Ruiz (Mexico) · Bilateral · 10–12 March 2027 (overlapping your workshop by 2 days) · states: Tonga",
             "Please coordinate with Ana Ruiz (Mexico). Ask the Secretariat to put you in touch."],
            CardJson.Texts(card));
    }

    [Fact]
    public void The_heads_up_is_written_from_the_recipients_side_of_the_conflict()
    {
        var card = OutreachCards.ConflictHeadsUp(Duplication(AnaTonga, PitaOceania), PitaViewer, CountryName);

        Assert.Equal("Heads-up: another registration for Tonga may duplicate your workshop OR-0042 (11–14 March 2027).", CardJson.Texts(card)[0]);
        Assert.Contains("Please coordinate with Ana Ruiz (Mexico). Ask the Secretariat to put you in touch.", CardJson.Texts(card));
    }

    [Fact]
    public void A_notice_is_a_heading_and_a_line()
    {
        var card = OutreachCards.Notice("Cancelled OR-0042", "Nobody else will be warned about it any more.");

        Assert.Equal(["Cancelled OR-0042", "Nobody else will be warned about it any more."], CardJson.Texts(card));
        Assert.Equal("Cancelled OR-0042. Nobody else will be warned about it any more.", CardJson.Str(card, "fallbackText"));
    }
}

/// <summary>Reading cards the way a user does: the words shown, the facts, the inputs and their values.</summary>
internal static class CardJson
{
    public static string Str(JsonNode node, string key) => node[key]!.GetValue<string>();

    /// <summary>Every string anywhere in the card, fallback text and data included.</summary>
    public static List<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => Strings(kv.Value)).ToList(),
        JsonArray a => a.SelectMany(Strings).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>The TextBlock texts, in reading order.</summary>
    public static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => [Str(o, "text")],
        JsonObject o => o.Where(kv => kv.Key != "fallbackText").SelectMany(kv => Texts(kv.Value)).ToList(),
        JsonArray a => a.SelectMany(Texts).ToList(),
        _ => [],
    };

    public static List<(string, string)> Facts(JsonObject card) =>
        card["body"]!.AsArray().Where(n => n!["type"]!.GetValue<string>() == "FactSet")
            .SelectMany(f => f!["facts"]!.AsArray().Select(x => (Str(x!, "title"), Str(x!, "value")))).ToList();

    public static List<JsonObject> Inputs(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(n => Str(n, "type").StartsWith("Input.", StringComparison.Ordinal)).ToList();

    public static bool HasInput(JsonObject card, string id) => Inputs(card).Any(i => Str(i, "id") == id);

    public static JsonObject Input(JsonObject card, string id) => Inputs(card).SingleOrDefault(i => Str(i, "id") == id)
        ?? throw new Xunit.Sdk.XunitException($"no input {id}");

    public static string? InputValue(JsonObject card, string id) => Input(card, id)["value"]?.GetValue<string>();

    /// <summary>None of what a restricted record keeps from other stakeholders appears anywhere in the card.</summary>
    public static void AssertNoTraceOf(JsonObject card, OutreachPlan hidden)
    {
        string[] secrets = [hidden.Organizer.DisplayName, hidden.Organization, hidden.PublicId, hidden.Notes!, hidden.Partners!,
            OutreachWords.Describe(hidden.Kind), .. hidden.Topics.Select(OutreachWords.Describe)];
        var strings = Strings(card);
        foreach (var secret in secrets)
            Assert.DoesNotContain(strings, s => s.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class ChangeNoticeWordTests
{
    private static IReadOnlyList<string> Words(OutreachChange change, Viewer reader) => ChangeNoticeLines.For(change, reader, CountryName).Lines;

    [Fact]
    public void A_move_within_a_duplication_says_from_where_to_where_and_where_it_now_stands_to_the_readers_plan()
    {
        var line = Assert.Single(Words(AnaMoved(before: true, now: true), PitaViewer));
        Assert.Equal("Mexico moved OR-0040 from 10–12 March 2027 to 3 April 2027, 20 days after your workshop OR-0042 (Tonga).", line);
    }

    [Fact]
    public void A_move_away_says_it_no_longer_overlaps_the_readers_plan()
    {
        Assert.Equal("Mexico moved OR-0040 from 10–12 March 2027 to 3 April 2027, no longer overlapping your workshop OR-0042 (Tonga).",
            Assert.Single(Words(AnaMoved(before: true, now: false), PitaViewer)));
    }

    [Fact]
    public void A_move_into_a_duplication_adds_the_heads_ups_words_about_the_other_side()
    {
        var lines = Words(AnaMoved(before: false, now: true), PitaViewer);
        Assert.Equal("Mexico moved OR-0040 from 10–12 March 2027 to 3 April 2027, 20 days after your workshop OR-0042 (Tonga), which it could duplicate.", lines[0]);
        Assert.Contains("Please coordinate with Ana Ruiz (Mexico). Ask the Secretariat to put you in touch.", lines);
    }

    [Fact]
    public void A_cancellation_says_what_it_could_have_duplicated()
    {
        var change = AnaMoved(true, false) with { Kind = ChangeKind.Cancelled, MovedTo = null };
        Assert.Equal("OR-0040 (Tonga, 10–12 March 2027), which could have duplicated your workshop OR-0042, was cancelled.", Assert.Single(Words(change, PitaViewer)));
        Assert.Equal("OR-0040 cancelled", ChangeNoticeLines.For(change, PitaViewer, CountryName).Heading);
    }

    [Fact]
    public void A_restricted_plan_moved_is_told_to_a_stakeholder_without_its_organizer_or_id()
    {
        var change = new OutreachChange(ChangeKind.Moved, PitaOceania, new DateWindow(new DateOnly(2027, 3, 20)), ByOrganizer: true,
            [new ChangedOverlap(AnaTonga, ["TON"], true, true)]);
        var (heading, lines) = ChangeNoticeLines.For(change, AnaViewer, CountryName);
        var all = heading + string.Join(" ", lines);
        Assert.Equal("Another stakeholder moved their engagement with Tonga from 11–14 March 2027 to 20 March 2027, 8 days after your bilateral outreach OR-0040 (Tonga).", lines[0]);
        Assert.DoesNotContain("OR-0042", all);
        Assert.DoesNotContain("Control Arms", all);
        Assert.DoesNotContain("Pita", all);
        // The Secretariat reads it whole.
        Assert.StartsWith("Control Arms moved OR-0042", Words(change, Secretariat)[0]);
    }
}
