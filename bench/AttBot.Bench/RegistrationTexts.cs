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

    /// <param name="stateNames">The states' names as the bot's store has them (exact names resolve at once).</param>
    /// <param name="today">The bot's today (UTC).</param>
    public RegistrationTexts(IReadOnlyList<string> stateNames, DateOnly today, int users, int seed = 20261124)
    {
        _states = stateNames;
        _firstStart = today.AddDays(1);
        // Up to five years ahead, less a margin for the window and for a run that crosses midnight.
        _startDays = today.AddYears(5).DayNumber - _firstStart.DayNumber - 10;
        _random = [.. Enumerable.Range(0, users + 1).Select(user => new Random(HashCode.Combine(seed, user) & int.MaxValue))];
    }

    /// <summary>User N's next registration (each user calls this from its own loop only, one turn after another).</summary>
    public string For(int user, long turn)
    {
        var random = _random[user];
        var text = new StringBuilder("register ", 160);
        text.Append(Kinds[random.Next(Kinds.Length)]).Append(' ');

        var count = random.NextDouble() < 0.10 ? random.Next(2, 5) : 1;
        var states = new List<string>(count);
        while (states.Count < count)
        {
            var state = _states[random.Next(_states.Count)];
            if (!states.Contains(state))
                states.Add(state);
        }
        text.Append(states.Count == 1 ? states[0] : $"{string.Join(", ", states.Take(states.Count - 1))} and {states[^1]}");

        var start = _firstStart.AddDays(random.Next(_startDays));
        var days = random.Next(1, 6);
        text.Append(' ').Append(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (days > 1)
            text.Append("..").Append(start.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text.Append(" as ").Append(Organizations[user % Organizations.Length]);
        return text.ToString();
    }

    public Workload Workload(string idPrefix) => new(idPrefix, For, Confirmation);
}
