using System.Text;
using AttBot.Domain.Reports;

namespace AttBot.Domain.Tests.Reports;

/// <summary>RFC 5545's content lines as every AttBot calendar writes them: CRLF, folded at 75 octets, TEXT escaped.</summary>
public sealed class IcsWriterTests
{
    private static string[] Lines(string ics) => ics.Split("\r\n");

    private static string Unfolded(string ics) => ics.Replace("\r\n ", "");

    [Fact]
    public void Every_line_ends_in_CRLF_and_no_bare_line_feed_or_carriage_return_is_left()
    {
        var ics = new IcsWriter().Line("BEGIN:VCALENDAR").Text("DESCRIPTION", "one\ntwo\r\nthree\rfour").Line("END:VCALENDAR").ToString();

        Assert.EndsWith("\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        Assert.DoesNotContain("\r", ics.Replace("\r\n", ""));
        Assert.Equal("DESCRIPTION:one\\ntwo\\nthree\\nfour", Lines(ics)[1]);
    }

    [Theory]
    [InlineData("a,b", "a\\,b")]
    [InlineData("a;b", "a\\;b")]
    [InlineData("C:\\temp", "C:\\\\temp")]
    [InlineData("line\nbreak", "line\\nbreak")]
    [InlineData("\\n typed as such", "\\\\n typed as such")]
    [InlineData("Côte d'Ivoire: \"quoted\"", "Côte d'Ivoire: \"quoted\"")]
    public void Text_escapes_backslash_semicolon_comma_and_line_breaks_and_nothing_else(string value, string escaped) =>
        Assert.Equal(escaped, IcsWriter.Escape(value));

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded_and_one_of_76_is()
    {
        Assert.Single(Lines(new IcsWriter().Line(new string('x', 75)).ToString()), l => l.Length > 0);
        var folded = Lines(new IcsWriter().Line(new string('x', 76)).ToString());
        Assert.Equal([new string('x', 75), " x", ""], folded);
    }

    [Theory]
    [InlineData("é")]   // 2 octets in UTF-8
    [InlineData("越")]  // 3 octets
    [InlineData("🌍")]  // 4 octets, a surrogate pair in .NET
    public void Folding_counts_UTF8_octets_and_never_splits_a_character(string character)
    {
        var value = "Côte d'Ivoire, São Tomé " + string.Concat(Enumerable.Repeat(character, 80));
        var ics = new IcsWriter().Text("SUMMARY", value).ToString();

        foreach (var line in Lines(ics))
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75);
            // A split character would leave a lone surrogate or a replacement character after a round trip through UTF-8.
            Assert.Equal(line, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(line)));
        }
        Assert.True(Lines(ics).Length > 3);
        Assert.Equal("SUMMARY:" + IcsWriter.Escape(value) + "\r\n", Unfolded(ics));
    }

    [Fact]
    public void Dates_are_all_day_values_and_stamps_are_UTC()
    {
        var ics = new IcsWriter()
            .Date("DTSTART", new DateOnly(2027, 3, 10))
            .Stamp("DTSTAMP", new DateTimeOffset(2026, 11, 24, 9, 30, 5, TimeSpan.FromHours(1)))
            .ToString();

        Assert.Equal(["DTSTART;VALUE=DATE:20270310", "DTSTAMP:20261124T083005Z", ""], Lines(ics));
    }
}
