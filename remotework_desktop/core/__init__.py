"""The Qt-free heart of the program: checklists, meetings, store, fingerprint and PDF."""
