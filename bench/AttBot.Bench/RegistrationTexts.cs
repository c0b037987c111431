using System.Globalization;
using System.Text;

namespace AttBot.Bench;

/// <summary>
/// What the simulated organizers type in the registration scenario: the one-line command, e.g.
/// "register bilateral Tonga 2027-03-10..2027-03-12 as Ministry of Foreign Affairs of Mexico". Each user acts for one
/// organization; states, kinds and windows are drawn like the filled store's (1 to 5 days, one state in ten a list of
/// 2 to 4), with starts anywhere from tomorrow to five years ahead (the most the bot accepts), so they land among the
/// filled store's registrations and, at hundreds a second, conflict with each other too.
/// Deterministic: user N's turns are the same sequence in every run, on the empty and on the filled store.
/// </summary>
public sealed class RegistrationTexts
{
    /// <summary>What every answer to a registration must say: the confirmation card, not the form with problems.</summary>
    public static readonly byte[] Confirmation = "Registered OR-"u8.ToArray();

    private static readonly string[] Kinds = ["bilateral", "bilateral meeting", "visit", "mission", "call", "workshop", "regional workshop", "seminar", "multilateral"];

    /// <summary>Who the users act for. No clause words (with, as, topic, region, note) and no digits: they would end the clause.</summary>
    public static readonly string[] Organizations =
    [
        "Ministry of Foreign Affairs of Mexico", "UNODA", "Control Arms", "EU ATT Outreach Project", "UNLIREC", "UNRCPD",
        "Ministry of Foreign Affairs of Ghana", "Ministry of Foreign Affairs of Japan", "Small Arms Survey", "Stimson Center",
        "Ministry of Foreign Affairs of Australia", "Federal Foreign Office of Germany", "Ministry of Europe and Foreign Affairs of France",
        "Department of Foreign Affairs of Ireland", "Global Affairs Canada", "Saferworld", "Conflict Armament Research",
        "Ministry of Foreign Affairs of Costa Rica", "Ministry of Foreign Affairs of Nigeria", "UNIDIR",
    ];

    private readonly IReadOnlyList<string> _states;
    private readonly DateOnly _firstStart;
    private readonly int _startDays;
    private readonly Random[] _random;
    private readonly Dictionary<string, List<(int Start, int End)>>[] _own;

    /// <summary>
    /// How many draws a user makes before it gives up avoiding its own earlier registrations: far more than it needs
    /// (a user's few hundred windows cover a small part of five years of 196 states), and still a bound.
    /// </summary>
    private const int DrawsPerTurn = 50;

    /// <summary>The bot's conflict window (ConflictRule.DefaultWindowDays), plus the day that makes touching windows count.</summary>
    private const int OwnConflictDays = 30 + 1;

    /// <param name="stateNames">The states' names as the bot's store has them (exact names resolve at once).</param>
    /// <param name="today">The bot's today (UTC).</param>
    public RegistrationTexts(IReadOnlyList<string> stateNames, DateOnly today, int users, int seed = 20261124)
    {
        _states = stateNames;
        _firstStart = today.AddDays(1);
        // Up to five years ahead, less a margin for the window and for a run that crosses midnight.
        _startDays = today.AddYears(5).DayNumber - _firstStart.DayNumber - 10;
        _random = [.. Enumerable.Range(0, users + 1).Select(user => new Random(HashCode.Combine(seed, user) & int.MaxValue))];
        _own = [.. Enumerable.Range(0, users + 1).Select(_ => new Dictionary<string, List<(int, int)>>())];
    }

    /// <summary>
    /// User N's next registration (each user calls this from its own loop only, one turn after another). A person does not
    /// register the same state twice within a month: the bot would ask "Did you already register this?" before storing
    /// it, so a draw that meets the user's own earlier registration is drawn again (others' registrations still conflict).
    /// </summary>
    public string For(int user, long turn)
    {
        var random = _random[user];
        var own = _own[user];
        for (var draw = 1; ; draw++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var count = random.NextDouble() < 0.10 ? random.Next(2, 5) : 1;
            var states = new List<string>(count);
            while (states.Count < count)
            {
                var state = _states[random.Next(_states.Count)];
                if (!states.Contains(state))
                    states.Add(state);
            }
            var start = random.Next(_startDays);
            var end = start + random.Next(1, 6) - 1;
            var meetsOwn = states.Any(s => own.TryGetValue(s, out var windows)
                && windows.Any(w => start <= w.End + OwnConflictDays && w.Start <= end + OwnConflictDays));
            if (meetsOwn && draw < DrawsPerTurn)
                continue;
            foreach (var state in states)
                (own.TryGetValue(state, out var windows) ? windows : own[state] = []).Add((start, end));
            return Text(kind, states, _firstStart.AddDays(start), end - start + 1, user);
        }
    }

    private static string Text(string kind, List<string> states, DateOnly start, int days, int user)
    {
        var text = new StringBuilder("register ", 160);
        text.Append(kind).Append(' ');
        text.Append(states.Count == 1 ? states[0] : $"{string.Join(", ", states.Take(states.Count - 1))} and {states[^1]}");
        text.Append(' ').Append(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (days > 1)
            text.Append("..").Append(start.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text.Append(" as ").Append(Organizations[user % Organizations.Length]);
        return text.ToString();
    }

    public Workload Workload(string idPrefix) => new(idPrefix, For, Confirmation);
}
