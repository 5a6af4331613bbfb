"""The text catalogue's parts, by who shows them; ``core/text.py`` joins them."""
