using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Admin;

// The administration API. Every route only needs a signed-in person: the use cases decide who may
// do what (portal users get 403), exactly as the admin pages that call them.
internal static class AdminEndpoints
{
    public static void MapAdmin(this IEndpointRouteBuilder app)
    {
        var team = app.MapGroup("/api/v1/team-members").WithTags("Team members").RequireAuthorization();
        team.MapGet("/", (int? limit, string? cursor, string? search, ClaimsPrincipal user, PeopleDirectory people, CancellationToken ct) =>
            Ok(people.ListTeamAsync(new PageQuery(limit, cursor, search), Actor.FromClaims(user), ct)))
            .WithSummary("List the legal team (search, keyset paging).");
        team.MapPost("/", async (InviteTeamMember body, ClaimsPrincipal user, Invitations invitations, CancellationToken ct) =>
            Created("/api/v1/team-members", await invitations.InviteTeamMemberAsync(body, Actor.FromClaims(user), ct)))
            .WithSummary("Invite a lawyer or an administrator; 201 {id}.");
        team.MapPut("/{id:guid}/role", (Guid id, RoleBody body, ClaimsPrincipal user, PeopleDirectory people, CancellationToken ct) =>
            Ok(people.ChangeRoleAsync(id, body.Role, Actor.FromClaims(user), ct)))
            .WithSummary("Change a team member's role (Admin or LegalTeam).");
        MapAccountActions(team);

        var clients = app.MapGroup("/api/v1/clients").WithTags("Clients").RequireAuthorization();
        clients.MapGet("/", (int? limit, string? cursor, string? search, ClaimsPrincipal user, ClientDirectory directory, CancellationToken ct) =>
            Ok(directory.ListAsync(new PageQuery(limit, cursor, search), Actor.FromClaims(user), ct)))
            .WithSummary("List client organizations (search, keyset paging).");
        clients.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, ClientDirectory directory, CancellationToken ct) =>
            Ok(directory.GetAsync(id, Actor.FromClaims(user), ct)))
            .WithSummary("One client organization with its departments.");
        clients.MapPost("/", async (SaveClient body, ClaimsPrincipal user, ClientDirectory directory, CancellationToken ct) =>
            (await directory.CreateAsync(body, Actor.FromClaims(user), ct)).Match<Results<Created<ClientView>, ProblemHttpResult>>(
                c => TypedResults.Created($"/api/v1/clients/{c.Id}", c), e => e.ToProblem()))
            .WithSummary("Create a client organization (and departments).");
        clients.MapPut("/{id:guid}", (Guid id, SaveClient body, ClaimsPrincipal user, ClientDirectory directory, CancellationToken ct) =>
            Ok(directory.UpdateAsync(id, body, Actor.FromClaims(user), ct)))
            .WithSummary("Rename, change kind, add departments.");

        var portal = app.MapGroup("/api/v1/portal-users").WithTags("Portal users").RequireAuthorization();
        portal.MapGet("/", (int? limit, string? cursor, string? search, Guid? clientId, ClaimsPrincipal user, PeopleDirectory people, CancellationToken ct) =>
            Ok(people.ListPortalUsersAsync(new PageQuery(limit, cursor, search), clientId, Actor.FromClaims(user), ct)))
            .WithSummary("List portal users (search, ?clientId, keyset paging).");
        portal.MapPost("/", async (InvitePortalUser body, ClaimsPrincipal user, Invitations invitations, CancellationToken ct) =>
            Created("/api/v1/portal-users", await invitations.InvitePortalUserAsync(body, Actor.FromClaims(user), ct)))
            .WithSummary("Invite a portal user into an organization; 201 {id}.");
        MapAccountActions(portal);

        var signups = app.MapGroup("/api/v1/signups").WithTags("Sign-ups").RequireAuthorization();
        signups.MapGet("/", (int? limit, string? cursor, string? search, ClaimsPrincipal user, SignUps signUps, CancellationToken ct) =>
            Ok(signUps.ListPendingAsync(new PageQuery(limit, cursor, search), Actor.FromClaims(user), ct)))
            .WithSummary("Sign-ups waiting for approval.");
        signups.MapPost("/{id:guid}/approve", (Guid id, ApproveSignUp body, ClaimsPrincipal user, SignUps signUps, CancellationToken ct) =>
            Ok(signUps.ApproveAsync(id, body, Actor.FromClaims(user), ct)))
            .WithSummary("Approve a sign-up, linking it to an organization (or a new individual one).");
        signups.MapPost("/{id:guid}/reject", async (Guid id, ClaimsPrincipal user, SignUps signUps, CancellationToken ct) =>
            (await signUps.RejectAsync(id, Actor.FromClaims(user), ct)).NoContentOrProblem())
            .WithSummary("Reject a sign-up.");

        var settings = app.MapGroup("/api/v1/settings/access").WithTags("Access policy").RequireAuthorization();
        settings.MapGet("/", (ClaimsPrincipal user, AccessPolicies policies, CancellationToken ct) =>
            Ok(policies.GetAsync(Actor.FromClaims(user), ct)))
            .WithSummary("Sign-up mode and whether the legal team must use 2FA.");
        settings.MapPut("/", (AccessPolicyView body, ClaimsPrincipal user, AccessPolicies policies, CancellationToken ct) =>
            Ok(policies.ChangeAsync(body, Actor.FromClaims(user), ct)))
            .WithSummary("Change the access settings.");
    }

    public sealed record RoleBody(string? Role);

    // Team members and portal users share these: the use case checks who may act on whom.
    static void MapAccountActions(RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, PeopleDirectory people, CancellationToken ct) =>
            Ok(people.GetAsync(id, Actor.FromClaims(user), ct)))
            .WithSummary("One account.");
        group.MapPost("/{id:guid}/resend", async (Guid id, ClaimsPrincipal user, Invitations invitations, CancellationToken ct) =>
            (await invitations.ResendAsync(id, Actor.FromClaims(user), ct)).NoContentOrProblem())
            .WithSummary("Send a new invitation link (the earlier one stops working).");
        group.MapPost("/{id:guid}/revoke", async (Guid id, ClaimsPrincipal user, Invitations invitations, CancellationToken ct) =>
            (await invitations.RevokeAsync(id, Actor.FromClaims(user), ct)).NoContentOrProblem())
            .WithSummary("Revoke a pending invitation.");
        group.MapPost("/{id:guid}/deactivate", (Guid id, ClaimsPrincipal user, PeopleDirectory people, CancellationToken ct) =>
            Ok(people.DeactivateAsync(id, Actor.FromClaims(user), ct)))
            .WithSummary("Deactivate: no sign-in, sessions and tokens end.");
        group.MapPost("/{id:guid}/reactivate", (Guid id, ClaimsPrincipal user, PeopleDirectory people, CancellationToken ct) =>
            Ok(people.ReactivateAsync(id, Actor.FromClaims(user), ct)))
            .WithSummary("Reactivate a deactivated account.");
    }

    static async Task<Results<Ok<T>, ProblemHttpResult>> Ok<T>(Task<Result<T>> work) => (await work).OkOrProblem();

    static Results<Created<Invited>, ProblemHttpResult> Created(string collection, Result<Invited> result) =>
        result.Match<Results<Created<Invited>, ProblemHttpResult>>(i => TypedResults.Created($"{collection}/{i.Id}", i), e => e.ToProblem());
}
