from django.urls import path

from . import views

urlpatterns = [
    path("your-record/sharing/", views.sharing, name="record_sharing"),
    path("your-record/who-looked/", views.who_looked, name="record_who_looked"),
    path("invitation/<str:token>/", views.referral_invitation, name="referral_invitation"),
    path("staff/caseload/", views.caseload, name="caseload"),
    path("staff/caseload/<int:pk>/", views.resident_record, name="caseload_resident"),
    path("staff/referrals/", views.referrals, name="referrals"),
    path("staff/referrals/new/", views.referral_edit, name="referral_new"),
    path("staff/referrals/<int:pk>/", views.referral_edit, name="referral"),
    path("staff/referrals/<int:pk>/invite/", views.referral_invite, name="referral_invite"),
    path("staff/access-log/", views.access_log, name="access_log"),
    path("staff/access-log.csv", views.access_log_export, name="access_log_export"),
]
