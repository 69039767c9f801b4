"""What a browser sends back from an admin change form, for tests that post one."""


def form_data(response):
    """The values of a change form as the browser would send them back."""
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            data[name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = str(value) if not hasattr(value, "url") else ""
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = str(management[name].value())
        for inline_form in formset.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value in (None, "") or value is False or hasattr(value, "url"):
                    continue  # an unticked box (DELETE among them) is not sent
                data[f"{inline_form.prefix}-{name}"] = "on" if value is True else str(value)
    return data
