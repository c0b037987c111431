using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using static AttBot.Cards.CardElements;
using Field = AttBot.Domain.Language.RegistrationFormWords.Field;
using FormWords = AttBot.Domain.Language.RegistrationFormWords;
using Words = AttBot.Domain.Language.RegistrationCardWords;

namespace AttBot.Cards;

public static partial class OutreachCards
{
    /// <summary>
    /// The "register" form, refilled with what the user already gave and the problems found in it, so nothing is typed
    /// twice. No input is marked required: the bot checks the submission and answers in words, the card never blocks.
    /// Labels and choices read in <paramref name="language"/>; the choices' values stay the English the bot reads back.
    /// </summary>
    public static JsonObject RegistrationForm(RegistrationRequest? prefill, IReadOnlyList<RegistrationProblem> problems,
        IReadOnlyList<Country> countries, IReadOnlyList<string> regions, string? rememberedOrganization, Language language = Language.English)
    {
        string Label(Field field) => FormWords.Label(field, language);
        var body = new List<JsonNode> { Heading(FormWords.Heading(language)) };
        // Each problem stands under the field it is about, where the eye is when fixing it; the few that belong to no
        // one field (the whole form too large) stay under the heading.
        var unplaced = problems.ToList();
        void Add(JsonObject input, params string[] fields)
        {
            body.Add(input);
            foreach (var problem in unplaced.Where(p => fields.Contains(p.Field)).ToList())
            {
                body.Add(Text(problem.Message, color: CardColors.Caution, spacing: "None"));
                unplaced.Remove(problem);
            }
        }
        var top = body.Count;
        Add(TextInput(RegistrationFields.Organization, Label(Field.ActingFor), prefill?.Organization ?? rememberedOrganization,
            placeholder: FormWords.OrganizationExample(language)), RegistrationFields.Organization);
        Add(ChoiceInput(RegistrationFields.Kind, Label(Field.Kind), OutreachWords.Kinds.Select(k => (OutreachTermWords.Kind(k, language), ChoiceValue(k))),
            prefill?.Kind is { } kind ? ChoiceValue(kind) : null, style: "compact", placeholder: FormWords.ChooseKind(language)), RegistrationFields.Kind);
        var (first, more) = SplitCountries(prefill?.CountryNames ?? [], countries);
        // An empty choice set is invalid; without a list every state goes into the free-text field.
        if (countries.Count > 0)
            body.Add(ChoiceInput(RegistrationFields.Countries, Label(Field.State), StateChoices(countries, language), first,
                style: "filtered", placeholder: FormWords.TypeAState(language)));
        Add(TextInput(CardData.MoreCountries, Label(Field.MoreStates), more, placeholder: FormWords.StatesExample(language)),
            RegistrationFields.Countries, regions.Count > 0 ? "" : RegistrationFields.Region);
        if (regions.Count > 0)
            Add(ChoiceInput(RegistrationFields.Region, Label(Field.Region), regions.Select(r => (PlaceNames.Region(r, language), r)),
                regions.FirstOrDefault(r => string.Equals(r, prefill?.RegionName, StringComparison.OrdinalIgnoreCase)),
                style: "compact", placeholder: FormWords.NoRegion(language)), RegistrationFields.Region);
        Add(DateInput(RegistrationFields.Start, Label(Field.From), prefill?.Start), RegistrationFields.Start);
        Add(DateInput(RegistrationFields.End, FormWords.Optional(Label(Field.To), language), prefill?.End), RegistrationFields.End, RegistrationFields.Dates);
        Add(ChoiceInput(RegistrationFields.Topics, Label(Field.Topics), OutreachWords.Topics.Select(t => (OutreachTermWords.Topic(t, language), ChoiceValue(t))),
            prefill is { Topics.Count: > 0 } ? string.Join(",", prefill.Topics.Select(t => ChoiceValue(t))) : null,
            style: "expanded", multiSelect: true), RegistrationFields.Topics);
        Add(TextInput(RegistrationFields.Partners, FormWords.Optional(Label(Field.Partners), language), prefill?.Partners,
            placeholder: FormWords.PartnersExample(language)), RegistrationFields.Partners);
        Add(new JsonObject
        {
            ["type"] = "Input.Toggle", ["id"] = RegistrationFields.Restricted, ["label"] = Label(Field.Visibility),
            ["title"] = FormWords.RestrictedChoice(language),
            ["valueOn"] = "true", ["valueOff"] = "false", ["value"] = prefill?.Restricted == true ? "true" : "false",
        }, RegistrationFields.Restricted);
        Add(TextInput(RegistrationFields.Notes, FormWords.Optional(Label(Field.Notes), language), prefill?.Notes, multiline: true), RegistrationFields.Notes);
        body.InsertRange(top, ProblemLines(problems.Count, unplaced, language));

        return Card(FormFallback(problems, language), body, [ExecuteButton(FormWords.Register(language), CardData.RegisterVerb, new JsonObject())]);
    }

