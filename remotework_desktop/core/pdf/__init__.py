"""The signed PDF, by job.

``constants`` the format names (no ReportLab: verify reads them), ``styles`` fonts, colours
and paragraph styles, ``flowables`` the custom drawings, ``page`` the page furniture and the
attachment, ``render`` the story and ``render_pdf``, ``export`` saving, ``verify`` checking.
The PDF's words are the catalogue's ``pdf.*`` keys (core/text.py), in the meeting's language.
"""
