namespace AttBot.Domain.Language;

/// <summary>
/// "grant", "revoke", "roles" and "champions" in English, French and Spanish: who holds which role, and the refusals.
/// Names come as people wrote them; regions through <see cref="PlaceNames"/>; commands stay as typed (grant champion…),
/// the Secretariat's own and English in every language. Markdown (**bold**). French puts a no-break space before a colon.
/// </summary>
public static class RoleWords
{
    private const char Nbsp = '\u00A0';

    /// <param name="suggestions">The regions it may have meant, joined by <see cref="ListWords"/>.</param>
    public static string UnknownRegion(string typed, string suggestions, Language language) => language switch
    {
        Language.French => $"Je ne connais pas la région «{Nbsp}{typed}{Nbsp}». Vouliez-vous dire {suggestions}{Nbsp}?",
        Language.Spanish => $"No conozco la región «{typed}». ¿Quiso decir {suggestions}?",
        _ => $"I don't know the region “{typed}” — did you mean {suggestions}?",
    };

    /// <param name="example">The command to type, as the Secretariat types it.</param>
    public static string NameRegionAndPerson(string example, Language language) => language switch
    {
        Language.French => $"Veuillez nommer la région et la personne, par exemple{Nbsp}: **{example}**.",
        Language.Spanish => $"Indique la región y la persona, por ejemplo: **{example}**.",
        _ => $"Please name the region and the person, for example: **{example}**.",
    };

    public static string NamePerson(string example, Language language) => language switch
    {
        Language.French => $"Veuillez nommer la personne, par exemple{Nbsp}: **{example}**.",
        Language.Spanish => $"Indique la persona, por ejemplo: **{example}**.",
        _ => $"Please name the person, for example: **{example}**.",
    };

    /// <param name="names">Those who match, joined by <see cref="ListWords"/>.</param>
    public static string SeveralMatch(string typed, string names, Language language) => language switch
    {
        Language.French => $"Plusieurs personnes correspondent à «{Nbsp}{typed}{Nbsp}»{Nbsp}: {names}. Veuillez @mentionner celle que vous visez.",
        Language.Spanish => $"Varias personas coinciden con «{typed}»: {names}. Mencione con @ a la que se refiere.",
        _ => $"Several people match “{typed}”: {names}. Please @mention the one you mean.",
    };

    public static string UnknownPerson(string typed, Language language) => language switch
    {
        Language.French => $"Je ne connais personne du nom de «{Nbsp}{typed}{Nbsp}». Veuillez la @mentionner ou donner son identifiant d’utilisateur{Nbsp}; " +
            "j’apprends les noms dès que les personnes m’écrivent.",
        Language.Spanish => $"No conozco a nadie llamado «{typed}». Menciónela con @ o indique su identificador de usuario; aprendo los nombres en cuanto las personas me escriben.",
        _ => $"I don't know anyone called “{typed}”. Please @mention them, or give their user id; I learn names once people write to me.",
    };

    public static string AlreadyConfigured(string name, Language language) => language switch
    {
        Language.French => $"**{name}** fait déjà partie du Secrétariat du TCA, par la configuration du bot.",
        Language.Spanish => $"**{name}** ya forma parte de la Secretaría del TCA, por la configuración del bot.",
        _ => $"**{name}** is already in the ATT Secretariat, through the bot's configuration.",
    };

    public static string OnlyInConfiguration(string name, Language language) => language switch
    {
        Language.French => $"**{name}** fait partie du Secrétariat du TCA par la configuration du bot (Roles:Secretariat){Nbsp}; cela ne peut être modifié que là, pas dans la conversation.",
        Language.Spanish => $"**{name}** forma parte de la Secretaría del TCA por la configuración del bot (Roles:Secretariat); solo puede cambiarse allí, no en el chat.",
        _ => $"**{name}** is in the ATT Secretariat through the bot's configuration (Roles:Secretariat); that can only be changed there, not in chat.",
    };

    /// <summary>The role as said after "is": "a member of the ATT Secretariat", or "regional champion for **Oceania**" (null region).</summary>
    public static string Role(string? region, Language language) => (region, language) switch
    {
        (null, Language.French) => "membre du Secrétariat du TCA",
        (null, Language.Spanish) => "miembro de la Secretaría del TCA",
        (null, _) => "a member of the ATT Secretariat",
        (_, Language.French) => $"champion régional pour **{region}**",
        (_, Language.Spanish) => $"promotor regional para **{region}**",
        _ => $"regional champion for **{region}**",
    };

