using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AttBot.Bench;

/// <summary>What the filled store holds and what it cost to get it.</summary>
public sealed record FilledStore(
    string DatabasePath,
    long Registrations,
    long Targets,
    long LiveTargets,
    long Ahead,
    long FileBytes,
    TimeSpan FillTime, // zero when it came from the cache
    string? CachedAt,
    TimeSpan CopyTime);

/// <summary>
/// The registration scenario's big store: the bot creates and migrates a fresh database (started once, then stopped),
/// and the bench adds the registrations straight into its SQLite file, in one transaction with prepared commands.
/// <list type="bullet">
/// <item>All 196 states of the bot's own table, evenly; windows of 1 to 5 days; one registration in ten names 2 to 4
/// states; 80 % planned, 10 % done, 10 % cancelled; 9 in 10 shared, 1 in 10 restricted; 2,000 organizers in 20
/// organizations, each with a 1:1 conversation the bot can reach (so heads-ups to them are delivered and counted).</item>
/// <item>Dates: <see cref="BenchOptions.FillAhead"/> registrations start from today to ten years ahead; the rest in the
/// ten years before today (history). A million live ones in the same ten years ahead would put ~1.3 live registrations
/// on every state and day, and every new registration in conflict with ~85 others (one conflict, one alert and one
/// heads-up each): the turn would measure that fan-out, not the store. The past ones stay 80 % "planned" (never closed):
/// the worst case for the index, as they stay in the live part of it that the conflict search walks.</item>
/// <item><c>outreach_targets</c> repeats each registration's window and liveness, as the bot writes it. Ids follow the
/// creation dates, as they would have been registered. No ANALYZE (the bot runs none).</item>
/// </list>
/// The file is cached under <see cref="BenchOptions.FillCache"/>, keyed by the schema the bot created, the size and the
/// date (the dates are relative to today); a new fill replaces the older files there.
/// </summary>
public static class StoreFill
{
    /// <summary>Changes whenever this generator's output changes, so an old cached file is not taken for a new one.</summary>
    private const int GeneratorVersion = 1;
    private const int Seed = 1;
    private const int Organizers = 2_000;
    private const int YearsBack = 10, YearsAhead = 10;
    /// <summary>The fill's organizers' service URL in the cached file, replaced by the run's Connector before the bot starts.</summary>
    private const string PlaceholderServiceUrl = "http://127.0.0.1:9/_connector/";
    private const string ChannelId = "msteams";

    public static async Task<FilledStore> PrepareAsync(BenchOptions options, string directory, string serviceUrl, CancellationToken cancellationToken)
    {
        var basePath = Path.Combine(Directory.CreateDirectory(Path.Combine(directory, "base")).FullName, "attbot.db");
        using (var bot = BenchRun.StartBot(options, new SqliteBotStore(basePath)))
        {
            var ready = await bot.WaitReadyAsync(BenchRun.StartLimit, cancellationToken);
            Console.WriteLine($"Bot created and migrated the store to fill (pid {bot.Id}, ready in {ready.TotalMilliseconds:0} ms); stopping it.");
        }
        SqliteConnection.ClearAllPools();

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var target = Path.Combine(Directory.CreateDirectory(Path.Combine(directory, "filled")).FullName, "attbot.db");
        string? cached = null;
        if (options.FillCache is { } cacheDirectory)
        {
            var key = SchemaKey(basePath);
            cached = Path.Combine(cacheDirectory, FormattableString.Invariant($"fill-{options.FillRegistrations}-{options.FillAhead}-{today:yyyyMMdd}-{key}.db"));
        }

        var fillTime = TimeSpan.Zero;
        var copy = Stopwatch.StartNew();
        if (cached is not null && File.Exists(cached))
        {
            Console.WriteLine($"Filled store from the cache: {cached}");
            File.Copy(cached, target);
        }
        else
        {
            Console.WriteLine($"Filling the store with {options.FillRegistrations:N0} registrations (once per schema and day when cached)...");
            var fill = Stopwatch.StartNew();
            Fill(basePath, options.FillRegistrations, options.FillAhead, today, cancellationToken);
            fillTime = fill.Elapsed;
            Console.WriteLine($"Filled in {fillTime.TotalSeconds:0.0} s.");
            copy.Restart();
            if (cached is not null)
                Keep(basePath, cached);
            File.Move(basePath, target);
        }
        var copyTime = copy.Elapsed;

        ConnectOrganizers(target, serviceUrl);
        using var connection = Open(target);
        using var counts = connection.CreateCommand();
        counts.CommandText = """
            SELECT (SELECT COUNT(*) FROM outreach), (SELECT COUNT(*) FROM outreach_targets), (SELECT COUNT(*) FROM outreach_targets WHERE live = 1),
                   (SELECT COUNT(*) FROM outreach WHERE starts_on >= @today)
            """;
        counts.Parameters.AddWithValue("@today", Day(today));
        using var reader = counts.ExecuteReader();
        reader.Read();
        var store = new FilledStore(target, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
            new FileInfo(target).Length, fillTime, cached, copyTime);
        return store;
    }

