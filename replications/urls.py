"""The transfer's pages. No namespace: the URL name ("local-governments") is the site's."""

from django.urls import path

from replications import views

urlpatterns = [
    path("local-governments/", views.local_government_list, name="local-governments"),
    path(
        "local-governments/download.<str:file_format>",
        views.local_government_download,
        name="local-governments-download",
    ),
    # Find a practice for my municipality
    path("find-a-practice/", views.find_practice, name="find-practice"),
]
