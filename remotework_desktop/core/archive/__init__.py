"""The optional archive of signed plans on the organisation's PostgreSQL server.

The laptop stays the working copy: nothing here is needed to work, and nothing contacts a
server unless an archive has been configured (``archive configure``). Signing puts a plan in
the outbox (``outbox``); pushing sends it (``client``), built by the export code (``payload``).
"""
