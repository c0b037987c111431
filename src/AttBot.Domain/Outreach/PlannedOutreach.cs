namespace AttBot.Domain.Outreach;

/// <summary>How much outreach is planned for a state in the coming days, for the status card.</summary>
public sealed record PlannedOutreach(int Count, DateOnly? NextStart, int Days);
