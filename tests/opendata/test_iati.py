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


def indicator_named(document, name):
    return next(i for i in document.iter("indicator") if i.find("title/narrative").text == name)


def periods_of(indicator):
    """Each period: its start, end, target and actuals (value, sex dimension or None)."""
    return [
        (
            p.find("period-start").get("iso-date"),
            p.find("period-end").get("iso-date"),
            [t.get("value") for t in p.findall("target")],
            [
                (a.get("value"), a.find("dimension").get("value") if a.find("dimension") is not None else None)
                for a in p.findall("actual")
            ],
        )
        for p in indicator.findall("period")
    ]


def test_each_indicator_has_a_period_per_target_with_what_was_reached_by_its_end(activity_xml):
    pilots = indicator_named(activity_xml, "Pilot local governments")
    # Planned 20 pilots by the planned end; 16 working agreements by then (September 2010).
    assert periods_of(pilots) == [("2010-03-01", "2012-08-31", ["20"], [("16", None)])]


def test_targets_per_period_become_iati_periods_one_after_the_other(client, seeded):
    from monitoring.models import Indicator, IndicatorTarget, IndicatorValue

    pilots = Indicator.objects.get(code="pilots")
    IndicatorTarget.objects.create(
        indicator=pilots, period_end=datetime.date(2010, 12, 31), value=10, comparison="at-least", source="sample"
    )
    IndicatorValue.objects.create(indicator=pilots, as_of=datetime.date(2011, 5, 1), value=17, source="sample")
    document = etree.fromstring(client.get("/iati/activity.xml").content)
    assert iati.validator().validate(document), iati.validator().error_log
    assert periods_of(indicator_named(document, "Pilot local governments")) == [
        ("2010-03-01", "2010-12-31", ["10"], [("16", None)]),
        ("2011-01-01", "2012-08-31", ["20"], [("17", None)]),
    ]
    Indicator.objects.filter(pk=pilots.pk).update(targets_are="incremental")
    document = etree.fromstring(client.get("/iati/activity.xml").content)
    assert periods_of(indicator_named(document, "Pilot local governments")) == [
        ("2010-03-01", "2010-12-31", ["10"], [("16", None)]),
        ("2011-01-01", "2012-08-31", ["20"], [("1", None)]),  # 17 by May 2011, 16 of them before 2011
    ]


def test_register_indicators_report_the_computed_people_by_sex_never_a_typed_value(client, seeded):
    from monitoring.models import Indicator, IndicatorValue
    from municipalities.models import Person
    from training.models import Event, Participation

    coaches = Indicator.objects.get(code="coaches-trained")
    IndicatorValue.objects.create(
        indicator=coaches, as_of=datetime.date(2010, 11, 25), value=70, female=30, male=40, source="sample"
    )
    training = Event.objects.get(slug="training-of-coaches-2010")
    for n, sex in enumerate(["female", "female", "male"]):
        person = Person.objects.create(name_en=f"Sample trainee {n}", sex=sex, source="sample")
        Participation.objects.create(person=person, event=training, role="trainee", source="sample")
    document = etree.fromstring(client.get("/iati/activity.xml").content)
    assert iati.validator().validate(document)
    assert periods_of(indicator_named(document, "Coaches trained")) == [
        ("2010-03-01", "2010-11-25", ["80"], [("3", None), ("2", "female"), ("1", "male")])
    ]
    assert {d.get("name") for d in document.iter("dimension")} == {"sex"}


def test_an_indicator_without_targets_reports_each_value_as_a_period(client, seeded):
    from monitoring.models import IndicatorTarget

    IndicatorTarget.objects.filter(indicator__code="pilots").delete()
    document = etree.fromstring(client.get("/iati/activity.xml").content)
    assert iati.validator().validate(document)
    assert periods_of(indicator_named(document, "Pilot local governments")) == [
        ("2010-03-01", "2010-09-30", [], [("16", None)])
    ]


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
