"""What the apps register with the workspace, and what the admin site tells of it.

- Inlines: an app on the right adds an inline to the admin page of a model on its left
  from its own admin module, the way ``admin.site.register`` works::

      registry.add_inline("practices.Replication", CoachAssignmentInline)

  and the model's WorkspaceAdmin shows it after its own inlines (``get_inlines``).
- The workspace's models are those registered in the admin with a WorkspaceAdmin, its apps
  those models' apps, and a country coordinator keeps the models whose admin names a
  ``country_path``. The roles (roles.py) and the admin index's translation counts read
  these, so that no list of apps or models is kept by hand here, on the left.
"""

from django.apps import apps
from django.contrib import admin

_inlines = {}


def add_inline(model_label, inline_class):
    """Show ``inline_class`` on the admin page of the model ``model_label`` ("app_label.ModelName")."""
    inlines = _inlines.setdefault(model_label.lower(), [])
    if inline_class not in inlines:
        inlines.append(inline_class)


def inlines_for(model):
    """The inlines other apps registered for this model, in the order they registered them."""
    return list(_inlines.get(model._meta.label_lower, []))


def workspace_admins(site=admin.site):
    """Each model kept in the workspace, with its admin, in the order of INSTALLED_APPS."""
    from kernel.workspace.admin import WorkspaceAdmin  # which reads this module

    return [
        (model, site.get_model_admin(model))
        for model in apps.get_models()
        if site.is_registered(model) and isinstance(site.get_model_admin(model), WorkspaceAdmin)
    ]


def workspace_apps(site=admin.site):
    """The labels of the apps whose models are kept in the workspace, left to right."""
    return list(dict.fromkeys(model._meta.app_label for model, _admin in workspace_admins(site)))


def coordinator_models(site=admin.site):
    """The models a country coordinator adds and changes (in their own country): ``app_label.modelname``."""
    return [model._meta.label_lower for model, model_admin in workspace_admins(site) if model_admin.country_path]
