"""The meeting editor: its checklist pages, item cards, answer controls and action plan."""
