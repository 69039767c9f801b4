"""The site map. Every page lives under a language prefix: /th/... and /en/..."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from delgosea import views

urlpatterns = [
    # The language switch: a POST to set_language, which redirects to the same page
    # in the other language.
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    # Public pages
    path("", views.home, name="home"),
    path("practices/", include("practices.urls")),
    # The project office's workspace
    path("admin/", admin.site.urls),
)

# Uploaded photos and documents, served by Django in development only.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
