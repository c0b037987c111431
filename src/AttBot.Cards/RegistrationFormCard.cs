using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

public static partial class OutreachCards
{
    private const string OneLineExample = "register bilateral Tonga 2027-03-10..2027-03-12 topic accession";

    /// <summary>
    /// The "register" form, refilled with what the user already gave and the problems found in it, so nothing is typed
    /// twice. No input is marked required: the bot checks the submission and answers in words, the card never blocks.
    /// </summary>
    public static JsonObject RegistrationForm(RegistrationRequest? prefill, IReadOnlyList<RegistrationProblem> problems,
        IReadOnlyList<Country> countries, IReadOnlyList<string> regions, string? rememberedOrganization)
    {
        var body = new List<JsonNode> { Heading("Register outreach") };
        body.AddRange(ProblemLines(problems));
        body.Add(TextInput(RegistrationFields.Organization, "You act for", prefill?.Organization ?? rememberedOrganization,
            placeholder: "e.g. Mexico, the EU, Control Arms, the ATT Secretariat"));
        body.Add(ChoiceInput(RegistrationFields.Kind, "Kind of outreach", OutreachWords.Kinds.Select(k => (OutreachWords.Describe(k), ChoiceValue(k))),
            prefill?.Kind is { } kind ? ChoiceValue(kind) : null, style: "compact", placeholder: "Choose"));
        var (first, more) = SplitCountries(prefill?.CountryNames ?? [], countries);
        // An empty choice set is invalid; without a list every state goes into the free-text field.
        if (countries.Count > 0)
            body.Add(ChoiceInput(RegistrationFields.Countries, "State", countries.Select(c => (c.Name, c.Iso3)), first,
                style: "filtered", placeholder: "Type a state's name"));
        body.Add(TextInput(CardData.MoreCountries, "More states (optional, comma-separated)", more, placeholder: "e.g. Fiji, Tonga"));
        if (regions.Count > 0)
            body.Add(ChoiceInput(RegistrationFields.Region, "…or a whole region (its non-party states)", regions.Select(r => (r, r)),
                regions.FirstOrDefault(r => string.Equals(r, prefill?.RegionName, StringComparison.OrdinalIgnoreCase)),
                style: "compact", placeholder: "No region"));
        body.Add(DateInput(RegistrationFields.Start, "From", prefill?.Start));
        body.Add(DateInput(RegistrationFields.End, "To (optional)", prefill?.End));
        body.Add(ChoiceInput(RegistrationFields.Topics, "Topics", OutreachWords.Topics.Select(t => (OutreachWords.Describe(t), ChoiceValue(t))),
            prefill is { Topics.Count: > 0 } ? string.Join(",", prefill.Topics.Select(t => ChoiceValue(t))) : null,
            style: "expanded", multiSelect: true));
        body.Add(TextInput(RegistrationFields.Partners, "Partners (optional)", prefill?.Partners, placeholder: "e.g. UNODA, UNRCPD"));
        body.Add(new JsonObject
        {
            ["type"] = "Input.Toggle", ["id"] = RegistrationFields.Restricted, ["label"] = "Visibility",
            ["title"] = "Restricted: only the Secretariat sees who and what",
            ["valueOn"] = "true", ["valueOff"] = "false", ["value"] = prefill?.Restricted == true ? "true" : "false",
        });
        body.Add(TextInput(RegistrationFields.Notes, "Notes (optional)", prefill?.Notes, multiline: true));

        return Card(FormFallback(problems), body, [ExecuteButton("Register", CardData.RegisterVerb, new JsonObject())]);
    }

    private static IEnumerable<JsonNode> ProblemLines(IReadOnlyList<RegistrationProblem> problems)
    {
        if (problems.Count == 0)
            yield break;
        yield return Text("Please fix:", weight: "Bolder", color: CardColors.Caution);
        foreach (var problem in problems)
            yield return Text($"• {problem.Message}", color: CardColors.Caution, spacing: "None");
    }

    private static string FormFallback(IReadOnlyList<RegistrationProblem> problems)
    {
        var fix = problems.Count == 0 ? "" : $"Please fix: {string.Join(" ", problems.Select(p => p.Message))} ";
        return $"{fix}Register outreach in one line, for example: {OneLineExample}";
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
