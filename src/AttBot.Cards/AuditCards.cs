using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.Domain.Audit;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>The audit trail as the Secretariat reads it: one line per change, newest last.</summary>
public static class AuditCards
{
    public const int MaxShown = 30;

    public static JsonObject History(string title, IReadOnlyList<AuditEntry> entries)
    {
        var shown = entries.TakeLast(MaxShown).ToList();
        var body = new List<JsonNode> { Heading(title) };
        if (entries.Count == 0)
            body.Add(Text("Nothing has been recorded yet."));
        if (entries.Count > shown.Count)
            body.Add(Text($"The latest {shown.Count} of {entries.Count} changes:", subtle: true));
        foreach (var entry in shown)
        {
            body.Add(Text($"**{entry.At.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC** · {entry.Actor.Name} ({entry.Actor.ChannelId}) · {Describe(entry.Action)} {entry.SubjectId}",
                separator: true, spacing: "Small"));
            if (Change(entry) is { Length: > 0 } change)
                body.Add(Text(change, size: "Small", subtle: true, spacing: "None"));
        }
        return Card($"{title}: {entries.Count} recorded changes.", body);
    }

    internal static string Describe(string action) => action switch
    {
        "outreach.registered" => "registered",
        "outreach.moved" => "moved",
        "outreach.cancelled" => "cancelled",
        "outreach.done" => "recorded as done",
        "conflict.settled" => "settled possible duplication",
        "alerts.subscribed" => "subscribed to alerts:",
        "alerts.unsubscribed" => "unsubscribed from alerts:",
        "profile.organization" => "changed organization of",
        "status.changed" => "set the treaty status of",
        "status.imported" => "imported the treaty status of",
        _ => action,
    };

    /// <summary>"First day: 10 March 2027 → 1 April 2027; Last day: …", or the values registered, in the reader's words.</summary>
    internal static string Change(AuditEntry entry)
    {
        var before = Flatten(entry.Before);
        var after = Flatten(entry.After);
        var keys = before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k));
        var parts = keys.Select(k => before.ContainsKey(k) && entry.Before is not null
            ? $"{Label(k)}: {Value(k, before.GetValueOrDefault(k))} → {Value(k, after.GetValueOrDefault(k))}"
            : $"{Label(k)}: {Value(k, after.GetValueOrDefault(k))}");
        var text = string.Join("; ", parts);
        return text.Length <= 400 ? text : text[..400] + "…";
    }

    /// <summary>What the stored field is called for a reader: never the store's own name for it.</summary>
    private static string Label(string field) => field switch
    {
        "start" or "starts_on" => "First day",
        "end" or "ends_on" => "Last day",
        "countries" or "states" => "States",
        "kind" => "Kind of outreach",
        "organization" => "On behalf of",
        "restricted" => "Visibility",
        "partners" => "With",
        "state" => "Stage",
        "iso3" => "State",
        _ => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..].Replace('_', ' '),
    };

    private static string Value(string field, string? value) => (field, value) switch
    {
        (_, null) => "—",
        ("restricted", "true") => "Restricted",
        ("restricted", "false") => "Shared with all AttBot users",
        ("resolution", "coordinated") => "Coordinated",
        ("resolution", "not_a_conflict") => "Not a duplication",
        _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Domain.Treaty.StatusWording.Date(date),
        _ => value,
    };

    private static Dictionary<string, string?> Flatten(string? json)
    {
        if (json is null || JsonNode.Parse(json) is not JsonObject obj)
            return [];
        return obj.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => (string?)(kv.Value!.GetValueKind() switch
        {
            JsonValueKind.String => kv.Value.GetValue<string>(),
            JsonValueKind.Array => string.Join(", ", kv.Value.AsArray().Select(v => v?.ToString())),
            _ => kv.Value.ToJsonString(),
        }));
    }
}
