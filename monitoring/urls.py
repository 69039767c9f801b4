"""Monitoring's pages. No namespace: the URL names ("programme", "local-government") are the site's."""

from django.urls import path

from monitoring import views

urlpatterns = [
    path("programme/", views.programme, name="programme"),
    path("local-governments/<slug:slug>/", views.local_government_detail, name="local-government"),
    # The steering committee's dashboard (signed-in staff)
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/report.xlsx", views.dashboard_xlsx, name="dashboard-xlsx"),
    path("dashboard/report.pdf", views.dashboard_pdf, name="dashboard-pdf"),
    path("dashboard/<slug:table>.csv", views.dashboard_csv, name="dashboard-csv"),
]
