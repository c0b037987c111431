using AttBot.Domain.Countries;
using AttBot.Domain.Tests.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Tests.Treaty;

public sealed class StatusDiffTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    /// <summary>Ecuador acceded after the seed's source page was captured; the seed has no deposit date for it.</summary>
    private static readonly DateOnly EcuadorDeposit = new(2026, 3, 10);

    /// <summary>The seed as the depositary would list it: every signatory and party, one row each.</summary>
    private static List<DepositaryRow> SeedAsRows() => SeedCountries.All.Where(c => c.Status != TreatyStatus.None)
        .Select((c, i) => new DepositaryRow(i + 2, c.UntcName, c.SignatureDate, c.Iso3 == "ECU" ? EcuadorDeposit : c.ConsentDate, c.ConsentKind)).ToList();

    private static StatusDiff Diff(List<DepositaryRow> rows, params ImportProblem[] readProblems) =>
        StatusDiff.Compute(rows, readProblems, SeedCountries.All, SeedCountries.Resolver, Today);

    [Fact]
    public void The_seed_compared_with_itself_changes_only_the_deposit_date_it_lacks()
    {
        var diff = Diff(SeedAsRows());
        var ecuador = Assert.Single(diff.Changed);
        Assert.Equal(("Ecuador", null, EcuadorDeposit), (ecuador.Name, ecuador.Before.ConsentDate, ecuador.After.ConsentDate));
        Assert.Empty(diff.Problems);
        Assert.Empty(diff.NotListed);
        Assert.Equal(142, diff.Unchanged);
    }

    [Fact]
    public void New_participants_are_added_and_new_instruments_are_changes_with_before_and_after()
    {
        var rows = SeedAsRows();
        rows.Add(new DepositaryRow(200, "Tonga", null, new DateOnly(2026, 3, 2), ConsentKind.Accession));
        var malaysia = rows.FindIndex(r => r.Participant == "Malaysia");
        rows[malaysia] = rows[malaysia] with { Deposit = new DateOnly(2026, 1, 15), Kind = ConsentKind.Ratification };

        var diff = Diff(rows);

        var added = Assert.Single(diff.Added);
        Assert.Equal(("Tonga", TreatyStatus.None, TreatyStatus.Party), (added.Name, added.Before.Status, added.After.Status));
        Assert.Equal(new DateOnly(2026, 5, 31), added.After.EntryIntoForce);
        var changed = Assert.Single(diff.Changed, u => u.Name != "Ecuador");
        Assert.Equal(("Malaysia", TreatyStatus.Signatory, TreatyStatus.Party), (changed.Name, changed.Before.Status, changed.After.Status));
        Assert.Equal(141, diff.Unchanged);
    }

    [Fact]
    public void Unknown_participants_impossible_rows_and_duplicates_are_refused_with_their_line()
    {
        var rows = SeedAsRows();
        rows.Add(new DepositaryRow(300, "Atlantis", new DateOnly(2013, 6, 3), null, null));
        rows.Add(new DepositaryRow(301, "Tonga", new DateOnly(2019, 6, 3), null, null));
        rows.Add(new DepositaryRow(302, "France", new DateOnly(2013, 6, 3), new DateOnly(2014, 4, 2), ConsentKind.Ratification));

        var diff = Diff(rows, new ImportProblem(7, "read problem"));

        Assert.Equal([7, 300, 301, 302], diff.Problems.Select(p => p.Line));
        Assert.Contains("Atlantis", diff.Problems[1].Message);
        Assert.Contains("open for signature", diff.Problems[2].Message);
        Assert.Contains("listed twice", diff.Problems[3].Message);
        Assert.Equal(["Ecuador"], diff.Updates.Select(u => u.Name));
    }

    [Fact]
    public void States_missing_from_the_file_are_reported_and_left_alone()
    {
        var rows = SeedAsRows().Where(r => r.Participant != "Malaysia").ToList();
        var diff = Diff(rows);
        Assert.Equal(["Malaysia"], diff.NotListed);
        Assert.DoesNotContain(diff.Updates, u => u.Name == "Malaysia");
    }
}
