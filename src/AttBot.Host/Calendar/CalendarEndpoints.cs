using System.Text;

namespace AttBot.Host.Calendar;

public static class CalendarEndpoints
{
    /// <summary>
    /// GET /calendar/{token}.ics: a calendar subscription, polled by Outlook or Google Calendar. The address's secret is
    /// the only key, so unknown, revoked and malformed addresses get the same 404; the calendar is the owner's alone and
    /// is kept in no shared cache.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet(CalendarDesk.FeedPath + "{token}.ics", (string token, CalendarDesk calendars, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "private, no-store";
            http.Response.Headers["X-Content-Type-Options"] = "nosniff";
            return calendars.Poll(token) is { } ics
                ? Results.Text(ics, "text/calendar; charset=utf-8", Encoding.UTF8)
                : Results.Text("This calendar address is unknown or no longer works. Ask AttBot for a new one.", statusCode: StatusCodes.Status404NotFound);
        });
        return app;
    }
}
