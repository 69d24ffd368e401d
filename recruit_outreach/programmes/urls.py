from django.urls import path

from . import views

app_name = "programmes"

urlpatterns = [
    path("", views.equality_questions, name="equality_questions"),
    path("delete/", views.equality_delete, name="equality_delete"),
]
