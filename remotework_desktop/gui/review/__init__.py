"""Review and sign: the plan as printed, the sign dialog, the signature pad, print."""
