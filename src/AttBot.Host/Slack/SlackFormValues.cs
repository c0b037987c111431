using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Outreach;
using AttBot.Slack.Payloads;

namespace AttBot.Host.Slack;

/// <summary>
/// The registration modal's state as the form data the Teams card sends (field name → text), so that one reader,
/// RegistrationFormValues, turns both into a registration request with the same checks and the same messages.
/// </summary>
public static class SlackFormValues
{
    public static JsonObject ToFormData(SlackView view)
    {
        var data = new JsonObject();
        var values = view.State?.Values ?? [];
        var countries = new List<string>();
        foreach (var (blockId, actions) in values)
        {
            if (!actions.TryGetValue(SlackModals.Value, out var input))
                continue;
            if (blockId.StartsWith(SlackModals.CountriesPrefix, StringComparison.Ordinal))
            {
                countries.AddRange(Selected(input));
                continue;
            }
            var text = blockId == RegistrationFields.Restricted
                ? (input.SelectedOptions is { Count: > 0 } ? "true" : "false")
                : input.SelectedDate ?? input.SelectedOption?.Value ?? (input.SelectedOptions is not null ? string.Join(",", Selected(input)) : input.Value);
            if (text is not null)
                data[blockId] = text;
        }
        if (countries.Count > 0)
            data[RegistrationFields.Countries] = string.Join(",", countries);
        return data;
    }

    private static IEnumerable<string> Selected(SlackInputValue input) =>
        (input.SelectedOptions ?? []).Select(o => o.Value).OfType<string>();
}
