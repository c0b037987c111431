namespace AttBot.Domain.Outreach;

/// <summary>
/// How much outreach is planned for a state in the coming days, for the status card, and how much after them: "nothing
/// in the next 90 days" must not read as "nothing planned" when visits are planned for the month after.
/// </summary>
public sealed record PlannedOutreach(int Count, DateOnly? NextStart, int Days, int Later = 0, DateOnly? FirstLater = null);

/// <summary>Outreach planned in a region in the coming days: how many registrations and states, never who, so it is the same for everyone.</summary>
public sealed record RegionOutreach(int Plans, int States, DateOnly? NextStart, int Days);
