"""The open-data API, /api/v1/ (outside the language prefix: ?lang= or Accept-Language choose)."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from opendata import api

app_name = "opendata"

router = SimpleRouter()
router.register("themes", api.ThemeViewSet, basename="theme")
router.register("practices", api.PracticeViewSet, basename="practice")
router.register("local-governments", api.LocalGovernmentViewSet, basename="local-government")
router.register("replications", api.ReplicationViewSet, basename="replication")
router.register("events", api.EventViewSet, basename="event")
router.register("results", api.ExpectedResultViewSet, basename="result")
router.register("indicators", api.IndicatorViewSet, basename="indicator")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    *router.urls,
]
