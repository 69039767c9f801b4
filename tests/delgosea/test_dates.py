"""One way to write a date on public pages: "7 August 2012", "7 สิงหาคม 2555"."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import translation


@pytest.mark.parametrize(
    ("language", "fmt", "expected"),
    [
        ("en", "", "7 August 2012"),
        ("th", "", "7 สิงหาคม 2555"),
        ("en", ':"YEAR_MONTH_FORMAT"', "August 2012"),
        ("th", ':"YEAR_MONTH_FORMAT"', "สิงหาคม 2555"),
    ],
)
def test_the_shared_filter_writes_dates_one_way_per_language(language, fmt, expected):
    template = Template("{% load delgosea %}{{ day|localdate" + fmt + " }}")
    with translation.override(language):
        assert template.render(Context({"day": datetime.date(2012, 8, 7)})) == expected


def test_a_day_that_looks_like_the_year_is_not_turned_into_the_buddhist_era():
    template = Template("{% load delgosea %}{{ day|localdate }}")
    with translation.override("th"):
        assert template.render(Context({"day": datetime.date(2020, 2, 20)})) == "20 กุมภาพันธ์ 2563"


@pytest.mark.parametrize(
    ("url", "expected", "not_expected"),
    [
        ("/en/programme/", "1 March 2010 – 31 October 2012", "Oct. 31, 2012"),
        ("/th/programme/", "1 มีนาคม 2553 – 31 ตุลาคม 2555", "2012"),
        ("/th/local-governments/yala/", "31 มกราคม 2555", "ม.ค."),
        ("/en/local-governments/yala/", "31 January 2012", "Jan. 31"),
    ],
)
def test_public_pages_write_dates_through_the_shared_filter(client, seeded, url, expected, not_expected):
    response = client.get(url)
    assert response.status_code == 200
    # What a reader sees: the schema.org data for search engines writes dates as ISO 8601, as it must.
    shown = re.sub(r'<script type="application/ld\+json">.*?</script>', "", response.content.decode(), flags=re.S)
    assert expected in shown
    assert not_expected not in shown
