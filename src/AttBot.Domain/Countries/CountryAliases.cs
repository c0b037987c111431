namespace AttBot.Domain.Countries;

/// <summary>
/// The curated part of name resolution: what people call states besides their UN names, the few words that name
/// more than one state, and the codes that are also everyday words. The UN names themselves (English, UNTC spelling
/// and the five other official languages) come from the data, so they are not repeated here.
/// </summary>
internal static class CountryAliases
{
    /// <summary>
    /// Short, common, former and abbreviated English names; one line per state, by M49 region. Spelling variants
    /// need no line: case, accents, stops in initials ("U.S.A."), "St"/"Saint", "&amp;"/"and" and "the" are
    /// normalized away, and qualifiers in brackets are tried in front and left out ("Bolivia").
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> ByIso3 = new Dictionary<string, string[]>
    {
        // Africa
        ["BEN"] = ["Dahomey"],
        ["BFA"] = ["Burkina", "Upper Volta"],
        ["CAF"] = ["CAR"],
        ["CIV"] = ["Ivory Coast"],
        ["COD"] = ["DRC", "DR Congo", "Congo-Kinshasa", "Zaire"],
        ["COG"] = ["Congo-Brazzaville", "Republic of the Congo", "Congo Republic"],
        ["COM"] = ["Comoro Islands"],
        ["CPV"] = ["Cape Verde"],
        ["GMB"] = ["The Gambia"],
        ["LBY"] = ["Libyan Arab Jamahiriya"],
        ["STP"] = ["São Tomé"],
        ["SWZ"] = ["Swaziland", "Kingdom of Eswatini"],
        ["TZA"] = ["Tanzania"],
        ["ZAF"] = ["RSA"],
        ["ZWE"] = ["Rhodesia"],

        // Americas
        ["ATG"] = ["Antigua"],
        ["BLZ"] = ["British Honduras"],
        ["GUY"] = ["British Guiana"],
        ["KNA"] = ["Saint Kitts", "Saint Christopher and Nevis"],
        ["SUR"] = ["Surinam"],
        ["TTO"] = ["Trinidad"],
        ["USA"] = ["US", "USA", "United States", "America"],

        // Asia
        ["ARE"] = ["UAE", "Emirates"],
        ["BRN"] = ["Brunei"],
        ["CHN"] = ["PRC", "People's Republic of China"],
        ["IND"] = ["Bharat"],
        ["IRN"] = ["Persia"],
        ["KGZ"] = ["Kirghizia", "Kyrgyz Republic"],
        ["KHM"] = ["Kampuchea"],
        ["KOR"] = ["South Korea", "S. Korea", "ROK"],
        ["LAO"] = ["Laos", "Lao PDR", "Lao"],
        ["LKA"] = ["Ceylon"],
        ["MMR"] = ["Burma"],
        ["PRK"] = ["North Korea", "N. Korea", "DPRK", "DPR Korea"],
        ["PSE"] = ["Palestine"],
        ["SAU"] = ["KSA"],
        ["SYR"] = ["Syria"],
        ["THA"] = ["Siam"],
        ["TLS"] = ["East Timor"],
        ["TUR"] = ["Turkey"],
        ["VNM"] = ["Vietnam"],

        // Europe
        ["BIH"] = ["Bosnia"],
        ["BLR"] = ["Byelorussia", "Belorussia"],
        ["CHE"] = ["Swiss Confederation"],
        ["CZE"] = ["Czech"],
        // England, Scotland, Wales and Northern Ireland are not states: the United Kingdom answers for them.
        ["GBR"] = ["UK", "United Kingdom", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
        ["GRC"] = ["Hellenic Republic"],
        ["IRL"] = ["Eire", "Republic of Ireland"],
        ["MDA"] = ["Moldova", "Moldavia"],
        ["MKD"] = ["Macedonia", "FYROM", "The former Yugoslav Republic of Macedonia", "Republic of North Macedonia"],
        ["NLD"] = ["Holland"],
        ["RUS"] = ["Russia"],
        ["SVK"] = ["Slovak Republic"],
        ["VAT"] = ["Vatican", "Vatican City", "Vatican City State"],

        // Oceania
        ["VUT"] = ["New Hebrides"],
        ["WSM"] = ["Western Samoa"],
    };

    /// <summary>
    /// Words that people use for more than one state, with every state they may mean, the likeliest first.
    /// "Congo" is the UN short name of the Republic of the Congo, yet it is just as often said of the Democratic
    /// Republic of the Congo, so here the exact name does not win: it is asked back, in every language.
    /// Nothing else qualifies: "Guinea", "Niger", "Sudan", "Dominica" and "Samoa" are exact names of one state.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Ambiguous = new Dictionary<string, string[]>
    {
        ["Korea"] = ["KOR", "PRK"],
        ["Corée"] = ["KOR", "PRK"],
        ["Corea"] = ["KOR", "PRK"],
        ["Корея"] = ["KOR", "PRK"],
        ["كوريا"] = ["KOR", "PRK"],
        ["Congo"] = ["COG", "COD"],
        ["Конго"] = ["COG", "COD"],
        ["刚果"] = ["COG", "COD"],
        ["الكونغو"] = ["COG", "COD"],
    };

    /// <summary>
    /// Names that contain a state's name but are not that state, and so must not be resolved to it by leaving out
    /// words or a qualifier: the Republic of China (Taiwan) is not China, the People's Republic of China.
    /// </summary>
    public static readonly IReadOnlyList<string> NotStates = ["Republic of China", "China (Taiwan)"];

    /// <summary>
    /// Places people name when they plan outreach that the UN Treaty Collection does not list as participants in the
    /// treaty: territories and entities that cannot sign it themselves. The bot says so instead of offering a state
    /// that merely looks alike ("Cook Islands" is not the Comoros). No judgement on status is implied: the list is
    /// only "not in the depositary's table".
    /// </summary>
    public static readonly IReadOnlyList<string> NotParticipants =
    [
        "Cook Islands", "Taiwan", "Kosovo", "Western Sahara", "Greenland", "Faroe Islands", "Puerto Rico", "Guam",
        "American Samoa", "Hong Kong", "Macao", "Macau", "Bermuda", "Gibraltar", "New Caledonia", "French Polynesia",
        "Tokelau", "Aruba", "Curaçao", "Somaliland", "Northern Cyprus",
    ];

    /// <summary>
    /// Two- and three-letter codes (and "CAR") that are also everyday English, French or Spanish words. The text
    /// handed to the resolver may be a stray word of a sentence ("is it a party?" → "it"): a code typed in capitals
    /// is deliberate ("IT", "IN", "NO" are Italy, India, Norway), the same letters in lower case are the word, and
    /// only suggest the state. "us" is not here: people write "us" in lower case to mean the United States, and no
    /// sentence has a reason to put the pronoun where the state goes. "uk" is no word at all.
    /// </summary>
    public static readonly IReadOnlySet<string> EverydayWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "al", "am", "at", "be", "by", "de", "do", "es", "et", "id", "il", "in", "is", "it", "la", "ma", "me", "my",
        "ne", "ni", "no", "sa", "se", "si", "so", "to",
        "ago", "and", "are", "arm", "bra", "can", "car", "cod", "cub", "fin", "gab", "gin", "lie", "mar", "nor",
        "pan", "per", "sur", "ton",
    };
}
