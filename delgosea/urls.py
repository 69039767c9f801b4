"""The site map. Every page lives under a language prefix: /th/... and /en/..."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from delgosea import views
from delgosea.sitemaps import SITEMAPS

admin.site.site_header = _("DELGOSEA project office")
admin.site.site_title = _("DELGOSEA project office")
admin.site.index_title = _("Programme records")

urlpatterns = [
    # The language switch: a POST to set_language, which redirects to the same page
    # in the other language.
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    # Public pages
    path("", views.home, name="home"),
    path("", include("practices.urls")),
    path("", include("replications.urls")),
    path("", include("monitoring.urls")),
    path("map/", views.map_page, name="map"),
    # The project office's workspace
    path("admin/", admin.site.urls),
)

# Uploaded photos and documents, served by Django in development only.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
