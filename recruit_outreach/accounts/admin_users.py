"""Wagtail's admin list of users, with a column that shows each person's roles."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.users.views import users

from recruit_outreach.privacy.services import account_delete

from .roles import role_labels


class UserIndexView(users.IndexView):
    @cached_property
    def columns(self):
        roles = Column("roles", accessor=lambda user: ", ".join(role_labels(user)), label=_("Roles"), classname="roles")
        columns = list(super().columns)
        columns.insert(3, roles)  # after the name and the username (the email address)
        return columns

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("groups")


class UserDeleteView(users.DeleteView):
    def delete_action(self):
        """The same erasure as a resident's own "delete my account": their files and every row about them go."""
        account_delete(user=self.object, by=self.request.user)


class UserViewSet(users.UserViewSet):
    index_view_class = UserIndexView
    delete_view_class = UserDeleteView
