"""The transfer's pages. No namespace: the URL name ("local-governments") is the site's."""

from django.urls import path

from replications import views

urlpatterns = [
    path("local-governments/", views.local_government_list, name="local-governments"),
]
