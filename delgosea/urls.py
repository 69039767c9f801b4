"""The site map. Every page lives under a language prefix: /th/... and /en/..."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from delgosea import views
from delgosea.sitemaps import SITEMAPS
from opendata.views import iati_activity, open_data

admin.site.site_header = _("DELGOSEA project office")
admin.site.site_title = _("DELGOSEA project office")
admin.site.index_title = _("Programme records")

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    # Open data: the read-only API (its language from ?lang= or Accept-Language)
    path("api/v1/", include("opendata.urls")),
    path("iati/activity.xml", iati_activity, name="iati-activity"),
]

urlpatterns += i18n_patterns(
    # Public pages
    path("", views.home, name="home"),
    path("", include("practices.urls")),
    path("", include("replications.urls")),
    path("", include("monitoring.urls")),
    path("map/", views.map_page, name="map"),
    path("share.png", views.share_image, name="share-image"),
    path("open-data/", open_data, name="open-data"),
    # The project office's workspace
    path("admin/", admin.site.urls),
)

# Uploaded photos and documents, served by the portal itself in production too (see views.media).
urlpatterns += [re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", views.media, name="media")]
