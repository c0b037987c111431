using AttBot.Data.Import;
using AttBot.Domain.Treaty;

namespace AttBot.Data.Tests;

/// <summary>Reading the depositary's status table, from the UNTC page saved as HTML or from CSV.</summary>
public sealed class DepositaryTableTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    [Fact]
    public void The_saved_UNTC_page_gives_every_participant_with_dates_kinds_and_footnotes_stripped()
    {
        var (rows, problems) = DepositaryTable.Read(Fixture("untc-xxvi-8.html"));

        Assert.Equal(["Afghanistan", "Albania", "Denmark", "Japan", "Malaysia", "Tonga"], rows.Select(r => r.Participant));
        Assert.Equal(new DepositaryRow(23, "Afghanistan", null, new DateOnly(2020, 7, 29), ConsentKind.Accession), rows[0]);
        Assert.Equal(new DepositaryRow(29, "Albania", new DateOnly(2013, 6, 3), new DateOnly(2014, 3, 19), ConsentKind.Ratification), rows[1]);
        Assert.Equal(ConsentKind.Approval, rows[2].Kind);   // "AA"; the provisional application column ("n") is not the instrument
        Assert.Equal(new DateOnly(2014, 4, 2), rows[2].Deposit);
        Assert.Equal(ConsentKind.Acceptance, rows[3].Kind); // "A"
        var vietNam = Assert.Single(problems);
        Assert.Equal(59, vietNam.Line);
        Assert.Contains("Viet Nam", vietNam.Message);
        Assert.Contains("sometime in 2013", vietNam.Message);
    }

    [Fact]
    public void The_same_columns_as_CSV_are_read_with_their_line_numbers()
    {
        var csv = """
            Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a)"
            Tonga,,2 Mar 2026 a
            Denmark 1,3 Jun 2013,2 Apr 2014 AA
            Malaysia,26 Sep 2013,2026-01-15
            ,3 Jun 2013,
            Fiji,3 Jun 2013,2 Apr 2014 x
            """;
        var (rows, problems) = DepositaryTable.Read(csv);

        Assert.Equal([("Tonga", 2), ("Denmark", 3), ("Malaysia", 4)], rows.Select(r => (r.Participant, r.Line)));
        Assert.Equal(ConsentKind.Accession, rows[0].Kind);
        Assert.Equal(new DateOnly(2026, 1, 15), rows[2].Deposit);
        Assert.Equal([5, 6], problems.Select(p => p.Line));
        Assert.Contains("name is empty", problems[0].Message);
        Assert.Contains("2 Apr 2014 x", problems[1].Message);
    }

    [Fact]
    public void The_page_says_which_day_it_shows_the_status_as_at()
    {
        Assert.Equal(new DateOnly(2026, 2, 3), DepositaryTable.StatusAsAt(Fixture("untc-xxvi-8.html")));
        Assert.Null(DepositaryTable.StatusAsAt("Participant,Signature,Ratification\nTonga,,2 Mar 2026 a"));
    }

    [Theory]
    [InlineData("Name,Date\nTonga,2 Mar 2026")]
    [InlineData("<html><body><table><tr><td>Name</td></tr></table></body></html>")]
    [InlineData("")]
    public void A_file_without_the_columns_is_refused_whole(string text)
    {
        var (rows, problems) = DepositaryTable.Read(text);
        Assert.Empty(rows);
        Assert.Single(problems);
    }
}
