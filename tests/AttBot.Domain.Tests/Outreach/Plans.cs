using System.Globalization;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Tests.Outreach;

/// <summary>Small builders for outreach tests: dates as the user types them, plans with only what a test varies.</summary>
internal static class Plans
{
    public static readonly Organizer Alice = new("msteams", "29:alice", "Alice (Ghana)");
    public static readonly Organizer Bob = new("msteams", "29:bob", "Bob (Control Arms)");

    public static DateOnly D(string yyyyMmDd) => DateOnly.ParseExact(yyyyMmDd, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateWindow W(string start, string? end = null) => new(D(start), end is null ? null : D(end));

    public static OutreachPlan Plan(
        long id,
        DateWindow window,
        Organizer? organizer = null,
        IReadOnlyList<string>? countries = null,
        OutreachState state = OutreachState.Planned,
        Visibility visibility = Visibility.Shared,
        string organization = "Ghana") => new()
        {
            Id = id,
            Organizer = organizer ?? Alice,
            Organization = organization,
            Countries = countries ?? ["TON"],
            Kind = OutreachKind.Bilateral,
            Window = window,
            State = state,
            Visibility = visibility,
        };
}
