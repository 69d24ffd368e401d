"""Staff screens in the Wagtail admin: sessions, venues and bookings, a weekly series, cancelling, dashboard panels.

The whole admin is behind the staff role-and-MFA gate (accounts.middleware.StaffAdminGateMiddleware);
each view here also checks the model permission the staff member's role grants (accounts.roles).
"""

from datetime import timedelta

import django_filters

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from . import services
from .models import Booking, SupportSession, Venue, WaitingListEntry

NEARLY_FULL_PLACES = 2


class SupportSessionForm(WagtailAdminModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages support is offered in"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class SessionIndexView(IndexView):
    def get_base_queryset(self):
        booked = Count("bookings", filter=Q(bookings__status=Booking.Status.BOOKED), distinct=True)
        return SupportSession.objects.select_related("venue").annotate(booked=booked)

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        register = reverse("outreach:register", args=[instance.pk])
        buttons.append(MenuItem(_("Register (phone view)"), url=register, icon_name="group", priority=35))
        if self.request.user.has_perm("outreach.add_supportsession"):
            buttons.append(
                MenuItem(
                    _("Repeat weekly"),
                    url=reverse("outreach_session_series", args=[instance.pk]),
                    icon_name="repeat",
                    priority=40,
                )
            )
        if instance.cancelled_at is None and self.request.user.has_perm("outreach.change_supportsession"):
            buttons.append(
                MenuItem(
                    _("Cancel session"),
                    url=reverse("outreach_session_cancel", args=[instance.pk]),
                    icon_name="cross",
                    priority=50,
                )
            )
        return buttons


def _facilitators(request):
    # Only people who run sessions: never a list of every resident's name.
    return get_user_model().objects.filter(facilitated_sessions__isnull=False).distinct().order_by("first_name")


class SessionFilterSet(WagtailFilterSet):
    facilitators = django_filters.ModelChoiceFilter(label=_("Facilitator"), queryset=_facilitators)

    class Meta:
        model = SupportSession
        fields = {"starts_at": ["date"], "venue__borough": ["exact"], "session_type": ["exact"]}


class SupportSessionViewSet(ModelViewSet):
    model = SupportSession
    index_view_class = SessionIndexView
    icon = "date"
    menu_label = _("Sessions")
    list_display = ["__str__", "starts_at", "venue", "capacity", "cancelled_at"]
    filterset_class = SessionFilterSet
    search_fields = ["description", "venue__name", "venue__address"]
    list_export = ["session_type", "starts_at", "ends_at", "venue", "capacity", "booked", "cancelled_at"]
    export_headings = {"booked": _("Places booked")}
    inspect_view_enabled = True
    copy_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldPanel("session_type"),
            FieldPanel("venue"),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("capacity"),
            FieldPanel("facilitators"),
            FieldPanel("languages"),
            FieldPanel("interpreter_bookable"),
            MultiFieldPanel([FieldPanel("online"), FieldPanel("joining_link")], heading=_("Online")),
            FieldPanel("description"),
        ],
        base_form_class=SupportSessionForm,
    )


class VenueViewSet(ModelViewSet):
    model = Venue
    icon = "home"
    menu_label = _("Venues")
    list_display = ["name", "borough", "step_free_access", "hearing_loop", "accessible_toilet"]
    list_filter = ["borough", "step_free_access"]
    search_fields = ["name", "address"]
    inspect_view_enabled = True
    form_fields = [
        "name",
        "address",
        "borough",
        "step_free_access",
        "hearing_loop",
        "accessible_toilet",
        "getting_there",
    ]


class BookingIndexView(IndexView):
    def get_base_queryset(self):
        return Booking.objects.select_related("resident__profile", "session__venue")


