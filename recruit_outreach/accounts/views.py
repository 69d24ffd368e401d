from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .forms import ProfileForm


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    """A person's own settings: language, borough and communication needs."""
    form = ProfileForm(request.POST or None, instance=request.user.profile)
    if request.method == "POST" and form.is_valid():
        profile = form.save()
        with translation.override(profile.preferred_language):
            messages.success(request, _("Your settings have been saved."))
            return redirect(reverse("accounts:profile"))
    crumbs = [{"title": _("Home"), "url": reverse("wagtail_serve", args=[""])}]
    return render(request, "accounts/profile.html", {"form": form, "crumbs": crumbs})
