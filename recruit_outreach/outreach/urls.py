from django.urls import include, path

from .sessions import views

app_name = "outreach"

urlpatterns = [
    path("sessions/<int:pk>/", views.session_detail, name="session"),
    path("sessions/<int:pk>/book/", views.session_book, name="session_book"),
    path("sessions/<int:pk>/calendar.ics", views.session_ics, name="session_ics"),
    path("sessions/<int:pk>/waiting-list/", views.waiting_list_join, name="waiting_list_join"),
    path("bookings/", views.bookings, name="bookings"),
    path("bookings/<int:pk>/", views.booking_detail, name="booking"),
    path("bookings/<int:pk>/calendar.ics", views.booking_ics, name="booking_ics"),
    path("bookings/<int:pk>/cancel/", views.booking_cancel, name="booking_cancel"),
    path("bookings/<int:pk>/change/", views.booking_change, name="booking_change"),
    path("waiting-list/<int:pk>/leave/", views.waiting_list_leave, name="waiting_list_leave"),
    path("offers/<str:token>/", views.offer, name="offer"),
    path("", include("recruit_outreach.outreach.register.urls")),
    path("", include("recruit_outreach.outreach.caseload.urls")),
    path("volunteering/", include("recruit_outreach.outreach.volunteering.urls")),
    path("employers/", include("recruit_outreach.outreach.employers.urls")),
]
