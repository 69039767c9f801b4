"""No lost updates: a form carries a fingerprint of the record as it was when opened.

If someone saved the record since, saving refuses, shows what the other person changed,
keeps the editor's input and brings in the other's changes to the fields the editor left
alone, with a fresh fingerprint: saving that form again goes through.
"""

import json

from django import forms
from django.core import serializers, signing
from django.utils.translation import gettext_lazy as _

from kernel.workspace.history import recorded_fields, same, shown


def stored_state(instance):
    """The record's fields as stored now, as the serializer (and reversion) writes them."""
    rows = json.loads(serializers.serialize("json", type(instance)._base_manager.filter(pk=instance.pk)))
    return rows[0]["fields"] if rows else {}


def fingerprint(instance):
    """The record as stored now, signed: it changes whenever anyone saves the record, and
    tells what they changed."""
    return signing.dumps(stored_state(instance), salt="workspace.fingerprint", compress=True)


def opened_state(value):
    """The record as it was when the form was opened, or None for a missing or forged fingerprint."""
    try:
        return signing.loads(value or "", salt="workspace.fingerprint")
    except signing.BadSignature:
        return None


class FingerprintField(forms.CharField):
    """The lost-update guard's hidden field: internal, so never a change of its own (not in
    the admin's change message, the log or the history)."""

    widget = forms.HiddenInput

    def has_changed(self, initial, data):
        return False


class LostUpdateForm(forms.ModelForm):
    """Refuses to save over a change someone else saved since the form was opened.

    The refused form then lists what the other person changed (``others_changes``), keeps
    the editor's input, takes the other's values for the fields the editor left alone, and
    carries a fresh fingerprint: saving it again applies the editor's changes on top of the
    other's.
    """

    record_fingerprint = FingerprintField(label=_("record fingerprint"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.others_changes = None  # what someone else saved since the form was opened, when refused
        if self.instance.pk and not self.is_bound:
            self.initial["record_fingerprint"] = fingerprint(self.instance)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            # Lock the row until this save commits, so that no save can slip in between.
            type(self.instance)._base_manager.select_for_update().filter(pk=self.instance.pk).exists()
            opened, current = opened_state(cleaned.get("record_fingerprint")), stored_state(self.instance)
            if opened != current:
                self._offer_again(opened, current)
                raise forms.ValidationError(
                    _(
                        "Someone else saved this record after you opened it, so nothing was saved. Their changes "
                        "are listed below and are now in the form, except where you changed the same field: "
                        "there your input is kept. Check the form and save again."
                    ),
                    code="lost_update",
                )
        return cleaned

    def _offer_again(self, opened, current):
        """List what the other person changed and re-render the form to be saved again: the
        editor's input kept, the other's changes brought into the fields the editor left
        alone, and a fresh fingerprint."""
        data = self.data.copy()
        self.others_changes = []
        for field in recorded_fields(self._meta.model):
            if opened is None or same(opened.get(field.name), current.get(field.name)):
                continue
            self.others_changes.append(
                {
                    "field": field.verbose_name,
                    "before": shown(field, opened.get(field.name)),
                    "after": shown(field, current.get(field.name)),
                }
            )
            if field.name in self.fields and not self._editor_changed(field, opened):
                self._put(data, field.name, self.get_initial_for_field(self.fields[field.name], field.name))
        data[self.add_prefix("record_fingerprint")] = fingerprint(self.instance)
        self.data = data

    def _editor_changed(self, field, opened):
        """Whether the editor's input for this field differs from the record as they opened it."""
        if field.name not in self.cleaned_data:
            return True  # their input was refused: keep it in front of them
        value = self.cleaned_data[field.name]
        if field.many_to_many:
            return sorted(str(obj.pk) for obj in value or []) != sorted(str(pk) for pk in opened.get(field.name))
        probe = type(self.instance)(pk=self.instance.pk)
        field.save_form_data(probe, value)
        mine = json.loads(serializers.serialize("json", [probe], fields=[field.name]))[0]["fields"]
        return not same(mine.get(field.name), opened.get(field.name))

    def _put(self, data, name, value):
        """Write a value into the form's data as its widget would have sent it."""
        field, key = self.fields[name], self.add_prefix(name)
        widget = getattr(field.widget, "widget", field.widget)  # the admin wraps related fields
        value = field.prepare_value(value)
        if isinstance(widget, forms.ClearableFileInput):
            return  # an untouched file field keeps the stored file by itself
        if isinstance(widget, forms.CheckboxInput):
            data.pop(key, None)
            if value:
                data[key] = "on"
        elif isinstance(widget, forms.MultiWidget):
            for suffix, part, sub in zip(widget.widgets_names, widget.decompress(value), widget.widgets, strict=True):
                data[key + suffix] = sub.format_value(part) or ""
        elif isinstance(value, (list, tuple)) or getattr(widget, "allow_multiple_selected", False):
            data.setlist(key, [str(v) for v in value or []])
        else:
            shown_value = widget.format_value(value) if isinstance(widget, forms.widgets.Input) else value
            data[key] = "" if shown_value is None else str(shown_value)
