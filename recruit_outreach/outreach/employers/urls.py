from django.urls import path

from . import views

app_name = "employers"

urlpatterns = [
    path("advert-check/", views.advert_check_page, name="advert_check"),
    path("advert-check/<int:pk>/", views.advert_check_result, name="advert_check_result"),
    path("organisation/", views.organisation, name="organisation"),
    path("organisation/pledges/<int:pk>/", views.pledge_progress, name="pledge_progress"),
]
