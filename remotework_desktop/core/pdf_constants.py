"""What a PDF of ours carries: the name of the embedded data and its format markers.

The renderer writes them and verify reads them; here they need neither ReportLab nor pypdf.
"""

from __future__ import annotations

# The format of the embedded data: exactly what the pages print.
FORMAT = "remotework-desktop/2"
# The previous release's format: it embedded the whole record, private items included.
FORMAT_V1 = "remotework-desktop/1"
# The embedded file holding the agreement's data.
ATTACHMENT_NAME = "aftale.json"
