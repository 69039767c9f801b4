"""/iati/activity.xml: the programme as one IATI 2.03 activity, valid against the vendored official schema."""

import datetime

import pytest
from lxml import etree

from opendata import iati

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def activity_xml(client, seeded):
    response = client.get("/iati/activity.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    return etree.fromstring(response.content)


def test_the_iati_file_validates_against_the_official_2_03_schema(activity_xml):
    schema = iati.validator()
    assert schema.validate(activity_xml), schema.error_log


def test_a_broken_file_does_not_validate(activity_xml):
    """The schema is really read: a file without its required activity dates is refused."""
    for date in activity_xml.findall(".//activity-date"):
        date.getparent().remove(date)
    assert not iati.validator().validate(activity_xml)


def test_the_activity_has_its_title_and_description_in_english_and_thai(activity_xml):
    from monitoring.models import Programme

    programme = Programme.objects.get()
    titles = activity_xml.findall("iati-activity/title/narrative")
    assert [(t.get(XML_LANG), t.text) for t in titles] == [(None, programme.name_en), ("th", programme.name_th)]
    aim = activity_xml.findall("iati-activity/description[@type='1']/narrative")
    assert [a.text for a in aim] == [programme.aim_en, programme.aim_th]


def test_the_activity_names_its_partners_countries_and_dates(activity_xml):
    activity = activity_xml.find("iati-activity")
    assert sorted(c.get("code") for c in activity.findall("recipient-country")) == ["ID", "KH", "PH", "TH", "VN"]
    funders = activity.findall("participating-org[@role='1']/narrative")
    assert [f.text for f in funders] == ["European Union", "สหภาพยุโรป"]
    dates = {d.get("type"): d.get("iso-date") for d in activity.findall("activity-date")}
    assert dates == {"1": "2010-03-01", "2": "2010-03-01", "3": "2012-08-31", "4": "2012-10-31"}
    assert activity.find("activity-status").get("code") == "4"
    assert len(activity.findall("sector[@vocabulary='99']")) == 4


def test_each_indicator_has_its_target_and_its_actual_values_per_period(activity_xml):
    indicator = next(
        i for i in activity_xml.iter("indicator") if i.find("title/narrative").text == "Pilot local governments"
    )
    periods = indicator.findall("period")
    assert [(p.find("period-end").get("iso-date"), p.find("target").get("value")) for p in periods[:1]] == [
        ("2012-08-31", "20")
    ]
    assert periods[1].find("period-end").get("iso-date") == "2010-09-30"
    assert periods[1].find("actual").get("value") == "16"


def test_counts_by_sex_become_sex_dimensions(client, seeded):
    from monitoring.models import Indicator, IndicatorValue

    coaches = Indicator.objects.get(code="coaches-trained")
    IndicatorValue.objects.create(
        indicator=coaches, as_of=datetime.date(2010, 11, 25), value=70, female=30, male=40, source="sample"
    )
    document = etree.fromstring(client.get("/iati/activity.xml").content)
    assert iati.validator().validate(document)
    actuals = [
        (a.get("value"), a.find("dimension").get("value") if a.find("dimension") is not None else None)
        for a in document.iter("actual")
        if a.getparent().find("period-end").get("iso-date") == "2010-11-25"
    ]
    assert actuals == [("70", None), ("30", "female"), ("40", "male")]
    assert {d.get("name") for d in document.iter("dimension")} == {"sex"}


def test_an_indicator_tied_to_an_expected_result_is_listed_under_it(client, seeded):
    from monitoring.models import ExpectedResult, Indicator

    result = ExpectedResult.objects.get(number=2)
    Indicator.objects.filter(code="coaches-trained").update(expected_result=result)
    document = etree.fromstring(client.get("/iati/activity.xml").content)
    assert iati.validator().validate(document)
    under = [r for r in document.iter("result") if r.find("title/narrative").text == result.text_en]
    assert [i.find("title/narrative").text for i in under[0].findall("indicator")] == ["Coaches trained"]


def test_nothing_the_sources_do_not_give_is_made_up(activity_xml):
    activity = activity_xml.find("iati-activity")
    for invented in ("budget", "transaction", "planned-disbursement", "location", "contact-info"):
        assert activity.find(invented) is None, invented
    assert activity.get("default-currency") is None
