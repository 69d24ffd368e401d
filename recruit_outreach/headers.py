"""Content-Security-Policy for the site and, separately, for the Wagtail admin.

django-csp builds the header from settings.CONTENT_SECURITY_POLICY. Pages under /admin/ get
settings.ADMIN_CONTENT_SECURITY_POLICY instead, which differs only where Wagtail needs it to (see that
setting). This middleware sits outside the anonymous page cache, so cached pages get the header too; the
policies use no nonces (no page has an inline script or style), so a cached page needs none.
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config

from django.conf import settings

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
