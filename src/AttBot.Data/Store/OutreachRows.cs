using System.Globalization;
using AttBot.Domain.Outreach;

namespace AttBot.Data.Store;

/// <summary>How outreach values are written in SQLite: ISO dates and lower-case codes, readable in a SQLite shell.</summary>
internal static class Codes
{
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static DateOnly Date(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
    public static DateTimeOffset Time(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string Of<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
    public static T Parse<T>(string code) where T : struct, Enum => Enum.Parse<T>(code, ignoreCase: true);

    public static string Of(ConflictKind kind) => kind == ConflictKind.AlreadyRegistered ? "already_registered" : "possible_duplication";
    public static ConflictKind ConflictKindOf(string code) => code == "already_registered" ? ConflictKind.AlreadyRegistered : ConflictKind.PossibleDuplication;

    public static string Topics(IEnumerable<OutreachTopic> topics) => string.Join(',', topics.Select(Of));
    public static IReadOnlyList<OutreachTopic> Topics(string codes) =>
        codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Parse<OutreachTopic>).ToList();
}

/// <summary>One row of the outreach table.</summary>
internal sealed class OutreachRow
{
    public const string Columns = """
        id AS Id, organizer_channel AS OrganizerChannel, organizer_user_id AS OrganizerUserId, organizer_name AS OrganizerName,
        organizer_conversation_id AS OrganizerConversationId, organization AS Organization, region AS Region, kind AS Kind,
        starts_on AS StartsOn, ends_on AS EndsOn, topics AS Topics, partners AS Partners, visibility AS Visibility, notes AS Notes,
        state AS State, outcome AS Outcome, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public long Id { get; set; }
    public string OrganizerChannel { get; set; } = "";
    public string OrganizerUserId { get; set; } = "";
    public string OrganizerName { get; set; } = "";
    public string? OrganizerConversationId { get; set; }
    public string Organization { get; set; } = "";
    public string? Region { get; set; }
    public string Kind { get; set; } = "";
    public string StartsOn { get; set; } = "";
    public string EndsOn { get; set; } = "";
    public string Topics { get; set; } = "";
    public string? Partners { get; set; }
    public string Visibility { get; set; } = "";
    public string? Notes { get; set; }
    public string State { get; set; } = "";
    public string? Outcome { get; set; }
    public string CreatedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";

    public OutreachPlan ToPlan(IReadOnlyList<string> countries) => new()
    {
        Id = Id,
        Organizer = new Organizer(OrganizerChannel, OrganizerUserId, OrganizerName),
        Organization = Organization,
        Countries = countries,
        Region = Region,
        Kind = Codes.Parse<OutreachKind>(Kind),
        Window = new DateWindow(Codes.Date(StartsOn), Codes.Date(EndsOn)),
        Topics = Codes.Topics(Topics),
        Partners = Partners,
        Visibility = Codes.Parse<Visibility>(Visibility),
        Notes = Notes,
        State = Codes.Parse<OutreachState>(State),
        Outcome = Outcome,
        CreatedAt = Codes.Time(CreatedAt),
        UpdatedAt = Codes.Time(UpdatedAt),
    };
}