class BookingViewSet(ModelViewSet):
    """Bookings and attendance, to read and export; residents make and cancel bookings themselves."""

    model = Booking
    index_view_class = BookingIndexView
    icon = "list-ul"
    menu_label = _("Bookings")
    list_display = ["resident", "session", "status", "communication_needs", "created_at"]
    list_filter = {"status": ["exact"], "session__starts_at": ["date"], "session__venue__borough": ["exact"]}
    search_fields = ["resident__email", "resident__first_name", "resident__last_name"]
    list_export = [
        "resident",
        "resident.email",
        "session",
        "status",
        "communication_needs",
        "created_at",
        "cancelled_at",
    ]
    export_headings = {"resident.email": _("Email address")}
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]


class OutreachViewSetGroup(ModelViewSetGroup):
    menu_label = _("Outreach")
    menu_icon = "group"
    menu_order = 250
    items = (
        SupportSessionViewSet("outreach_sessions"),
        VenueViewSet("outreach_venues"),
        BookingViewSet("outreach_bookings"),
    )


class _SessionActionView(WagtailAdminTemplateMixin, FormView):
    permission = ""
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.session = get_object_or_404(SupportSession.objects.select_related("venue"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.session)

    def get_context_data(self, **kwargs):
        return super().get_context_data(session=self.session, **kwargs)


class SeriesForm(forms.Form):
    weeks = forms.IntegerField(
        label=_("How many more weeks?"),
        min_value=1,
        max_value=26,
        initial=5,
        help_text=_("A copy is made at the same time on the same weekday for each week."),
    )


class SessionSeriesView(_SessionActionView):
    """Create a weekly series: copies of this session on the same weekday and time for N weeks."""

    permission = "outreach.add_supportsession"
    page_title = _("Repeat weekly")
    template_name = "outreach/admin/series.html"
    form_class = SeriesForm

    def form_valid(self, form):
        copies = services.session_series_create(session=self.session, weeks=form.cleaned_data["weeks"])
        message = ngettext("%(count)d session added.", "%(count)d sessions added.", len(copies)) % {
            "count": len(copies)
        }
        messages.success(self.request, message)
        return redirect("outreach_sessions:index")


class SessionCancelView(_SessionActionView):
    permission = "outreach.change_supportsession"
    page_title = _("Cancel session")
    template_name = "outreach/admin/cancel.html"
    form_class = forms.Form

    def get_context_data(self, **kwargs):
        active = (WaitingListEntry.Status.WAITING, WaitingListEntry.Status.OFFERED)
        return super().get_context_data(
            booked=self.session.bookings.live().count(),
            waiting=self.session.waiting_list.filter(status__in=active).count(),
            **kwargs,
        )

    def form_valid(self, form):
        told = services.session_cancel(session=self.session)
        message = ngettext(
            "Session cancelled. %(count)d person has been emailed.",
            "Session cancelled. %(count)d people have been emailed.",
            told,
        ) % {"count": told}
        messages.success(self.request, message)
        return redirect("outreach_sessions:index")


class MySessionsPanel(Component):
    """Dashboard: the sessions this staff member runs in the next 7 days."""

    name = "outreach_my_sessions"
    template_name = "outreach/admin/panel_my_sessions.html"
    order = 110

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        now = timezone.now()
        sessions = (
            SupportSession.objects.filter(
                facilitators=request.user,
                cancelled_at__isnull=True,
                ends_at__gt=now,
                starts_at__lt=now + timedelta(days=7),
            )
            .select_related("venue")
            .with_places()
            .order_by("starts_at")
        )
        return {"sessions": sessions, "request": request}


class NearlyFullPanel(Component):
    """Dashboard: upcoming sessions with two places or fewer left, or with people waiting."""

    name = "outreach_nearly_full"
    template_name = "outreach/admin/panel_nearly_full.html"
    order = 120

    def get_context_data(self, parent_context):
        waiting = Count("waiting_list", filter=Q(waiting_list__status=WaitingListEntry.Status.WAITING), distinct=True)
        sessions = (
            SupportSession.objects.upcoming()
            .select_related("venue")
            .with_places()
            .annotate(waiting=waiting)
            .filter(Q(places_left__lte=NEARLY_FULL_PLACES) | Q(waiting__gt=0))[:20]
        )
        return {"sessions": sessions, "request": parent_context["request"]}
