namespace AttBot.Domain.Countries;

/// <summary>
/// One spelling, reduced by <see cref="NameKey"/>, and the states it names: one, several if it is ambiguous, or none
/// for a name that is known not to be one of the states.
/// </summary>
internal sealed record NameEntry(string Key, string[] Words, Country[] Countries)
{
    /// <summary>The letters of <see cref="Key"/>, to rule it out cheaply when comparing spellings.</summary>
    public ulong Letters { get; } = EditDistance.Letters(Key);
}

/// <summary>
/// Every spelling of every state, built once: the UN names (English and UNTC), the names in the five other UN
/// languages, the curated English aliases, each also without its qualifier ("Bolivia") and with it in front
/// ("Plurinational State of Bolivia").
/// </summary>
internal static class CountryNameIndex
{
    // When two states claim the same spelling, the weightier claim keeps it, so that an official name is never lost
    // to someone's nickname for another state; equal claims make the spelling ambiguous.
    private enum Claim { Curated, EnglishUnName, UnName, CommonName }

    public static IReadOnlyList<NameEntry> Build(IReadOnlyCollection<Country> countries)
    {
        NameKey.EnsureUnicodeDecomposition();
        var claims = new Dictionary<string, (Claim Claim, List<Country> Countries)>(StringComparer.Ordinal);
        void Add(string spelling, Country country, Claim claim)
        {
            foreach (string form in NameKey.Rearrangements(spelling).Prepend(spelling))
            {
                string key = NameKey.Normalize(form);
                if (key.Length == 0)
                    continue;
                if (!claims.TryGetValue(key, out var existing) || claim < existing.Claim)
                    claims[key] = (claim, [country]);
                else if (claim == existing.Claim && !existing.Countries.Contains(country))
                    existing.Countries.Add(country);
            }
        }

        foreach (Country country in countries)
        {
            Add(country.Name, country, Claim.EnglishUnName);
            Add(country.UntcName, country, Claim.EnglishUnName);
            if (CountryNames.ByIso3.TryGetValue(country.Iso3, out var languages))
            {
                foreach (CountryNames.Language language in languages)
                {
                    for (int i = 0; i < language.Names.Count; i++)
                        Add(language.Names[i], country, i == 0 ? Claim.UnName : Claim.CommonName);
                }
            }
            foreach (string alias in CountryAliases.ByIso3.GetValueOrDefault(country.Iso3, []))
                Add(alias, country, Claim.CommonName);
        }

        var byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase);
        foreach ((string term, string[] meant) in CountryAliases.Ambiguous)
        {
            List<Country> candidates = [.. meant.Where(byIso3.ContainsKey).Select(iso3 => byIso3[iso3])];
            if (candidates.Count > 0)
                claims[NameKey.Normalize(term)] = (Claim.Curated, candidates);
        }

        foreach (string name in CountryAliases.NotStates.Concat(CountryAliases.NotParticipants))
            claims[NameKey.Normalize(name)] = (Claim.Curated, []);

        return [.. claims.Select(c => new NameEntry(c.Key, c.Key.Split(' '), [.. c.Value.Countries]))];
    }
}
