"""The admins' console: vetting, roles, reports, the audit log, statistics."""
