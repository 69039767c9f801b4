"""Pages that span several apps."""

from django.shortcuts import render

from monitoring.models import Programme
from practices.models import Theme


def home(request):
    themes = list(Theme.objects.with_selected_practices())
    return render(
        request,
        "home.html",
        {
            "programme": Programme.objects.first(),
            "themes": themes,
            "practice_count": sum(len(theme.selected_practices) for theme in themes),
        },
    )
