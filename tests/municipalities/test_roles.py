"""The roles of a local government come from the apps that know them, registered from their side."""

from municipalities import roles
from municipalities.models import LocalGovernment


def test_hosting_and_piloting_are_registered_from_the_right_in_app_order():
    assert [role.slug for role in roles.registered()] == ["host", "pilot"]


def test_a_role_reads_the_relation_of_the_app_that_registered_it(seeded):
    hosts = LocalGovernment.objects.with_role("host")
    pilots = LocalGovernment.objects.with_role("pilot")
    assert hosts.count() == 16 and pilots.count() == 16
    assert set(LocalGovernment.objects.with_a_role()) == set(hosts) | set(pilots)
    assert "yala" in pilots.values_list("slug", flat=True)
