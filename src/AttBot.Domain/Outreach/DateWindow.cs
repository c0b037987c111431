using AttBot.Domain.Treaty;

namespace AttBot.Domain.Outreach;

/// <summary>The days an outreach takes place, both ends included. A one-day event has Start == End.</summary>
public sealed record DateWindow
{
    public DateWindow(DateOnly start, DateOnly? end = null)
    {
        var last = end ?? start;
        if (last < start)
            throw new ArgumentException($"The window ends ({last:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        Start = start;
        End = last;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Whole days between the two windows: 0 when they overlap or touch (one ends the day before the other starts).</summary>
    public int GapInDaysTo(DateWindow other)
    {
        var gap = Math.Max(other.Start.DayNumber - End.DayNumber, Start.DayNumber - other.End.DayNumber) - 1;
        return Math.Max(0, gap);
    }

    public bool Overlaps(DateWindow other) => Start <= other.End && other.Start <= End;

    /// <summary>"10–12 March 2027", "30 March – 2 April 2027", "5 May 2027".</summary>
    public override string ToString()
    {
        if (Start == End)
            return StatusWording.Date(Start);
        if (Start.Year == End.Year && Start.Month == End.Month)
            return $"{Start.Day}–{StatusWording.Date(End)}";
        if (Start.Year == End.Year)
            return $"{Start.Day} {Start.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture)} – {StatusWording.Date(End)}";
        return $"{StatusWording.Date(Start)} – {StatusWording.Date(End)}";
    }
}
