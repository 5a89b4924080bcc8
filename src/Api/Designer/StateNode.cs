using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using WorkflowPortal.Workflows.Processes.Designer;

namespace WorkflowPortal.Api.Designer;

// A state on the canvas. The widget reads the design state itself, so editing the side panel
// only needs a refresh, not a new node.
public sealed class StateNode : NodeModel
{
    public StateNode(DesignState state, bool initial) : base(new Point(state.X, state.Y))
    {
        State = state;
        Initial = initial;
        foreach (var alignment in new[] { PortAlignment.Left, PortAlignment.Right, PortAlignment.Top, PortAlignment.Bottom })
            AddPort(alignment);
    }

    public DesignState State { get; }
    public bool Initial { get; set; }

    // The instance view: where the matter is now, and where it has been.
    public bool Current { get; set; }
    public bool Visited { get; set; }
    public IReadOnlyList<string> GlobalTriggers { get; set; } = [];
}

// One drawn arrow of a transition; a transition from several states has one arrow per state.
// Anchored on the state shapes, not on ports, so arrows take the short way between states.
public sealed class TransitionLink(DesignTransition transition, NodeModel from, NodeModel to) : LinkModel(from, to)
{
    public DesignTransition Transition { get; } = transition;
}
