using AttBot.Host.Calendar;
using AttBot.Host.Composition;
using AttBot.Host.Countries;
using AttBot.Host.Maps;
using AttBot.Host.Operations;
using AttBot.Host.Secretariat;
using AttBot.Host.Slack;
using AttBot.Host.Teams;

// The one-off move from SQLite to PostgreSQL runs instead of the bot, with its settings.
if (args is [CopyStoreCommand.Verb, .. var copyArgs])
    return CopyStoreCommand.Run(copyArgs, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAttBot(builder.Configuration);

var app = builder.Build();
app.Services.InitializeStore();
app.Services.GetRequiredService<CountryDirectory>(); // load the status table before the first message, not during it
app.Services.GetRequiredService<AttBotMetrics>(); // the outbox gauges exist from the start, not from the first turn
app.Services.WarnIfAnonymous();
app.Services.LogSlackState();

app.MapHealth();
app.MapTeams();
app.MapExports();
app.MapCalendar();
app.MapMaps();
app.MapSlack();

app.Run();
return 0;

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
