using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.Notifications;

namespace WorkflowPortal.Api.Tests.Notifications;

public sealed class NotificationTests
{
    static readonly BilingualText Title = new("Your request was updated", "تم تحديث طلبك");
    static readonly BilingualText Body = new("The legal team answered.", "ردّ الفريق القانوني.");

    [Fact]
    public async Task A_notification_is_stored_in_the_recipients_language_counted_unread_and_marked_read()
    {
        await using var app = PortalApp.OnSqlite();
        using var sara = await app.SignedInAsync("sara@demo.portal");
        var saraId = (await (await sara.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        await NotifyAsync(app, saraId);

        var list = await (await sara.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("unread").GetInt32());
        var item = list.GetProperty("items")[0];
        Assert.Equal("تم تحديث طلبك", item.GetProperty("title").GetString());
        var email = await app.WaitForPickupAsync("sara@demo.portal");
        Assert.Equal("تم تحديث طلبك", email.Subject);

        var id = item.GetProperty("id").GetGuid();
        using var omar = await app.SignedInAsync("client@demo.portal");
        Assert.Equal(HttpStatusCode.NotFound, (await omar.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        await (await sara.PostAsync($"/api/v1/notifications/{id}/read", null)).JsonAsync(HttpStatusCode.NoContent);
        var after = await (await sara.GetAsync("/api/v1/notifications?unread=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, after.GetProperty("unread").GetInt32());
        Assert.Equal(0, after.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Turning_email_off_for_an_event_type_keeps_the_in_app_notification_but_sends_no_email()
    {
        await using var app = PortalApp.OnSqlite();
        using var omar = await app.SignedInAsync("client@demo.portal");
        var omarId = (await (await omar.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        var saved = await (await omar.PutAsJsonAsync("/api/v1/me/preferences",
            new { language = "en", preferences = new[] { new { type = NotificationTypes.RequestUpdated, email = false } } })).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(saved.GetProperty("preferences").EnumerateArray(),
            p => p.GetProperty("type").GetString() == NotificationTypes.RequestUpdated && !p.GetProperty("email").GetBoolean());

        await NotifyAsync(app, omarId);

        var list = await (await omar.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("unread").GetInt32());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task Notification_and_preference_endpoints_reject_bad_input()
    {
        await using var app = PortalApp.OnSqlite();
        using var omar = await app.SignedInAsync("client@demo.portal");
        Assert.Equal(HttpStatusCode.BadRequest, (await omar.GetAsync("/api/v1/notifications?limit=1000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await omar.PostAsync($"/api/v1/notifications/{Guid.NewGuid()}/read", null)).StatusCode);
        var bad = await (await omar.PutAsJsonAsync("/api/v1/me/preferences",
            new { language = "fr", preferences = new[] { new { type = "no.such.type", email = true } }, timeZone = "Mars/Olympus_Mons" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("language", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("preferences", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("timeZone", out _));
        Assert.Null((await (await omar.GetAsync("/api/v1/me/preferences")).JsonAsync(HttpStatusCode.OK)).GetProperty("timeZone").GetString());
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/notifications")).StatusCode);
    }

    static async Task NotifyAsync(PortalApp app, Guid recipient)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        await notifier.NotifyAsync(new NotificationRequest(recipient, NotificationTypes.RequestUpdated, Title, Body, "/portal"), CancellationToken.None);
    }
}
