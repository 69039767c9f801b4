from django.urls import path

from practices import views

app_name = "practices"

urlpatterns = [
    path("practices/", views.practice_list, name="list"),
    path("practices/download.<str:file_format>", views.practice_download, name="download"),
    path("practices/<int:number>/", views.practice_detail, name="detail"),
    path("practices/<int:number>/share.png", views.practice_share_image, name="share-image"),
    path("practices/<int:number>/case-sheet.pdf", views.practice_case_sheet, name="case-sheet"),
    path("practices/case-sheets.pdf", views.case_sheet_booklet, name="case-sheets"),
    path("themes/", views.theme_list, name="themes"),
]
