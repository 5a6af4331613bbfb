"""The signed PDF, by job.

``strings`` the PDF's words and format names, ``styles`` fonts, colours and paragraph styles,
``flowables`` the custom drawings, ``page`` the page furniture and the attachment,
``render`` the story and ``render_pdf``, ``export`` saving, ``verify`` checking.
"""
