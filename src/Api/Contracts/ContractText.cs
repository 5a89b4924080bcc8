namespace WorkflowPortal.Api.Contracts;

// Marker for the contract texts (ContractText.resx, ContractText.ar.resx).
public sealed class ContractText;
