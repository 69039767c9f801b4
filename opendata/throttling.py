from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousThrottle(AnonRateThrottle):
    """Every reader is anonymous; each address gets settings.OPENDATA_ANON_RATE requests."""

    def get_rate(self):
        return settings.OPENDATA_ANON_RATE
