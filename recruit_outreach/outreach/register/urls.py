from django.urls import path

from . import views

urlpatterns = [
    path("staff/today/", views.today, name="register_today"),
    path("staff/sessions/<int:pk>/register/", views.register, name="register"),
    path("staff/sessions/<int:pk>/register/mark/", views.mark, name="register_mark"),
    path("staff/sessions/<int:pk>/register/walk-in/", views.walk_in, name="register_walk_in"),
    path("staff/sessions/<int:pk>/register/walk-in-count/", views.walk_in_count, name="register_walk_in_count"),
    path("staff/sessions/<int:pk>/register/note/", views.note, name="register_note"),
]
