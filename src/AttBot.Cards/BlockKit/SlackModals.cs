using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.BlockKit.Blocks;
using Field = AttBot.Domain.Language.RegistrationFormWords.Field;
using FormWords = AttBot.Domain.Language.RegistrationFormWords;

namespace AttBot.Cards.BlockKit;

/// <summary>
/// The registration form as a Slack modal, and the modal that confirms it. Block ids are the RegistrationFields names,
/// so a problem found in a field is shown under that field (response_action "errors").
/// </summary>
public static class SlackModals
{
    /// <summary>Block id of the free-text states field; the per-region lists are "countries.&lt;region&gt;".</summary>
    public const string MoreCountries = CardData.MoreCountries;
    public const string CountriesPrefix = RegistrationFields.Countries + ".";
    /// <summary>Every input has this action id: the block id says which field it is.</summary>
    public const string Value = "value";

    /// <summary>
    /// The form, refilled from <paramref name="prefill"/>. A static select holds at most 100 options and there are 196 states,
    /// so each region gets its own list (Africa, the largest, has 54); states can also be typed by name. Labels and
    /// choices read in <paramref name="language"/>; the options' values stay the English the bot reads back.
    /// </summary>
    public static JsonObject RegistrationForm(RegistrationRequest? prefill, IReadOnlyList<Country> countries, IReadOnlyList<string> regions, string? rememberedOrganization,
        Language language = Language.English)
    {
        string Label(Field field) => FormWords.Label(field, language);
        var blocks = new List<JsonNode>
        {
            Section(Mrkdwn.Escape(FormWords.Purpose(language))),
            TextInput(RegistrationFields.Organization, Label(Field.ActingFor), prefill?.Organization ?? rememberedOrganization, FormWords.OrganizationExample(language)),
            Input(RegistrationFields.Kind, Label(Field.Kind), Select("static_select", OutreachWords.Kinds.Select(k => (OutreachTermWords.Kind(k, language), Code(k))),
                prefill?.Kind is { } kind ? [Code(kind)] : [], FormWords.ChooseKind(language)), optional: false),
        };
        var preselected = prefill?.CountryNames.Where(n => countries.Any(c => c.Iso3 == n)).ToHashSet() ?? [];
        foreach (var group in countries.GroupBy(c => c.Region).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var options = OutreachCards.StateChoices(group, language).ToList();
            blocks.Add(Input(CountriesPrefix + group.Key, FormWords.StatesIn(PlaceNames.Region(group.Key, language), language),
                Select("multi_static_select", options, options.Select(o => o.Iso3).Where(preselected.Contains).ToList(), FormWords.TypeAState(language))));
        }
        var typed = prefill?.CountryNames.Where(n => !preselected.Contains(n)).ToList() ?? [];
        blocks.Add(TextInput(MoreCountries, Label(Field.MoreStates), typed.Count > 0 ? string.Join(", ", typed) : null, FormWords.StatesExample(language)));
        if (regions.Count > 0)
            blocks.Add(Input(RegistrationFields.Region, Label(Field.Region), Select("static_select", regions.Select(r => (PlaceNames.Region(r, language), r)),
                regions.Where(r => string.Equals(r, prefill?.RegionName, StringComparison.OrdinalIgnoreCase)).ToList(), FormWords.NoRegion(language))));
        blocks.Add(DateInput(RegistrationFields.Start, Label(Field.From), prefill?.Start, optional: false));
        blocks.Add(DateInput(RegistrationFields.End, Label(Field.To), prefill?.End));
        blocks.Add(Input(RegistrationFields.Topics, Label(Field.Topics), Select("multi_static_select", OutreachWords.Topics.Select(t => (OutreachTermWords.Topic(t, language), Code(t))),
            prefill?.Topics.Select(t => Code(t)).ToList() ?? [], FormWords.ChooseTopics(language))));
        blocks.Add(TextInput(RegistrationFields.Partners, Label(Field.Partners), prefill?.Partners, FormWords.PartnersExample(language)));
        var restricted = Option(FormWords.RestrictedChoice(language), "true");
        var toggle = new JsonObject { ["type"] = "checkboxes", ["action_id"] = Value, ["options"] = new JsonArray(restricted) };
        if (prefill?.Restricted == true)
            toggle["initial_options"] = new JsonArray(restricted.DeepClone());
        blocks.Add(Input(RegistrationFields.Restricted, Label(Field.Visibility), toggle));
        blocks.Add(TextInput(RegistrationFields.Notes, Label(Field.Notes), prefill?.Notes, null, multiline: true));

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = SlackActions.RegisterView,
            ["title"] = PlainText(Cut(FormWords.Heading(language), BlockKitLimits.ModalTitle)),
            ["submit"] = PlainText(FormWords.Register(language)),
            ["close"] = PlainText(FormWords.Cancel(language)),
            ["blocks"] = new JsonArray(blocks.ToArray()),
        };
    }

    /// <summary>The confirmation, shown in place of the form once registered (response_action "update").</summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject Registered(OutreachPlan plan, IReadOnlyList<Conflict> conflicts, Viewer viewer, Func<string, string> countryName,
        Language language = Language.English) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = SlackActions.RegisteredView,
        ["title"] = PlainText(Cut(FormWords.RegisteredTitle(plan.PublicId, language), BlockKitLimits.ModalTitle)),
        ["close"] = PlainText(FormWords.Close(language)),
        ["blocks"] = new JsonArray(SlackMessages.ConfirmationBlocks(plan, conflicts, viewer, countryName, language).ToArray()),
    };

    /// <summary>Problems keyed by block id, for response_action "errors"; problems of no single field go under the first states list.</summary>
    public static JsonObject Errors(IReadOnlyList<RegistrationProblem> problems, IReadOnlyList<Country> countries)
    {
        var firstCountries = countries.Select(c => c.Region).Distinct().Order(StringComparer.Ordinal).Select(r => CountriesPrefix + r).FirstOrDefault() ?? MoreCountries;
        var errors = new JsonObject();
        foreach (var group in problems.GroupBy(p => BlockOf(p.Field, firstCountries)))
            errors[group.Key] = Cut(string.Join(" ", group.Select(p => p.Message)), BlockKitLimits.InputLabel);
        return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
    }

    private static string BlockOf(string field, string firstCountries) => field switch
    {
        RegistrationFields.Dates => RegistrationFields.Start,
        RegistrationFields.Countries => MoreCountries,
        RegistrationFields.Organization or RegistrationFields.Kind or RegistrationFields.Region or RegistrationFields.Start
            or RegistrationFields.End or RegistrationFields.Topics or RegistrationFields.Partners or RegistrationFields.Notes
            or RegistrationFields.Restricted => field,
        _ => firstCountries,
    };

    private static JsonObject Input(string blockId, string label, JsonObject element, bool optional = true) => new()
    {
        ["type"] = "input",
        ["block_id"] = blockId,
        ["optional"] = optional,
        ["label"] = PlainText(Cut(label, BlockKitLimits.InputLabel)),
        ["element"] = element,
    };

    private static JsonObject TextInput(string blockId, string label, string? value, string? placeholder, bool multiline = false)
    {
        var element = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = Value };
        if (multiline) element["multiline"] = true;
        if (placeholder is not null) element["placeholder"] = PlainText(placeholder);
        if (!string.IsNullOrEmpty(value)) element["initial_value"] = Cut(value, BlockKitLimits.PlainTextInitialValue);
        return Input(blockId, label, element, optional: blockId != RegistrationFields.Organization);
    }

    private static JsonObject DateInput(string blockId, string label, DateOnly? value, bool optional = true)
    {
        var element = new JsonObject { ["type"] = "datepicker", ["action_id"] = Value };
        if (value is { } date) element["initial_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Input(blockId, label, element, optional);
    }

    private static JsonObject Select(string type, IEnumerable<(string Text, string Value)> choices, IReadOnlyList<string> selected, string placeholder)
    {
        var options = choices.Select(c => Option(c.Text, c.Value)).ToList();
        var element = new JsonObject
        {
            ["type"] = type,
            ["action_id"] = Value,
            ["placeholder"] = PlainText(placeholder),
            ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
        };
        var initial = options.Where(o => selected.Contains(o["value"]!.GetValue<string>())).Select(o => o.DeepClone()).ToArray();
        if (initial.Length > 0)
            element[type == "static_select" ? "initial_option" : "initial_options"] = type == "static_select" ? initial[0] : new JsonArray(initial);
        return element;
    }

    /// <summary>The lower-case enum names, which OutreachWords.ParseKind/ParseTopic read back (as the Teams form does).</summary>
    private static string Code<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
