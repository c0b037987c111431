using System.Globalization;
using System.Text;

namespace AttBot.Domain.Reports;

/// <summary>
/// The rules of RFC 5545 that every calendar AttBot writes follows, in one place: content lines end in CRLF and fold
/// at 75 octets (UTF-8 octets, never inside a character), continuing with a space (§3.1); TEXT values escape
/// backslash, semicolon, comma and line breaks (§3.3.11); dates are YYYYMMDD and stamps UTC (§3.3.4, §3.3.5).
/// </summary>
public sealed class IcsWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _ics = new();

    /// <summary>A property whose value is written as given: "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270310".</summary>
    public IcsWriter Line(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                _ics.Append("\r\n ");
                octets = 1; // the space that marks a continuation counts
            }
            _ics.Append(rune.ToString());
            octets += size;
        }
        _ics.Append("\r\n");
        return this;
    }

    /// <summary>A TEXT property: "SUMMARY:Bilateral\, planned".</summary>
    public IcsWriter Text(string name, string value) => Line($"{name}:{Escape(value)}");

    /// <summary>The start of every calendar AttBot publishes (the export's file and the subscription feed alike).</summary>
    public static IcsWriter Calendar(string name) => new IcsWriter()
        .Line("BEGIN:VCALENDAR")
        .Line("VERSION:2.0")
        .Line("PRODID:-//ATT Secretariat//AttBot//EN")
        .Line("CALSCALE:GREGORIAN")
        .Line("METHOD:PUBLISH")
        .Text("X-WR-CALNAME", name);

    /// <summary>An all-day date: "DTSTART;VALUE=DATE:20270310".</summary>
    public IcsWriter Date(string name, DateOnly date) => Line($"{name};VALUE=DATE:{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");

    /// <summary>A moment in UTC: "DTSTAMP:20261124T080000Z".</summary>
    public IcsWriter Stamp(string name, DateTimeOffset moment) =>
        Line($"{name}:{moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");

    public static string Escape(string value) => value
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    public override string ToString() => _ics.ToString();
}
