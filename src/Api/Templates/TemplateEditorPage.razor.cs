using Microsoft.AspNetCore.Components;
using MudBlazor;
using WorkflowPortal.Documents.Templates;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Templates;

// The template editor's behaviour: loading, saving, publishing and retiring with confirmation,
// and the live preview that follows the source. The markup is in TemplateEditorPage.razor.
public partial class TemplateEditorPage
{
    [CascadingParameter] WorkflowPortal.Api.Shell.CalendarChoice? Calendar { get; set; }

    [Parameter] public Guid? Id { get; set; }

    bool _loaded, _busy, _previewing;
    TemplateDetail? _detail;
    TemplateVersionView? _version;
    string _nameEn = "", _nameAr = "", _bodyEn = "", _bodyAr = "";
    Guid? _requestTypeId, _contractTypeId;
    Audience _audience = Audience.AllClients;
    IReadOnlyCollection<Guid> _audienceIds = [];
    DigitStyle _digits = DigitStyle.Latin;
    List<QuestionRow> _rows = [];
    IReadOnlyList<RequestTypeView> _requestTypes = [];
    IReadOnlyList<StudioContractType> _contractTypes = [];
    IReadOnlyList<ClientView> _clients = [];
    IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    Error? _problem;
    string _previewLanguage = Language;
    string? _previewError;
    IReadOnlyList<string> _pages = [];
    CancellationTokenSource? _typing;

    string Title => _detail is { } d ? d.Name.In(Language) : T["NewTemplate"];

    protected override async Task OnParametersSetAsync()
    {
        if (await ActorAsync() is not { } actor) return;
        var catalog = await UseAsync<RequestTypes, CatalogView>(t => t.CatalogAsync(actor, null, CancellationToken.None));
        _requestTypes = [.. catalog.Categories.SelectMany(c => c.Types).Where(t => t.Creates == RequestKind.ContractFromTemplate)];
        var types = await UseAsync<ContractTypes, Result<IReadOnlyList<StudioContractType>>>(t => t.ListAsync(actor, null, false, CancellationToken.None));
        _contractTypes = types.IsSuccess ? types.Value : [];
        var clients = await UseAsync<ClientDirectory, Result<Page<ClientView>>>(c => c.ListAsync(new PageQuery(PageQuery.MaxLimit), actor, CancellationToken.None));
        _clients = clients.IsSuccess ? clients.Value.Items : [];
        if (Id is { } id)
        {
            var found = await UseAsync<TemplateStudio, Result<TemplateDetail>>(s => s.GetAsync(id, actor, CancellationToken.None));
            if (!found.IsSuccess) { Navigation.NotFound(); return; }
            Show(found.Value);
        }
        _loaded = true;
        await PreviewAsync();
    }

    void Show(TemplateDetail detail)
    {
        _detail = detail;
        (_nameEn, _nameAr, _bodyEn, _bodyAr) = (detail.Name.En, detail.Name.Ar, detail.BodyEn, detail.BodyAr);
        (_requestTypeId, _contractTypeId, _audience, _audienceIds, _digits) =
            (detail.RequestTypeId, detail.ContractTypeId, detail.Audience, detail.AudienceIds.ToList(), detail.Digits);
        _rows = [.. detail.Fields.Select(QuestionRow.Of)];
        // A retired contract type still shows for the template that has it.
        if (detail.ContractTypeId is { } kept && _contractTypes.All(t => t.Id != kept))
            _contractTypes = [.. _contractTypes, new StudioContractType(kept, new("—", "—"), null, false, true, 0, 0)];
    }

    TemplateSpec Spec() => new(_requestTypeId ?? Guid.Empty, _contractTypeId, new(_nameEn.Trim(), _nameAr.Trim()), _bodyEn, _bodyAr,
        QuestionRow.Fields(_rows), _digits, _audience, [.. _audienceIds]);

    bool Unsaved => _detail is null || System.Text.Json.JsonSerializer.Serialize(Spec()) != System.Text.Json.JsonSerializer.Serialize(
        new TemplateSpec(_detail.RequestTypeId, _detail.ContractTypeId, _detail.Name, _detail.BodyEn, _detail.BodyAr, _detail.Fields, _detail.Digits,
            _detail.Audience, _detail.AudienceIds));

    bool Has(string key) => _errors.ContainsKey(key);
    string? Text(string key) => _errors.GetValueOrDefault(key) is { } messages ? string.Join(" ", messages) : null;