    /// <summary>The schema as the bot created it (every CREATE statement and the migration versions), hashed.</summary>
    private static string SchemaKey(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT group_concat(version, ',') FROM (SELECT version FROM schema_version ORDER BY version)) || '|' ||
                   (SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name))
            """;
        var schema = $"{GeneratorVersion}|{command.ExecuteScalar()}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schema)))[..12];
    }

    /// <summary>Copies the filled file into the cache (under a temporary name first), and removes older fills there.</summary>
    private static void Keep(string databasePath, string cachedPath)
    {
        var directory = Path.GetDirectoryName(cachedPath)!;
        Directory.CreateDirectory(directory);
        foreach (var old in Directory.EnumerateFiles(directory, "fill-*.db"))
            File.Delete(old);
        var partial = $"{cachedPath}.{Environment.ProcessId}.partial"; // another bench filling at the same time writes its own

        File.Copy(databasePath, partial, overwrite: true);
        File.Move(partial, cachedPath, overwrite: true);
    }

    /// <summary>Points the fill's organizers' stored conversations at this run's fake Connector.</summary>
    private static void ConnectOrganizers(string databasePath, string serviceUrl)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE conversations SET service_url = @url, reference_json = replace(reference_json, @placeholder, @url)
            WHERE channel_id = 'msteams' AND conversation_id LIKE 'a:fill-%'
            """;
        command.Parameters.AddWithValue("@url", serviceUrl);
        command.Parameters.AddWithValue("@placeholder", PlaceholderServiceUrl);
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>One drawn registration. <c>Countries</c>: up to four indexes into the states, one byte each, 0xFF for none.</summary>
    private readonly record struct Plan(int CreatedDay, int StartDay, byte Days, byte StateCode, byte Misc, short Organizer, byte Kind, uint Countries);

    private static readonly string[] KindCodes = ["bilateral", "bilateral", "bilateral", "visit", "call", "workshop", "workshop", "regional", "multilateral", "other"];
    private static readonly string[] TopicCodes = ["accession", "implementation", "assistance", "sponsorship", "parliamentary", "reporting", "other"];

    private static void Fill(string databasePath, int count, int ahead, DateOnly today, CancellationToken cancellationToken)
    {
        using var connection = Open(databasePath);
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -524288;");
        var states = new List<string>();
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT iso3 FROM countries ORDER BY iso3";
            using var reader = query.ExecuteReader();
            while (reader.Read())
                states.Add(reader.GetString(0));
        }
        if (states.Count == 0)
            throw new BenchException("The bot's store has no states to register outreach for.");

        // Draw every registration first, then write them in creation order: ids grow with creation, as in real use.
        var random = new Random(Seed);
        var todayNumber = today.DayNumber;
        var pastDays = todayNumber - today.AddYears(-YearsBack).DayNumber;
        var futureDays = today.AddYears(YearsAhead).DayNumber - todayNumber;
        var plans = new Plan[count];
        for (var i = 0; i < count; i++)
        {
            var future = i < ahead;
            var start = future ? todayNumber + random.Next(futureDays) : todayNumber - 1 - random.Next(pastDays);
            // Registered a week to half a year ahead of the start, and before today.
            var created = Math.Min(todayNumber - 1, start - random.Next(7, 183));
            var roll = random.Next(100);
            var stateCode = (byte)(roll < 80 ? 0 : roll < 90 ? 1 : 2);
            var named = random.Next(10) == 0 ? random.Next(2, 5) : 1;
            var countries = uint.MaxValue;
            for (var c = 0; c < named; c++)
            {
                uint state;
                do
                    state = (uint)random.Next(states.Count);
                while (Holds(countries, state));
                countries = (countries & ~(0xFFu << (8 * c))) | (state << (8 * c));
            }
            plans[i] = new Plan(created, start, (byte)random.Next(1, 6), stateCode, (byte)random.Next(10), (short)random.Next(Organizers),
                (byte)random.Next(KindCodes.Length), countries);
        }
        Array.Sort(plans, (a, b) => a.CreatedDay.CompareTo(b.CreatedDay));

        var days = new Dictionary<int, string>();
        string DayText(int number)
        {
            if (!days.TryGetValue(number, out var text))
                days[number] = text = Day(DateOnly.FromDayNumber(number));
            return text;
        }

        using var transaction = connection.BeginTransaction();
        InsertOrganizers(connection, transaction, today);

        using var outreach = connection.CreateCommand();
        outreach.Transaction = transaction;
        outreach.CommandText = """
            INSERT INTO outreach (id, organizer_channel, organizer_user_id, organizer_name, organizer_conversation_id, organization, region,
                                  kind, starts_on, ends_on, topics, partners, visibility, notes, state, outcome, source_key, created_at, updated_at)
            VALUES (@id, 'msteams', @user, @name, @conversation, @organization, NULL,
                    @kind, @starts, @ends, @topics, NULL, @visibility, NULL, @state, @outcome, @source, @created, @updated)
            """;
        var o = Parameters(outreach, "@id", "@user", "@name", "@conversation", "@organization", "@kind", "@starts", "@ends", "@topics",
            "@visibility", "@state", "@outcome", "@source", "@created", "@updated");
        outreach.Prepare();

        using var targets = connection.CreateCommand();
        targets.Transaction = transaction;
        targets.CommandText = "INSERT INTO outreach_targets (outreach_id, iso3, starts_on, ends_on, live) VALUES (@id, @iso3, @starts, @ends, @live)";
        var t = Parameters(targets, "@id", "@iso3", "@starts", "@ends", "@live");
        targets.Prepare();

        string[] stateCodes = ["planned", "done", "cancelled"];
        for (var i = 0; i < plans.Length; i++)
        {
            if (i % 50_000 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var plan = plans[i];
            long id = i + 1;
            var starts = DayText(plan.StartDay);
            var ends = DayText(plan.StartDay + plan.Days - 1);
            var created = Time(DateOnly.FromDayNumber(plan.CreatedDay), i);
            o[0].Value = id;
            o[1].Value = $"29:fill-{plan.Organizer}";
            o[2].Value = $"Organizer {plan.Organizer}";
            o[3].Value = $"a:fill-{plan.Organizer}";
            o[4].Value = RegistrationTexts.Organizations[plan.Organizer % RegistrationTexts.Organizations.Length];
            o[5].Value = KindCodes[plan.Kind];
            o[6].Value = starts;
            o[7].Value = ends;
            o[8].Value = plan.Misc < 4 ? TopicCodes[(plan.Misc + plan.Organizer) % TopicCodes.Length] : plan.Misc < 6 ? "accession,implementation" : "";
            o[9].Value = plan.Misc == 9 ? "restricted" : "shared";
            o[10].Value = stateCodes[plan.StateCode];
            o[11].Value = plan.StateCode == 1 ? "Met the focal point; follow-up planned." : DBNull.Value;
            o[12].Value = $"msteams|a:fill-{plan.Organizer}|fill-{id}";
            o[13].Value = created;
            o[14].Value = created;
            outreach.ExecuteNonQuery();

            for (var c = 0; c < 4 && ((plan.Countries >> (8 * c)) & 0xFF) is var state && state != 0xFF; c++)
            {
                t[0].Value = id;
                t[1].Value = states[(int)state];
                t[2].Value = starts;
                t[3].Value = ends;
                t[4].Value = plan.StateCode == 0 ? 1 : 0;
                targets.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        Execute(connection, "PRAGMA journal_mode = WAL;");
    }

    /// <summary>The fill's organizers: a profile each, and the reference to their 1:1 chat with the bot that a first message would have stored.</summary>
    private static void InsertOrganizers(SqliteConnection connection, SqliteTransaction transaction, DateOnly today)
    {
        using var profile = connection.CreateCommand();
        profile.Transaction = transaction;
        profile.CommandText = """
            INSERT INTO user_profiles (channel_id, user_id, display_name, organization, personal_conversation_id, updated_at)
            VALUES ('msteams', @user, @name, @organization, @conversation, @now)
            """;
        var p = Parameters(profile, "@user", "@name", "@organization", "@conversation", "@now");
        using var conversation = connection.CreateCommand();
        conversation.Transaction = transaction;
        conversation.CommandText = """
            INSERT INTO conversations (channel_id, conversation_id, conversation_type, tenant_id, service_url, reference_json, welcomed_at, updated_at)
            VALUES ('msteams', @conversation, 'personal', NULL, @url, @reference, @now, @now)
            """;
        var c = Parameters(conversation, "@conversation", "@url", "@reference", "@now");
        var now = Time(today, 0);
        for (var k = 0; k < Organizers; k++)
        {
            var (user, name, conversationId) = ($"29:fill-{k}", $"Organizer {k}", $"a:fill-{k}");
            p[0].Value = user;
            p[1].Value = name;
            p[2].Value = RegistrationTexts.Organizations[k % RegistrationTexts.Organizations.Length];
            p[3].Value = conversationId;
            p[4].Value = now;
            profile.ExecuteNonQuery();

            // The shape the bot stores (Activity.GetConversationReference, camelCase, nulls left out).
            c[0].Value = conversationId;
            c[1].Value = PlaceholderServiceUrl;
            c[2].Value = $$"""{"activityId":"fill-hello-{{k}}","user":{"id":"{{user}}","name":"{{name}}"},"bot":{"id":"28:bot","name":"AttBot"},"conversation":{"conversationType":"personal","id":"{{conversationId}}"},"channelId":"{{ChannelId}}","serviceUrl":"{{PlaceholderServiceUrl}}","locale":"en-US"}""";
            c[3].Value = now;
            conversation.ExecuteNonQuery();
        }
    }

    private static bool Holds(uint countries, uint state) =>
        (countries & 0xFF) == state || ((countries >> 8) & 0xFF) == state || ((countries >> 16) & 0xFF) == state || ((countries >> 24) & 0xFF) == state;

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name }))];

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time on that day as the bot writes times (UTC, seven decimals, Z), spread over the working hours.</summary>
    private static string Time(DateOnly day, int n) =>
        day.ToDateTime(new TimeOnly(8, 0)).AddSeconds(n % 36_000).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