    /// <summary>
    /// The states to pick from: those outside the treaty first (signatories, then the others), the outreach's usual
    /// targets, then the States Parties; each in the language's alphabetical order and named with its status. The value
    /// is the code the bot reads back.
    /// </summary>
    internal static IEnumerable<(string Name, string Iso3)> StateChoices(IEnumerable<Country> countries, Language language)
    {
        var order = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);
        return countries
            .Select(c => (Country: c, Name: PlaceNames.State(c, language)))
            .OrderBy(c => c.Country.Status switch { TreatyStatus.Signatory => 0, TreatyStatus.Party => 2, _ => 1 })
            .ThenBy(c => c.Name, order)
            .Select(c => (FormWords.StateChoice(c.Name, c.Country.Status, language), c.Country.Iso3));
    }

    /// <summary>Under the heading: how many things to fix (each is marked under its field), and those that belong to no field.</summary>
    private static IEnumerable<JsonNode> ProblemLines(int count, IReadOnlyList<RegistrationProblem> unplaced, Language language)
    {
        if (count == 0)
            yield break;
        yield return Text(FormWords.FixBelow(count, language), weight: "Bolder", color: CardColors.Caution);
        foreach (var problem in unplaced)
            yield return Text($"• {problem.Message}", color: CardColors.Caution, spacing: "None");
    }

    private static string FormFallback(IReadOnlyList<RegistrationProblem> problems, Language language)
    {
        var fix = problems.Count == 0 ? "" : $"{Words.PleaseFix(language)}{string.Join(" ", problems.Select(p => p.Message))} ";
        return fix + FormWords.InOneLine(FormWords.OneLineExample(language), language);
    }

    /// <summary>
    /// The list can preselect one state only, and only by code: the first name goes there when it is an exact ISO3 code,
    /// every other name stays as typed in the free-text field, for the bot to resolve (and ask about) on submit.
    /// </summary>
    private static (string? First, string? More) SplitCountries(IReadOnlyList<string> names, IReadOnlyList<Country> countries)
    {
        if (names.Count == 0)
            return (null, null);
        var first = countries.Any(c => c.Iso3 == names[0]) ? names[0] : null;
        var rest = first is null ? names : names.Skip(1);
        var more = string.Join(", ", rest);
        return (first, more.Length == 0 ? null : more);
    }

    /// <summary>Choice values are the lower-case enum names, which OutreachWords.ParseKind/ParseTopic read back.</summary>
    private static string ChoiceValue<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static JsonObject TextInput(string id, string label, string? value, string? placeholder = null, bool multiline = false)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label };
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (multiline) input["isMultiline"] = true;
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    private static JsonObject ChoiceInput(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value,
        string style, string? placeholder = null, bool multiSelect = false)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label, ["style"] = style,
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (multiSelect) input["isMultiSelect"] = true;
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (value is not null) input["value"] = value;
        return input;
    }

    private static JsonObject DateInput(string id, string label, DateOnly? value)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label };
        if (value is { } date) input["value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return input;
    }
}
