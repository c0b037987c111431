using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AttBot.Functional.Tests;

/// <summary>The regional picture and the Secretariat's keeping of the status data, through the real pipeline and a real SQLite file.</summary>
public sealed class RegionAndStatusTests() : BotTestBase(Settings())
{
    private const string Secretariat = "29:secretariat-1";

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
        ["StatusImport:MaxFileBytes"] = "20000",
    };

    private async Task<string> Say(string userId, string text, JsonArray? attachments = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var activity = Activities.MessageFrom(Connector.ServiceUrl, text, userId, userId == Secretariat ? "Sam Secretariat" : "Ana Ruiz", id);
        if (attachments is not null)
            activity["attachments"] = attachments;
        var response = await Client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
        return reply.Card is null ? reply.Text ?? "" : reply.CardJson;
    }

    private Task<string> Secretary(string text, JsonArray? attachments = null) => Say(Secretariat, text, attachments);
    private Task<string> Stakeholder(string text, JsonArray? attachments = null) => Say("29:ana", text, attachments);

    private async Task<JsonNode> Click(string userId, string verb, long importId)
    {
        var click = Activities.CardAction(Connector.ServiceUrl, verb, new JsonObject { ["importId"] = importId });
        click["from"] = Activities.From(userId, "Sam Secretariat");
        var response = await Client.PostActivityAsync(click);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Region_figures_match_the_working_groups_report()
    {
        var asia = await Stakeholder("region Asia");
        Assert.Contains("11 (23%)", asia);
        Assert.Contains("10 (21%)", asia);
        var oceania = await Stakeholder("region Oceania");
        Assert.Contains("7 (47%)", oceania);
        Assert.Contains("2 (13%)", oceania);
        var world = await Stakeholder("region");
        Assert.Contains("118 of 196 states are States Parties", world);
        Assert.Contains("25 signatories", world);
    }

    [Fact]
    public async Task An_unknown_region_gets_suggestions()
    {
        var reply = await Stakeholder("region Oceanai");
        Assert.Contains("I don't know the region “Oceanai”", reply);
        Assert.Contains("region Oceania", reply);
    }

    [Fact]
    public async Task Planned_outreach_in_a_region_is_counted_for_everyone_without_naming_a_restricted_organizer()
    {
        var day = OutreachRegistrationTests.Day(20);
        Assert.Contains("Registered OR-0001", await Say("29:ben", $"register visit Tonga {day} restricted as Secret Partner State"));

        var reply = await Stakeholder("region Polynesia");
        Assert.Contains("1 registration reaching 1 state", reply);
        Assert.DoesNotContain("Secret Partner State", reply);
        Assert.DoesNotContain("29:ben", reply);
    }

    [Fact]
    public async Task The_secretariat_sets_a_status_and_every_answer_shows_it_at_once_with_an_audit_entry()
    {
        var reply = await Secretary("set status Tonga party 2 March 2026");

        Assert.Contains("Tonga updated", reply);
        Assert.Contains("accession deposited 2 March 2026, in force 31 May 2026", reply);
        var status = await Stakeholder("status Tonga");
        Assert.Contains("State Party", status);
        Assert.Contains("31 May 2026", status);
        Assert.Contains("8 (53%)", await Stakeholder("region Oceania"));
        Assert.Contains("119 of 196 states", await Stakeholder("region"));
        Assert.Equal(1, CountRows("audit_log"));
        var history = await Secretary("history Tonga");
        Assert.Contains("Sam Secretariat", history);
        Assert.Contains("Status: Neither signatory nor party → State Party", history);
    }

    [Fact]
    public async Task A_signatory_becomes_a_party_by_ratification_and_loses_its_assistance_pointer()
    {
        Assert.Contains("Voluntary Trust Fund", await Stakeholder("status Malaysia"));
        Assert.Contains("ratification deposited 15 January 2026", await Secretary("set status Malaysia party 2026-01-15"));
        Assert.DoesNotContain("Voluntary Trust Fund", await Stakeholder("status Malaysia"));
    }

    [Fact]
    public async Task Stakeholders_cannot_change_a_status()
    {
        Assert.Contains("Only members of the ATT Secretariat", await Stakeholder("set status Tonga party 2026-03-02"));
        Assert.Contains("Neither signatory nor party", await Stakeholder("status Tonga"));
        Assert.Equal(0, CountRows("audit_log"));
    }

    [Theory]
    [InlineData("set status Tonga party 2099-01-01", "in the future")]
    [InlineData("set status Tonga signatory 2019-05-01", "open for signature only from 3 June 2013")]
    [InlineData("set status Malaysia party 2013-09-01", "cannot come before the signature")]
    [InlineData("set status Tonga party 2026-03-02 ratification", "never signed")]
    [InlineData("set status Tonga party someday", "not a date I can read")]
    [InlineData("set status Atlantis party 2026-03-02", "I don't know the state")]
    [InlineData("set status Tonga none", "Nothing to change")]
    public async Task Impossible_changes_are_refused_with_the_reason_and_nothing_is_stored(string text, string reason)
    {
        Assert.Contains(reason, await Secretary(text));
        Assert.Equal(0, CountRows("audit_log"));
    }

    private const string Csv = """
        Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a)"
        Tonga,,2 Mar 2026 a
        Malaysia,26 Sep 2013,15 Jan 2026
        Atlantis,3 Jun 2013,
        France,3 Jun 2013,2 Apr 2014
        """;

    [Fact]
    public async Task Pasted_csv_is_previewed_then_applied_once_on_confirmation()
    {
        var preview = await Secretary("import status\n" + Csv);
        Assert.Contains("Status import #1: preview", preview);
        Assert.Contains("1 added, 1 changed, 1 unchanged, 1 row refused", preview);
        Assert.Contains("Line 4: “Atlantis” is not a state I know.", preview);
        Assert.Contains("Neither signatory nor party", await Stakeholder("status Tonga")); // nothing applied yet

        var applied = await Click(Secretariat, "status.import.apply", 1);
        Assert.Contains("Status import #1: applied", applied["value"]!.ToJsonString());
        Assert.Contains("State Party", await Stakeholder("status Tonga"));
        Assert.Contains("State Party", await Stakeholder("status Malaysia"));
        Assert.Equal(2, CountRows("audit_log"));

        var again = await Click(Secretariat, "status.import.apply", 1);
        Assert.Equal("application/vnd.microsoft.activity.message", again["type"]!.GetValue<string>());
        Assert.Contains("already applied", again["value"]!.GetValue<string>());
        Assert.Equal(2, CountRows("audit_log"));
    }

    [Fact]
    public async Task A_discarded_import_changes_nothing()
    {
        await Secretary("import status\n" + Csv);
        Assert.Contains("discarded", await Secretary("discard import 1"));
        Assert.Contains("was discarded", await Secretary("apply import 1"));
        Assert.Contains("Neither signatory nor party", await Stakeholder("status Tonga"));
        Assert.Equal(0, CountRows("audit_log"));
    }

    [Fact]
    public async Task Only_the_secretariat_can_apply_an_import()
    {
        await Secretary("import status\n" + Csv);
        var refused = await Click("29:ana", "status.import.apply", 1);
        Assert.Contains("Only members of the ATT Secretariat", refused["value"]!.GetValue<string>());
        Assert.Equal(0, CountRows("audit_log"));
    }

    /// <summary>A file host on loopback, as SharePoint serves a Teams file's download URL; counts what is fetched.</summary>
    private sealed class FileHost : IAsyncDisposable
    {
        private readonly WebApplication _app;
        public int Requests;
        public string Url { get; }

        private FileHost(WebApplication app, string url) => (_app, Url) = (app, url);

        public static async Task<FileHost> StartAsync(string content)
        {
            var app = LoopbackServer.Create();
            FileHost? host = null;
            app.MapGet("/files/status.html", (HttpContext http) =>
            {
                Interlocked.Increment(ref host!.Requests);
                return Results.Text(content, "text/html");
            });
            await app.StartAsync();
            host = new FileHost(app, LoopbackServer.AddressOf(app) + "/files/status.html");
            return host;
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();
    }

    private static JsonArray TeamsFile(string url) => new(new JsonObject
    {
        ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
        ["contentUrl"] = "https://contoso.sharepoint.com/personal/sam/Documents/status.html",
        ["name"] = "status.html",
        ["content"] = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = "1", ["fileType"] = "html" },
    });

    private const string Page = """
        <!DOCTYPE html><html><body><div>STATUS AS AT : 20-11-2026 10:16:18 EDT</div><table><tr><td>
        <table id="tblgrid">
        <tr class="thead-one"><td>Participant<br></td><td>Signature<br></td><td>Provisional application under article 23(n)<br></td><td>Approval(AA), Acceptance(A), Accession(a), Ratification<br></td></tr>
        <tr><td>Tonga<br></td><td>&nbsp;</td><td>&nbsp;</td><td> &nbsp;2 Mar	 2026 a<br></td></tr>
        <tr><td>Denmark <SUP><A href='#1'>1</A></SUP><br></td><td> &nbsp;3 Jun	 2013 <br></td><td> &nbsp;2 Apr	 2014 n<br></td><td> &nbsp;2 Apr	 2014 AA<br></td></tr>
        </table></td></tr></table></body></html>
        """;

    [Fact]
    public async Task A_file_sent_in_teams_is_fetched_from_its_download_url_previewed_and_applied()
    {
        await using var files = await FileHost.StartAsync(Page);

        var preview = await Secretary("", TeamsFile(files.Url));

        Assert.Contains("Status import #1: preview", preview);
        Assert.Contains("From status.html: 1 added, 0 changed, 1 unchanged", preview);
        Assert.Contains("status as at 20 November 2026", preview);
        Assert.Equal(1, files.Requests);

        await Click(Secretariat, "status.import.apply", 1);
        var tonga = await Stakeholder("status Tonga");
        Assert.Contains("State Party", tonga);
        Assert.Contains("Data current to 20 November 2026", tonga);
    }

    [Fact]
    public async Task A_stakeholders_file_is_never_fetched()
    {
        await using var files = await FileHost.StartAsync(Page);

        Assert.Contains("Only members of the ATT Secretariat", await Stakeholder("import status", TeamsFile(files.Url)));
        Assert.Equal(0, files.Requests);
        Assert.Equal(0, CountRows("status_imports"));
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_refused()
    {
        await using var files = await FileHost.StartAsync(Page + new string(' ', 30_000));
        Assert.Contains("larger than 20 KB", await Secretary("import status", TeamsFile(files.Url)));
        Assert.Equal(0, CountRows("status_imports"));
    }
}
