from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

from kernel.network import client_ip


class AnonymousThrottle(AnonRateThrottle):
    """Every reader is anonymous; each address gets settings.OPENDATA_ANON_RATE requests."""

    def get_rate(self):
        return settings.OPENDATA_ANON_RATE

    def get_ident(self, request):
        """The reader's address as the login lockout takes it: X-Forwarded-For only from TRUSTED_PROXIES."""
        return client_ip(request)
