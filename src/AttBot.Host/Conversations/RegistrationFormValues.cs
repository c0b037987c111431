using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Host.Conversations;

/// <summary>
/// Reads the registration form's input values into a request, with the same checks and messages for every channel: the
/// Teams card's Action.Execute data, the Slack modal (SlackFormValues) and a form's "Register anyway" (FormAnyway).
/// </summary>
public static class RegistrationFormValues
{
    /// <param name="language">The language the reader is told what to fix in.</param>
    public static (RegistrationRequest Request, List<RegistrationProblem> Problems) Read(JsonNode? data, Lang language = Lang.English)
    {
        var problems = new List<RegistrationProblem>();
        // The counts first, before any name is split or looked up: a forged form of thousands of fields costs nothing.
        if (data is JsonObject { Count: > InputLimits.FormFields })
            return (new RegistrationRequest(), [RegistrationRules.FormTooLarge(language)]);
        string? Value(string key)
        {
            if (data is not JsonObject o || !o.TryGetPropertyValue(key, out var n) || n?.GetValueKind() != JsonValueKind.String)
                return null;
            var text = FreeText.Clean(n.GetValue<string>()).Trim();
            if (text.Length > InputLimits.FormFieldText)
            {
                problems.Add(RegistrationRules.FieldTooLong(key == CardData.MoreCountries ? RegistrationFields.Countries : key, text.Length, language));
                return null;
            }
            return text.Length > 0 ? text : null;
        }

        var kindText = Value(RegistrationFields.Kind);
        var kind = kindText is null ? null : OutreachWords.ParseKind(kindText);
        if (kindText is not null && kind is null)
            problems.Add(new(RegistrationFields.Kind, RegistrationSentences.UnknownKind(kindText, language)));

        var countries = new List<string>();
        if (Value(RegistrationFields.Countries) is { } picked)
            countries.AddRange(picked.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (Value(CardData.MoreCountries) is { } more)
            countries.AddRange(more.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (countries.Count > RegistrationRules.MaxCountries)
        {
            problems.Add(RegistrationRules.TooManyStates(countries.Count));
            countries.Clear(); // not looked up, and not echoed back into the form
        }

        var topics = new List<OutreachTopic>();
        foreach (var word in (Value(RegistrationFields.Topics) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (OutreachWords.ParseTopic(word) is { } topic)
                topics.Add(topic);
            else
                problems.Add(new(RegistrationFields.Topics, RegistrationSentences.UnknownTopics([word], language)));
        }

        var request = new RegistrationRequest
        {
            Organization = Value(RegistrationFields.Organization),
            Kind = kind,
            CountryNames = countries,
            RegionName = Value(RegistrationFields.Region),
            Start = Date(Value(RegistrationFields.Start), problems, language),
            End = Date(Value(RegistrationFields.End), problems, language),
            Topics = topics.Distinct().ToList(),
            Partners = Value(RegistrationFields.Partners),
            Restricted = string.Equals(Value(RegistrationFields.Restricted), "true", StringComparison.OrdinalIgnoreCase),
            Notes = Value(RegistrationFields.Notes),
        };
        return (request, problems);
    }

    private static DateOnly? Date(string? text, List<RegistrationProblem> problems, Lang language)
    {
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add(new(RegistrationFields.Dates, RegistrationSentences.NotADate(text, null, language)));
        return null;
    }
}
