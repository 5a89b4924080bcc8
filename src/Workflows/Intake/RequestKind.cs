namespace WorkflowPortal.Workflows.Intake;

// What a submitted request becomes.
public enum RequestKind { Matter, LitigationCase, ContractRequest, ContractReview, ContractFromTemplate }

public enum Priority { Low, Normal, High, Urgent }

// Who sees a request type on the portal home.
public enum Audience { AllClients, Organizations, Departments }
