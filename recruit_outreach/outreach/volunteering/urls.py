from django.urls import path

from . import views

app_name = "volunteering"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("export.csv", views.export, name="export"),
    path("requests/new/", views.request_new, name="request_new"),
    path("requests/<int:pk>/", views.request_detail, name="request"),
    path("requests/<int:pk>/assign/", views.request_assign, name="request_assign"),
    path("mine/", views.my_assignments, name="mine"),
    path("mine/<int:pk>/", views.assignment_detail, name="assignment"),
    path("mine/<int:pk>/outcome/", views.outcome, name="outcome"),
]
