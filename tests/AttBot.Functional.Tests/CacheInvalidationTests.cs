using System.Diagnostics;
using System.Net;
using AttBot.Domain.Treaty;
using AttBot.Functional.Tests.Infrastructure;
using AttBot.Host.Composition;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using AttBot.Tests.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AttBot.Functional.Tests;

/// <summary>
/// Two real hosts (each its own container, caches, pool and listener) on one PostgreSQL database, in one test process: a
/// change made through one is seen by the other within a second, through LISTEN/NOTIFY, with no request to the other.
/// </summary>
public sealed class CacheInvalidationTests : IAsyncLifetime
{
    private const string Secretariat = "29:secretariat-1";
    private static readonly TimeSpan WithinASecond = TimeSpan.FromSeconds(1);
    private readonly string _database = ThrowawayCluster.Shared.CreateDatabase();
    private AttBotApp _one = null!, _two = null!;
    private HttpClient _clientOne = null!, _clientTwo = null!;
    private FakeConnector _connector = null!;

    private AttBotApp Instance(string id) => new(new Dictionary<string, string?>
    {
        ["Store:Provider"] = "PostgreSQL",
        ["ConnectionStrings:AttBot"] = ThrowawayCluster.Shared.ConnectionString(_database),
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
        ["Outreach:InstanceId"] = id,
    });

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _one = Instance("one");
        _two = Instance("two");
        _clientOne = _one.CreateClient();
        _clientTwo = _two.CreateClient();
        await Eventually.Holds(() => Listener(_one).Listening && Listener(_two).Listening);
    }

    public async Task DisposeAsync()
    {
        await _one.DisposeAsync();
        await _two.DisposeAsync();
        await _connector.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        ThrowawayCluster.Shared.DropDatabase(_database);
    }

    private static StoreChangeListener Listener(AttBotApp app) => app.Services.GetRequiredService<StoreChangeListener>();

    private async Task<string> Say(HttpClient client, string userId, string name, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await client.PostActivityAsync(Activities.MessageFrom(_connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
        return call.Card is null ? call.Text ?? "" : call.CardJson;
    }

    /// <summary>Waits, from the moment the change was answered, until the other instance holds the condition: at most a second.</summary>
    private static async Task SeenWithinASecond(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < WithinASecond)
            await Task.Delay(10); // wait-ok: the poll interval of a wait bounded by the second under test
        Assert.True(condition(), $"The other instance did not see {what} within a second.");
    }

    [Fact]
    public async Task A_status_set_through_one_instance_is_answered_by_the_other_within_a_second()
    {
        var directoryTwo = _two.Services.GetRequiredService<CountryDirectory>();
        Assert.DoesNotContain("State Party", await Say(_clientTwo, "29:ana", "Ana Ruiz", "status Tonga")); // now kept in the second instance's memory

        Assert.Contains("Tonga", await Say(_clientOne, Secretariat, "Sam Secretariat", "set status Tonga party 2026-03-02"));
        await SeenWithinASecond(() => directoryTwo.FindByIso3("TON")?.Status == TreatyStatus.Party, "the new status");
        Assert.Contains("State Party", await Say(_clientTwo, "29:ana", "Ana Ruiz", "status Tonga"));
    }

    [Fact]
    public async Task A_grant_and_a_registration_through_one_instance_reach_the_others_roles_and_figures_within_a_second()
    {
        var outreachTwo = _two.Services.GetRequiredService<PlannedOutreachFigures>();
        var rolesTwo = _two.Services.GetRequiredService<RoleDirectory>();
        Assert.Equal(0, outreachTwo.PlannedSummary("TON").Count); // now kept in the second instance's memory
        var maria = new Person("msteams", "29:maria", Activities.AadOf("29:maria"), "Maria Lopez");
        Assert.False(rolesTwo.ViewerOf(maria).Role == AttBot.Domain.Outreach.Role.Champion);

        await Say(_clientOne, "29:maria", "Maria Lopez", "hello");
        Assert.Contains("regional champion", await Say(_clientOne, Secretariat, "Sam Secretariat", "grant champion Oceania <@29:maria|Maria Lopez>"));
        await SeenWithinASecond(() => rolesTwo.ViewerOf(maria).Role == AttBot.Domain.Outreach.Role.Champion, "the grant");

        Assert.Contains("Registered OR-0001", await Say(_clientOne, "29:ana", "Ana Ruiz", $"register bilateral Tonga {ChatTestBase.Day(30)} topic accession as Mexico"));
        await SeenWithinASecond(() => outreachTwo.PlannedSummary("TON").Count == 1, "the registration in the planned-outreach figures");
    }
}
