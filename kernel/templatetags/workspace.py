from django import template
from django.apps import apps
from django.db.models import Count, Q

from kernel.workspace import registry
from kernel.workspace.translations import missing_language, translated_fields

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_todo(context):
    """Per model the user may view: how many records miss Thai, miss English, or may be out of date."""
    user = context["request"].user
    rows = []
    for label in registry.workspace_apps():
        for model in apps.get_app_config(label).get_models():
            opts = model._meta
            if not translated_fields(model) or not user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
                continue
            counts = model._default_manager.aggregate(
                missing_th=Count("pk", filter=missing_language(model, "th")),
                missing_en=Count("pk", filter=missing_language(model, "en")),
                outdated=Count("pk", filter=~Q(translation_outdated="")),
            )
            if any(counts.values()):
                rows.append({"opts": opts, **counts})
    return rows
