using AttBot.BotFramework.Hosting;
using AttBot.BotFramework.Schema;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Host.Outreach;

namespace AttBot.Host.Teams;

/// <summary>
/// The apology after a failed Teams turn, in its reader's language: their own choice (held in memory), else the
/// activity's locale, else English.
/// </summary>
public sealed class TeamsErrorMessage(Language.LanguageDesk languages, ILogger<TeamsErrorMessage> logger) : ITurnErrorMessage
{
    public string For(Activity activity) => CommandSentences.WentWrong(ReaderOf(activity));

    private Domain.Language.Language ReaderOf(Activity activity)
    {
        if (activity.From?.Id is not { Length: > 0 } userId || activity.ChannelId is not { } channel)
            return ReaderLanguage.Of(null, activity.Locale);
        try
        {
            return languages.ReaderOf(new Person(channel, userId, activity.From.AadObjectId, "") { Locale = activity.Locale });
        }
        catch (Exception ex)
        {
            // The choices are read from the store once; when that is what failed, the client's locale still answers.
            logger.LogWarning("Could not read the language chosen by {User}: {Error}", userId, ex.Message);
            return ReaderLanguage.Of(null, activity.Locale);
        }
    }
}
