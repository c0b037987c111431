using AttBot.Data.Schema;
using AttBot.Domain.Language;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>Who reads which language: a person's or a conversation's choice ("language fr"), and the locale a person's client last reported.</summary>
public sealed class LanguageStore(StoreConnections connections, TimeProvider time)
{
    public Language? ChosenBy(string channelId, string userId) => Chosen(channelId, "person", userId);

    /// <summary>Every person's choice: few people make one, so all of them fit in memory.</summary>
    public IReadOnlyList<(string ChannelId, string UserId, Language Language)> PeopleChoices()
    {
        using var connection = connections.Open();
        return connection.Query<(string ChannelId, string UserId, string Tag)>(
                "SELECT channel_id, subject_id, language FROM language_choices WHERE subject_kind = 'person'")
            .Select(row => (row.ChannelId, row.UserId, Languages.FromLocale(row.Tag)!.Value)).ToList();
    }

    public Language? ChosenFor(string channelId, string conversationId) => Chosen(channelId, "conversation", conversationId);

    /// <summary>Every conversation's choice: only subscribed conversations make one, so all of them fit in memory.</summary>
    public IReadOnlyList<(string ChannelId, string ConversationId, Language Language)> ConversationChoices()
    {
        using var connection = connections.Open();
        return connection.Query<(string ChannelId, string ConversationId, string Tag)>(
                "SELECT channel_id, subject_id, language FROM language_choices WHERE subject_kind = 'conversation'")
            .Select(row => (row.ChannelId, row.ConversationId, Languages.FromLocale(row.Tag)!.Value)).ToList();
    }

    /// <summary>Remembers the choice, or forgets it when <paramref name="language"/> is null ("language auto").</summary>
    public void ChooseForPerson(string channelId, string userId, Language? language) => Choose(channelId, "person", userId, userId, language);

    public void ChooseForConversation(string channelId, string conversationId, string chosenBy, Language? language) =>
        Choose(channelId, "conversation", conversationId, chosenBy, language);

    /// <summary>The locale the person's client last sent (stored with their profile, see ProfileStore.SeenAsync).</summary>
    public string? LastLocale(string channelId, string userId)
    {
        using var connection = connections.Open();
        return connection.ExecuteScalar<string?>("SELECT locale FROM user_profiles WHERE channel_id = @channelId AND user_id = @userId", new { channelId, userId });
    }

    private Language? Chosen(string channelId, string kind, string subjectId)
    {
        using var connection = connections.Open();
        var tag = connection.ExecuteScalar<string?>(
            "SELECT language FROM language_choices WHERE channel_id = @channelId AND subject_kind = @kind AND subject_id = @subjectId",
            new { channelId, kind, subjectId });
        return Languages.FromLocale(tag);
    }

    private void Choose(string channelId, string kind, string subjectId, string chosenBy, Language? language)
    {
        using var connection = connections.Open();
        if (language is null)
        {
            connection.Execute("DELETE FROM language_choices WHERE channel_id = @channelId AND subject_kind = @kind AND subject_id = @subjectId",
                new { channelId, kind, subjectId });
            return;
        }
        connection.Execute("""
            INSERT INTO language_choices (channel_id, subject_kind, subject_id, language, chosen_by, chosen_at)
            VALUES (@channelId, @kind, @subjectId, @language, @chosenBy, @Now)
            ON CONFLICT (channel_id, subject_kind, subject_id) DO UPDATE SET
                language = excluded.language, chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at
            """, new { channelId, kind, subjectId, language = Languages.Tag(language.Value), chosenBy, Now = Codes.Time(time.GetUtcNow()) });
    }
}
