namespace AttBot.Domain.Language;

/// <summary>A list in a sentence, as English writes it: "A", "A or B", "A, B or C"; "A, B and C".</summary>
public static class ListWords
{
    /// <summary>Choices: "did you mean Fiji, Samoa or Tonga?".</summary>
    public static string Or(IEnumerable<string> items) => Joined(items, "or");

    /// <summary>All of them: "your visits OR-0001 and OR-0002".</summary>
    public static string And(IEnumerable<string> items) => Joined(items, "and");

    private static string Joined(IEnumerable<string> items, string conjunction)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}";
    }
}
