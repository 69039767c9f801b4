from django.urls import path

from practices import views

app_name = "practices"

urlpatterns = [
    path("<int:number>/", views.practice_detail, name="detail"),
]
