"""The audit trail viewer for supervisors."""
