namespace WorkflowPortal.Api.Account;

// Marker for the account pages' texts (AccountText.resx, AccountText.ar.resx).
public sealed class AccountText;
