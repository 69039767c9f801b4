"""The visitor's address, for everything that counts by it: the login lockout (django-axes)
and the open-data API's rate limit. One rule, so that neither can be dodged with a header
or turned against everyone behind the proxy."""

from django.conf import settings


def client_ip(request):
    """The visitor's address, as django-axes counts failed logins.

    A request that comes from one of the TRUSTED_PROXIES carries the client's address in
    X-Forwarded-For: the right-most entry that is not itself a trusted proxy (entries to its
    left could be written by the client). From anywhere else, the connection's own address.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = set(settings.TRUSTED_PROXIES)
    if remote not in trusted:
        return remote
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(forwarded):
        if hop not in trusted:
            return hop
    return remote
