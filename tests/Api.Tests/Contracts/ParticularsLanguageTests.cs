using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.People;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Contracts;

// The contract particulars and approval plan refusals read in the lawyer's own language.
public sealed class ParticularsLanguageTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_arabic_speaking_lawyer_is_told_in_arabic_which_particular_is_wrong()
    {
        await _app.WithDbAsync(async db =>
        {
            var user = await db.Set<PortalUser>().SingleAsync(u => u.Email == "lawyer@demo.portal");
            user.Language = "ar";
            return await db.SaveChangesAsync();
        });
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var contract = await SubmitRequestAsync(client);

        var wrong = await (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/particulars", new
        {
            title = "", value = -5, currency = "riyal", startDate = "2027-02-01", endDate = "2027-01-01", parties = new[] { new { name = "", role = "Supplier" } },
        })).JsonAsync(HttpStatusCode.BadRequest);
        var errors = wrong.GetProperty("errors");
        Assert.Equal("بعض الحقول غير صالحة.", wrong.GetProperty("title").GetString());
        Assert.Equal("يلزم عنوان من حرف واحد إلى 300 حرف.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("لا يمكن أن تكون القيمة سالبة.", errors.GetProperty("value")[0].GetString());
        Assert.StartsWith("استخدم رمز عملة من ثلاثة أحرف", errors.GetProperty("currency")[0].GetString());
        Assert.Equal("تاريخ الانتهاء قبل تاريخ البدء.", errors.GetProperty("endDate")[0].GetString());
        Assert.StartsWith("يحتاج كل طرف إلى اسم", errors.GetProperty("parties")[0].GetString());

        var crowd = await (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/particulars", new
        {
            title = "Supply", parties = Enumerable.Range(0, 21).Select(i => new { name = $"Party {i}", role = "Supplier" }).ToArray(),
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("يذكر العقد 20 طرفًا على الأكثر.", crowd.GetProperty("errors").GetProperty("parties")[0].GetString());
        var majority = await (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/approval-plan",
            new { steps = new[] { new { mode = "majority", approvers = new[] { Guid.NewGuid() } } } })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("نمط خطوة الموافقة", majority.GetProperty("errors").GetProperty("steps[0].mode")[0].GetString());
    }
}
