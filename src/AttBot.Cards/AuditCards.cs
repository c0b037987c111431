using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.Domain.Audit;
using AttBot.Domain.Language;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>The audit trail as the Secretariat reads it: one sentence per change, newest last, in the reader's language.</summary>
public static class AuditCards
{
    public const int MaxShown = 30;

    /// <param name="subject">A registration's id ("OR-0042") or a state's ISO3 code, named by <paramref name="name"/>.</param>
    /// <param name="name">A state's name from its ISO3 code in the reader's language; anything else comes back as it is.</param>
    public static JsonObject History(string subject, IReadOnlyList<AuditEntry> entries, Language language = Language.English, Func<string, string>? name = null)
    {
        name ??= code => code;
        var title = AuditWords.Title(name(subject), language);
        var shown = entries.TakeLast(MaxShown).ToList();
        var body = new List<JsonNode> { Heading(title) };
        if (entries.Count == 0)
            body.Add(Text(AuditWords.NothingRecorded(language)));
        if (entries.Count > shown.Count)
            body.Add(Text(AuditWords.Latest(shown.Count, entries.Count, language), subtle: true));
        foreach (var entry in shown)
        {
            body.Add(Text(Sentence(entry, language, name), separator: true, spacing: "Small"));
            if (Change(entry, language, name) is { Length: > 0 } change)
                body.Add(Text(change, size: "Small", subtle: true, spacing: "None"));
        }
        return Card(AuditWords.CardSummary(title, entries.Count, language), body);
    }

    /// <summary>"On 18 March 2026 at 14:05 UTC, Ana Lopez (Teams) registered OR-0042." The same sentence on Teams and Slack.</summary>
    public static string Sentence(AuditEntry entry, Language language, Func<string, string> name) =>
        AuditWords.Entry(entry.At, entry.Actor.Name, Channel(entry.Actor.ChannelId), AuditWords.Did(entry.Action, name(entry.SubjectId), language), language);

    /// <summary>The channel as its users call it; an unknown one by its id.</summary>
    private static string Channel(string channelId) => channelId switch
    {
        "msteams" => "Teams",
        "slack" => "Slack",
        _ => channelId,
    };

    /// <summary>"First day: 10 March 2027 → 1 April 2027; Last day: …", or the values registered, in the reader's words.</summary>
    public static string Change(AuditEntry entry, Language language, Func<string, string> name)
    {
        var before = Flatten(entry.Before);
        var after = Flatten(entry.After);
        var keys = before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k));
        var parts = keys.Select(k => before.ContainsKey(k) && entry.Before is not null
            ? AuditWords.Changed(AuditWords.Field(k, language), Value(k, before.GetValueOrDefault(k), language, name), Value(k, after.GetValueOrDefault(k), language, name), language)
            : AuditWords.Recorded(AuditWords.Field(k, language), Value(k, after.GetValueOrDefault(k), language, name), language));
        var text = string.Join("; ", parts);
        return text.Length <= 400 ? text : text[..400] + "…";
    }

    private static string Value(string field, string? value, Language language, Func<string, string> name) => (field, value) switch
    {
        (_, null) => "—",
        ("countries" or "states" or "iso3", _) => string.Join(", ", value.Split(", ").Select(name)),
        _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Formats.Date(date, language),
        _ => AuditWords.Value(field, value, language),
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
