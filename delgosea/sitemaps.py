"""sitemap.xml: every public page in Thai and English, each naming its other language."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from municipalities.models import LocalGovernment
from practices.models import Practice


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = False


class PagesSitemap(BilingualSitemap):
    def items(self):
        return ["home", "practices:list", "practices:themes", "local-governments", "map", "programme", "open-data"]

    def location(self, item):
        return reverse(item)


class PracticeSitemap(BilingualSitemap):
    def items(self):
        return Practice.objects.selected().order_by("number")


class LocalGovernmentSitemap(BilingualSitemap):
    def items(self):
        return LocalGovernment.objects.with_a_role().order_by("slug")


SITEMAPS = {"pages": PagesSitemap, "practices": PracticeSitemap, "local-governments": LocalGovernmentSitemap}
