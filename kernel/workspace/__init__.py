"""The project office's workspace: what every app's admin shares, one concern a module.

- admin.py: WorkspaceAdmin and its inlines, the base of every app's admin, composing:
- scope.py: a country coordinator adds and changes only their own country's records;
- concurrency.py: no lost updates (a form's fingerprint of the record as it was opened);
- history.py: every change a version, shown with each field before and after;
- translations.py: missing and out-of-date translations, a text in either language;
- imports.py: CSV and XLSX imports that keep the scope and history, safe exports;
- display.py: dates and numbers in the admin as a Thai editor reads them;
- roles.py: the three staff roles, their groups and permissions, made after every migrate;
- registry.py: what apps on the right register (inlines) and what the admins tell
  (the workspace's models and apps, the models coordinators keep).
"""
