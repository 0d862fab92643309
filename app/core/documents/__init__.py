"""Documents: reading them (readers), planning a summary by tokens (planner), summarizing."""
