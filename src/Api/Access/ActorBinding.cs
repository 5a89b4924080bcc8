using WorkflowPortal.Workflows.Access;

namespace WorkflowPortal.Api.Access;

// Resolves the Actor once per request for endpoints that declare an Actor parameter; an
// authenticated principal whose account is gone or deactivated gets 401.
internal static class ActorBinding
{
    const string Key = "portal.actor";

    public static RouteGroupBuilder WithActor(this RouteGroupBuilder group)
    {
        group.RequireAuthorization();
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var actor = await http.RequestServices.GetRequiredService<Actors>().GetAsync(http.User);
            if (actor is null) return TypedResults.Unauthorized();
            http.Items[Key] = actor;
            return await next(context);
        });
        return group;
    }

    public static Actor Actor(this HttpContext http) =>
        http.Items[Key] as Actor ?? throw new InvalidOperationException("WithActor() is missing on this endpoint's group.");
}
