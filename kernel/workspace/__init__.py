"""The project office's workspace: what every app's admin shares, one concern a module.

- registry.py: what the apps register (inlines on a model on their left) and what the
  admin site tells (the workspace's models and apps, the ones coordinators keep);
- roles.py: the three staff roles, their groups and permissions, made after every migrate.
"""
