from django.urls import path

from practices import views

app_name = "practices"

urlpatterns = [
    path("practices/", views.practice_list, name="list"),
    path("practices/<int:number>/", views.practice_detail, name="detail"),
    path("themes/", views.theme_list, name="themes"),
]

# The local-government list keeps its site-wide name, "local-governments": delgosea/urls.py
# includes these outside the practices namespace.
local_government_urlpatterns = [
    path("local-governments/", views.local_government_list, name="local-governments"),
]
