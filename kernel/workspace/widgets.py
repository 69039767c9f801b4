"""Admin widgets that survive whatever a form sends back."""

from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError


class ValidChoicesShown:
    """An autocomplete widget that shows again only the values its field's key can hold: Django's
    looks every submitted value up, so a form sent back with `abc` for a linked record would end in
    a server error instead of the form with its error message."""

    def optgroups(self, name, value, attr=None):
        model = self.field.remote_field.model
        to_field = model._meta.get_field(getattr(self.field.remote_field, "field_name", None) or model._meta.pk.name)
        valid = []
        for item in value:
            try:
                to_field.get_prep_value(to_field.to_python(item))
            except (ValidationError, ValueError, TypeError):
                continue
            valid.append(item)
        return super().optgroups(name, valid, attr)


class ValidAutocompleteSelect(ValidChoicesShown, AutocompleteSelect):
    pass


class ValidAutocompleteSelectMultiple(ValidChoicesShown, AutocompleteSelectMultiple):
    pass


class ValidAutocompleteMixin:
    """The admin's autocomplete fields, with widgets that survive any submitted value."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = ValidAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = ValidAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_manytomany(db_field, request, **kwargs)
