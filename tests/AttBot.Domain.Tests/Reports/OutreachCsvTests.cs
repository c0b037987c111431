using System.Text;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Domain.Tests.Outreach.Plans;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Tests.Reports;

public sealed class OutreachCsvTests
{
    private static string Name(string iso3) => iso3 switch { "TON" => "Tonga", "FJI" => "Fiji", _ => iso3 };

    /// <summary>An RFC 4180 reader written apart from the writer, so the test checks the file, not the writer against itself.</summary>
    private static List<List<string>> Read(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && csv[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else field.Append(c);
        }
        return rows;
    }

    [Fact]
    public void Each_registration_is_one_row_under_the_header_with_its_fields()
    {
        var plan = Plan(42, W("2027-03-10", "2027-03-12"), countries: ["FJI", "TON"]) with
        {
            Topics = [OutreachTopic.Accession, OutreachTopic.Reporting], Partners = "UNRCPD", Notes = "Meet the MFA, then parliament",
        };

        var rows = Read(OutreachCsv.Write([plan, Plan(43, W("2027-04-01"))], Name));

        Assert.Equal(OutreachCsv.Header, rows[0]);
        Assert.Equal(3, rows.Count);
        var row = rows[1].Select((value, i) => (OutreachCsv.Header[i], value)).ToDictionary();
        Assert.Equal("OR-0042", row["Registration"]);
        Assert.Equal(("2027-03-10", "2027-03-12"), (row["First day"], row["Last day"]));
        Assert.Equal("FJI TON", row["State codes"]);
        Assert.Equal("Fiji; Tonga", row["States"]);
        Assert.Equal("Ratification / accession; Reporting", row["Topics"]);
        Assert.Equal("Meet the MFA, then parliament", row["Notes"]);
        Assert.Equal("planned", row["Stage"]);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_survive_the_round_trip()
    {
        var notes = "He said \"soon\", maybe;\r\nsecond line";
        var rows = Read(OutreachCsv.Write([Plan(1, W("2027-03-10")) with { Notes = notes, Organization = "Ghana, Mission in Geneva" }], Name));

        Assert.Equal(2, rows.Count);
        Assert.Equal(notes, rows[1][OutreachCsv.Header.ToList().IndexOf("Notes")]);
        Assert.Equal("Ghana, Mission in Geneva", rows[1][OutreachCsv.Header.ToList().IndexOf("On behalf of")]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void A_field_that_a_spreadsheet_would_run_as_a_formula_is_defused(string typed)
    {
        var rows = Read(OutreachCsv.Write([Plan(1, W("2027-03-10")) with { Partners = typed }], Name));

        Assert.Equal("'" + typed, rows[1][OutreachCsv.Header.ToList().IndexOf("Partners")]);
    }

    [Theory]
    [InlineData("x;=1+1", "x;'=1+1")]
    [InlineData("x,=1+1", "x,'=1+1")]
    [InlineData("UNODA; +33 1 23", "UNODA; '+33 1 23")]
    [InlineData("a;-2;@SUM(A1)", "a;'-2;'@SUM(A1)")]
    [InlineData("  =1+1", "  '=1+1")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("UNIDIR, Small Arms Survey", "UNIDIR, Small Arms Survey")]
    public void A_formula_after_any_separator_is_defused_as_well_as_at_the_start(string typed, string written)
    {
        var rows = Read(OutreachCsv.Write([Plan(1, W("2027-03-10")) with { Partners = typed }], Name));

        Assert.Equal(written, rows[1][OutreachCsv.Header.ToList().IndexOf("Partners")]);
    }

    [Theory]
    [InlineData("x;=1+1")]
    [InlineData("a;b")]
    [InlineData("1+1")]
    [InlineData("mail@example.org")]
    [InlineData("tab\there")]
    public void A_field_holding_a_separator_or_a_trigger_anywhere_is_quoted(string typed) =>
        Assert.StartsWith("\"", OutreachCsv.Field(typed));

    [Fact]
    public void A_plain_field_is_written_as_it_is() => Assert.Equal("Ghana Mission", OutreachCsv.Field("Ghana Mission"));

    [Fact]
    public void A_French_export_reads_in_French_and_keeps_its_dates_sortable_and_its_fields_defused()
    {
        var plan = Plan(42, W("2027-03-10", "2027-03-12"), countries: ["FJI", "TON"]) with
        {
            Region = "Oceania", Topics = [OutreachTopic.Accession, OutreachTopic.Reporting], Visibility = Visibility.Restricted,
            Partners = "=HYPERLINK(\"http://evil\")", Notes = "Réunion avec le MAE, puis le Parlement ; « urgent »",
        };
        string French(string iso3) => iso3 switch { "FJI" => "Fidji", _ => Name(iso3) };

        var rows = Read(OutreachCsv.Write([plan], French, Lang.French));

        Assert.Equal(["Inscription", "Étape", "Premier jour", "Dernier jour", "Codes des États", "États", "Région", "Type de démarche", "Thèmes",
            "Au nom de", "Organisateur", "Canal de l’organisateur", "Partenaires", "Visibilité", "Notes", "Conclusions", "Inscrite le (UTC)",
            "Dernière modification (UTC)"], rows[0]);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var row = rows[1].Select((value, i) => (rows[0][i], value)).ToDictionary();
        Assert.Equal("prévue", row["Étape"]);
        Assert.Equal(("2027-03-10", "2027-03-12"), (row["Premier jour"], row["Dernier jour"]));
        Assert.Equal("FJI TON", row["Codes des États"]);
        Assert.Equal("Fidji; Tonga", row["États"]);
        Assert.Equal("Océanie", row["Région"]);
        Assert.Equal("bilatérale", row["Type de démarche"]);
        Assert.Equal("Ratification / adhésion; Établissement de rapports", row["Thèmes"]);
        Assert.Equal("restreinte", row["Visibilité"]);
        Assert.Equal("'=HYPERLINK(\"http://evil\")", row["Partenaires"]);
        Assert.Equal("Réunion avec le MAE, puis le Parlement ; « urgent »", row["Notes"]);
    }

    [Theory]
    [InlineData(Lang.French)]
    [InlineData(Lang.Spanish)]
    public void Every_column_has_a_name_of_its_own_in_each_language(Lang language)
    {
        var header = OutreachCsv.HeaderIn(language);

        Assert.Equal(OutreachCsv.Header.Count, header.Count);
        Assert.Equal(header.Count, header.Distinct().Count());
        Assert.Empty(header.Intersect(["Stage", "First day", "Findings", "On behalf of"]));
    }

    [Fact]
    public void Column_names_read_as_a_spreadsheet_user_reads_them()
    {
        // "state" beside the states visited read as a country; internal names (snake_case) are not for readers.
        Assert.DoesNotContain(OutreachCsv.Header, h => h.Equals("state", StringComparison.OrdinalIgnoreCase) || h.Contains('_'));
        Assert.Contains("Stage", OutreachCsv.Header);
        Assert.Contains("Findings", OutreachCsv.Header);
    }
}
