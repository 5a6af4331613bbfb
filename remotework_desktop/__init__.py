"""Hjemmearbejde / remote work: an offline desktop program for agreeing home work."""

__version__ = "0.1.0"
APP_NAME = "remotework-desktop"
