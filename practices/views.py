from django.shortcuts import get_object_or_404, render

from practices.models import Practice


def practice_detail(request, number):
    practice = get_object_or_404(Practice.objects.for_detail(), number=number)
    return render(request, "practices/practice_detail.html", {"practice": practice})
