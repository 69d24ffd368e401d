from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.your_data, name="your_data"),
    path("read/", views.your_data_read, name="your_data_read"),
    path("download/", views.your_data_download, name="your_data_download"),
    path("download/json/", views.your_data_json, name="your_data_json"),
    path("delete/", views.account_delete_confirm, name="account_delete"),
    path("deleted/", views.account_deleted, name="account_deleted"),
]