    string State(TemplateDetail d) =>
        d.IsRetired ? T["StateRetired"] : d.PublishedVersion == 0 ? T["StateNeverPublished"] : d.HasDraft ? T["StateDraft", d.PublishedVersion] : T["StatePublished", d.PublishedVersion];

    async Task<bool> SaveAsync()
    {
        if (_busy || await ActorAsync() is not { } actor) return false;
        _busy = true;
        try
        {
            var saved = _detail is null
                ? await UseAsync<TemplateStudio, Result<TemplateDetail>>(s => s.CreateAsync(Spec(), actor, CancellationToken.None))
                : await UseAsync<TemplateStudio, Result<TemplateDetail>>(s => s.UpdateAsync(_detail.Id, Spec(), _detail.Revision, actor, CancellationToken.None));
            if (!Shown(saved)) return false;
            Snackbar.Add(T["Saved"], Severity.Success);
            if (Id is null) Navigation.NavigateTo($"/studio/templates/{saved.Value.Id}", replace: true);
            return true;
        }
        finally
        {
            _busy = false;
        }
    }

    // Publishing freezes what is on the page: unsaved changes are saved first, as the confirmation says.
    async Task PublishAsync()
    {
        var next = _detail!.PublishedVersion + 1;
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["PublishTitle"], T["PublishText", next], T["PublishYes"], cancelText: T["Cancel"]);
        if (confirmed != true) return;
        if (Unsaved && !await SaveAsync()) return;
        if (await ActorAsync() is not { } actor) return;
        var published = await UseAsync<TemplateStudio, Result<TemplateDetail>>(s => s.PublishAsync(_detail!.Id, _detail.Revision, actor, CancellationToken.None));
        if (Shown(published)) Snackbar.Add(T["Published", published.Value.PublishedVersion], Severity.Success);
    }

    async Task RetireAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["RetireTitle"], T["RetireText"], T["RetireYes"], cancelText: T["Cancel"]);
        if (confirmed != true || await ActorAsync() is not { } actor) return;
        var retired = await UseAsync<TemplateStudio, Result<TemplateDetail>>(s => s.RetireAsync(_detail!.Id, actor, CancellationToken.None));
        if (Shown(retired)) Snackbar.Add(T["RetiredDone"], Severity.Info);
    }

    bool Shown(Result<TemplateDetail> result)
    {
        _problem = result.IsSuccess ? null : result.Error;
        _errors = result.IsSuccess ? new Dictionary<string, string[]>() : result.Error.Fields ?? new Dictionary<string, string[]>();
        if (result.IsSuccess) Show(result.Value);
        return result.IsSuccess;
    }

    async Task ReadVersionAsync(int number)
    {
        if (await ActorAsync() is not { } actor) return;
        var version = await UseAsync<TemplateStudio, Result<TemplateVersionView>>(s => s.VersionAsync(_detail!.Id, number, actor, CancellationToken.None));
        _version = version.IsSuccess ? version.Value : null;
    }

    // The preview follows the source: it renders a moment after the author stops typing.
    void SourceChanged(string? en, string? ar)
    {
        if (en is not null) _bodyEn = en;
        if (ar is not null) _bodyAr = ar;
        _typing?.Cancel();
        _typing = new CancellationTokenSource();
        var token = _typing.Token;
        _ = Task.Delay(700, token).ContinueWith(t =>
        {
            if (!t.IsCanceled) _ = InvokeAsync(async () => { await PreviewAsync(); StateHasChanged(); });
        }, TaskScheduler.Default);
    }

    async Task PreviewLanguageAsync(string language)
    {
        _previewLanguage = language;
        await PreviewAsync();
    }

    async Task PreviewAsync()
    {
        if (await ActorAsync() is not { } actor) return;
        _previewing = true;
        try
        {
            var draft = new TemplateDraft(_bodyEn, _bodyAr, QuestionRow.Fields(_rows), _digits);
            if (string.IsNullOrWhiteSpace(draft.BodyEn) && string.IsNullOrWhiteSpace(draft.BodyAr)) { _pages = []; return; }
            var preview = await UseAsync<TemplateStudio, Result<TemplatePreview>>(s => s.PreviewAsync(draft, null, _previewLanguage, 5, actor, CancellationToken.None));
            _previewError = preview.IsSuccess ? null : WorkflowPortal.Api.Problems.ErrorWords.All(preview.Error);
            if (preview.IsSuccess) _pages = [.. preview.Value.Pages.Select(p => $"data:image/png;base64,{Convert.ToBase64String(p)}")];
        }
        finally
        {
            _previewing = false;
        }
    }

    public void Dispose() => _typing?.Cancel();
}