    public enum Change { Granted, AlreadyHeld, Revoked, NotHeld }

    /// <param name="role">What <see cref="Role"/> says.</param>
    /// <param name="champion">A champion just granted is told what the role lets them do.</param>
    public static string Changed(Change change, string name, string role, bool champion, Language language)
    {
        var said = (change, language) switch
        {
            (Change.Granted, Language.French) => $"C’est fait{Nbsp}: **{name}** est désormais {role}.",
            (Change.AlreadyHeld, Language.French) => $"**{name}** est déjà {role}.",
            (Change.Revoked, Language.French) => $"C’est fait{Nbsp}: **{name}** n’est plus {role}.",
            (_, Language.French) => $"**{name}** n’est pas {role}.",
            (Change.Granted, Language.Spanish) => $"Hecho: **{name}** es ahora {role}.",
            (Change.AlreadyHeld, Language.Spanish) => $"**{name}** ya es {role}.",
            (Change.Revoked, Language.Spanish) => $"Hecho: **{name}** ya no es {role}.",
            (_, Language.Spanish) => $"**{name}** no es {role}.",
            (Change.Granted, _) => $"Done: **{name}** is now {role}.",
            (Change.AlreadyHeld, _) => $"**{name}** is already {role}.",
            (Change.Revoked, _) => $"Done: **{name}** is no longer {role}.",
            _ => $"**{name}** is not {role}.",
        };
        return change != Change.Granted || !champion ? said : said + language switch
        {
            Language.French => " Cette personne voit le détail des démarches restreintes visant ses États, et ne modifie toujours que ses propres inscriptions.",
            Language.Spanish => " Esta persona ve el detalle de las gestiones restringidas dirigidas a sus Estados, y sigue modificando solo sus propios registros.",
            _ => " They see restricted outreach details for its states; they still change only their own records.",
        };
    }

    public static string SecretariatHeading(Language language) => language switch
    {
        Language.French => "Secrétariat du TCA",
        Language.Spanish => "Secretaría del TCA",
        _ => "ATT Secretariat",
    };

    /// <summary>Marks a member listed in the bot's configuration.</summary>
    public static string Configuration(Language language) => language switch
    {
        Language.French => "configuration",
        Language.Spanish => "configuración",
        _ => "configuration",
    };

    public static string NobodyYet(Language language) => language switch
    {
        Language.French => $"personne pour l’instant{Nbsp}: inscrivez les membres sous Roles:Secretariat dans la configuration",
        Language.Spanish => "nadie por ahora: incluya a los miembros en Roles:Secretariat en la configuración",
        _ => "nobody yet: list members under Roles:Secretariat in the configuration",
    };

    public static string ChampionsHeading(Language language) => language switch
    {
        Language.French => "Champions régionaux",
        Language.Spanish => "Promotores regionales",
        _ => "Regional champions",
    };

    public static string NoChampionYet(Language language) => language switch
    {
        Language.French => $"aucun pour l’instant. Pour en ajouter un{Nbsp}: **grant champion Oceania @nom**",
        Language.Spanish => "ninguno por ahora. Para añadir uno: **grant champion Oceania @nombre**",
        _ => "none yet. To add one: **grant champion Oceania @name**",
    };

    /// <summary>"Maria Lopez — granted by Sam Lee on 18 March 2026".</summary>
    public static string Granted(string name, string by, DateOnly on, Language language) => language switch
    {
        Language.French => $"{name} — attribué par {by} le {Formats.Date(on, language)}",
        Language.Spanish => $"{name} — asignado por {by} el {Formats.Date(on, language)}",
        _ => $"{name} — granted by {by} on {Formats.Date(on, language)}",
    };

    public static string NoChampions(Language language) => language switch
    {
        Language.French => "Aucun champion régional n’a encore été désigné.",
        Language.Spanish => "Todavía no se ha designado ningún promotor regional.",
        _ => "No regional champions have been named yet.",
    };

    public static string ChampionsFor(string region, Language language) => language switch
    {
        Language.French => $"Champions régionaux pour {region}",
        Language.Spanish => $"Promotores regionales para {region}",
        _ => $"Regional champions for {region}",
    };

    public static string NoChampionFor(string region, Language language) => language switch
    {
        Language.French => $"{region}{Nbsp}: aucun champion régional pour l’instant.",
        Language.Spanish => $"{region}: ningún promotor regional por ahora.",
        _ => $"{region} has no regional champion yet.",
    };
}
