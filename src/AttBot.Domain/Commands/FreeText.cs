namespace AttBot.Domain.Commands;

/// <summary>
/// What is kept of text a person typed before it is stored or shown to others. Bidirectional embedding, override and
/// isolate controls (U+202A–U+202E, U+2066–U+2069) are removed: they make a name or note read differently from what it
/// holds ("‮txt.exe" shows as "exe.txt"), and no one types them to mean anything.
/// </summary>
public static class FreeText
{
    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0)
            return text;
        return string.Create(text.Length - text.Count(IsBidiControl), text, (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!IsBidiControl(c))
                    span[i++] = c;
            }
        });
    }

    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
