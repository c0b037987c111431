using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>With no database configured, the bot keeps its data in data/attbot.db under its content root, never in bin/.</summary>
public sealed class DatabaseLocationTests
{
    [Fact]
    public async Task The_default_database_is_created_in_a_data_folder_under_the_content_root()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new AttBotApp { DefaultDatabase = true };
        Assert.False(Directory.Exists(Path.Combine(app.Directory, "data")));
        var client = app.CreateClient();

        var id = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(Activities.Message(connector.ServiceUrl, "status Malaysia", id: id))).StatusCode);
        var reply = await connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);

        Assert.Contains("Malaysia", reply.CardJson);
        Assert.True(File.Exists(Path.Combine(app.Directory, "data", "attbot.db")));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "attbot.db")));
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "data")));
    }

    [Theory]
    [InlineData("Data Source=data/attbot.db", "data/attbot.db")]
    [InlineData("Data Source=attbot.db", "attbot.db")]
    public void A_relative_path_is_taken_under_the_content_root(string connectionString, string relative)
    {
        var root = Path.Combine(Path.GetTempPath(), "attbot-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var anchored = AttBot.Host.Composition.StoreSetup.InDataFolder(connectionString, root);
            Assert.Equal($"Data Source={Path.GetFullPath(Path.Combine(root, relative))}", anchored);
            Assert.True(Directory.Exists(Path.GetDirectoryName(Path.Combine(root, relative))));
        }
        finally
        {
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }
}
