using AttBot.Data.Seed;
using AttBot.Domain.Treaty;

namespace AttBot.Data.Tests;

public sealed class StatusTableTests
{
    private const string Header = "iso3,iso2,m49,name_un,name_untc,region,subregion,intermediate_region,un_regional_group,att_status,signature_date,consent_date,consent_type,entry_into_force_date,notes";

    [Fact]
    public void Quoted_fields_keep_their_commas_and_quotes()
    {
        var csv = Header + "\n" +
            "BEL,BE,056,Belgium,Belgium,Europe,Western Europe,,Western European and other States,party,2013-06-03,2014-06-03,ratification,2014-12-24,\"declaration: regions, \"\"Walloon\"\" too\"\n";
        var belgium = Assert.Single(StatusTable.Read(new StringReader(csv)));

        Assert.Equal("declaration: regions, \"Walloon\" too", belgium.Notes);
        Assert.Equal(ConsentKind.Ratification, belgium.ConsentKind);
        Assert.Null(belgium.IntermediateRegion);
    }

    [Theory]
    [InlineData("XXX,XX,000,X,X,Asia,Asia,,G,member,,,,,", "Line 2: att_status must be party, signatory or none, not 'member'.")]
    [InlineData("XXX,XX,000,X,X,Asia,Asia,,G,party,2013-02-30,,,,", "Line 2: signature_date '2013-02-30' is not a date (YYYY-MM-DD).")]
    [InlineData("XXX,XX,000,X,X,Asia,Asia,,G,party", "Line 2: expected 15 fields, found 10.")]
    [InlineData(",XX,000,X,X,Asia,Asia,,G,party,,,,,", "Line 2: iso3 is empty.")]
    [InlineData("XXX,XX,000,X,X,Asia,Asia,,G,party,,2014-01-01,signature,,", "Line 2: consent_type must be ratification, acceptance, approval or accession, not 'signature'.")]
    public void Malformed_rows_are_refused_with_their_line_number(string row, string message)
    {
        var error = Assert.Throws<FormatException>(() => StatusTable.Read(new StringReader(Header + "\n" + row + "\n")));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_wrong_header_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => StatusTable.Read(new StringReader("country,status\nX,party\n")));
        Assert.StartsWith("Line 1: expected the header", error.Message);
    }

    [Fact]
    public void The_seed_has_every_state_once()
    {
        var seed = StatusTable.ReadSeed();
        Assert.Equal(196, seed.Count);
        Assert.Equal(196, seed.Select(c => c.Iso3).Distinct().Count());
        Assert.Equal(196, seed.Select(c => c.Name).Distinct().Count());
    }
}
