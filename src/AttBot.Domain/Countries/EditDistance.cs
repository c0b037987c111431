namespace AttBot.Domain.Countries;

/// <summary>
/// Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
/// neighbouring letters each count one), the measure of a typing slip: "Malaysai", "Kazakstan", "Columbia".
/// </summary>
internal static class EditDistance
{
    /// <summary>Which letters a text holds, as bits (folded modulo 64), for <see cref="LowerBound"/>.</summary>
    public static ulong Letters(ReadOnlySpan<char> text)
    {
        ulong letters = 0;
        foreach (char c in text)
            letters |= 1UL << (c % 64);
        return letters;
    }

    /// <summary>
    /// A distance no smaller than the true one, from the letters alone: each letter of one text missing from the
    /// other costs an edit. It rules out most names at once, all of them when the scripts differ.
    /// </summary>
    public static int LowerBound(ulong a, ulong b) =>
        Math.Max(System.Numerics.BitOperations.PopCount(a & ~b), System.Numerics.BitOperations.PopCount(b & ~a));

    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> as soon as it is known
    /// to exceed <paramref name="max"/>. Only the diagonal band of width <c>2 max + 1</c> can hold a smaller
    /// distance, so only that band is computed, and most names are rejected after a row or two.
    /// </summary>
    public static int AtMost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        if (b.Length > 128)
            return a.SequenceEqual(b) ? 0 : max + 1; // no name is this long; keep the rows on the stack

        int beyond = max + 1;
        Span<int> beforePrevious = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        beforePrevious.Fill(beyond);
        previous.Fill(beyond);
        for (int j = 0; j <= Math.Min(b.Length, max); j++)
            previous[j] = j;

        for (int i = 1; i <= a.Length; i++)
        {
            current.Fill(beyond);
            if (i <= max)
                current[0] = i;
            int rowMinimum = current[0];
            int last = Math.Min(b.Length, i + max);
            for (int j = Math.Max(1, i - max); j <= last; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                current[j] = Math.Min(best, beyond);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (rowMinimum > max)
                return beyond;

            Span<int> recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], beyond);
    }
}
