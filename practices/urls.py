from django.urls import path

from practices import views

app_name = "practices"

urlpatterns = [
    path("practices/", views.practice_list, name="list"),
    path("practices/<int:number>/", views.practice_detail, name="detail"),
    path("themes/", views.theme_list, name="themes"),
]
