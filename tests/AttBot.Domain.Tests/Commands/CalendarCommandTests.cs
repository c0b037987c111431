using AttBot.Domain.Commands;
using AttBot.Domain.Places;

namespace AttBot.Domain.Tests.Commands;

/// <summary>"calendar feed" and "calendar revoke", in the three languages; "calendar" alone stays the Secretariat's export.</summary>
public sealed class CalendarCommandTests
{
    [Theory]
    [InlineData("calendar feed", null)]
    [InlineData("Calendar Feed Oceania", "Oceania")]
    [InlineData("calendar feed region Asia kind workshop", "region Asia kind workshop")]
    [InlineData("calendar subscribe", null)]
    [InlineData("calender feed", null)]
    [InlineData("calendar link", null)]
    [InlineData("abonner calendrier", null)]
    [InlineData("s'abonner au calendrier Océanie", "Océanie")]
    [InlineData("abonnement au calendrier", null)]
    [InlineData("flux du calendrier", null)]
    [InlineData("suscribir calendario", null)]
    [InlineData("suscribirse al calendario Oceanía", "Oceanía")]
    [InlineData("suscripción al calendario", null)]
    public void A_calendar_subscription_is_asked_for(string text, string? filter) =>
        Assert.Equal(filter, Assert.IsType<BotCommand.CalendarFeed>(CommandParser.Parse(text)).FilterText);

    [Theory]
    [InlineData("calendar revoke")]
    [InlineData("calendar stop")]
    [InlineData("revoke calendar")]
    [InlineData("revoke my calendar feeds")]
    [InlineData("révoquer calendrier")]
    [InlineData("révoquer mes abonnements au calendrier")]
    [InlineData("se désabonner du calendrier")]
    [InlineData("revocar calendario")]
    [InlineData("anular la suscripción al calendario")]
    public void Every_calendar_subscription_is_revoked(string text) =>
        Assert.IsType<BotCommand.CalendarRevoke>(CommandParser.Parse(text));

    [Theory]
    [InlineData("calendar")]
    [InlineData("calendar 2027-Q1 region Asia")]
    [InlineData("export calendar")]
    public void Calendar_with_anything_else_is_still_the_export(string text) =>
        Assert.Equal(AttBot.Domain.Reports.ExportFormat.Calendar, Assert.IsType<BotCommand.Export>(CommandParser.Parse(text)).Format);

    [Fact]
    public void Revoking_a_role_is_not_taken_for_revoking_a_calendar() =>
        Assert.IsType<BotCommand.Revoke>(CommandParser.Parse("revoke secretariat @Sam"));

    [Fact]
    public void The_subscription_link_is_private_material_and_its_revocation_is_journaled()
    {
        Assert.True(Audience.IsPrivateMaterial(new BotCommand.CalendarFeed(null)));
        Assert.True(CommandParser.Parse("calendar revoke").ChangesData());
        Assert.False(CommandParser.Parse("calendar feed").ChangesData());
    }
}
