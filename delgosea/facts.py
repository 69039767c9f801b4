"""The programme's facts, as docs/programme/programme-facts.md gives them.

THAI = the Thai programme document (docs/programme/000_*.txt, translated in the facts
file); PUBLIC = what the programme's public record adds. Nothing here is invented:
where the facts are silent a field is left out, and stays empty until staff fill it in.
English titles of practices are the published ones where the facts give one, else the
facts file's translation (kept in the source note when a published title replaces it).
Thai names of places the Thai document does not write in Thai are left empty; pages
fall back to the English name.
"""

import datetime
from typing import NamedTuple

from kernel.models import Source

THAI = Source.THAI_DOCUMENT
PUBLIC = Source.PUBLIC_RECORD


# ---------------------------------------------------------------- the kinds of fact
# Each fact is a named record: the seed reads its fields by name.


class Bilingual(NamedTuple):
    """An objective, a target group or a selection criterion."""

    english: str
    thai: str


class Country(NamedTuple):
    code: str  # ISO 3166-1 alpha-2
    name_en: str
    name_th: str


class Organisation(NamedTuple):
    acronym: str
    kind: str
    name_en: str
    name_th: str
    country: str | None  # home country's code
    partner_in: list  # codes of the countries it is a partner in
    note: str


class LocalGovernment(NamedTuple):
    slug: str
    kind: str
    country: str
    name_en: str
    name_th: str
    source: str
    note: str


class Place(NamedTuple):
    """Where a host or pilot is, approximately (docs/programme/places.md)."""

    slug: str  # the local government's
    latitude: str
    longitude: str
    note: str


class Theme(NamedTuple):
    number: int
    title_en: str  # as published by the programme
    title_th: str
    title_th_in_english: str  # the facts file's translation of the Thai title


class Practice(NamedTuple):
    number: int
    theme: int
    host: str  # slug of the local government
    title_th_in_english: str  # the facts file's translation of the Thai title
    title_th: str
    published_title_en: str | None
    note: str


class Pilot(NamedTuple):
    slug: str
    practice: int | None  # None: the record does not say which practice it replicated
    recognition: str  # at the final conference


class StageReached(NamedTuple):
    """A stage every replication the seed loads reached on a date (replications.StageChange)."""

    stage: str
    date: datetime.date
    note_en: str  # what the source leaves open about the date
    note_th: str


class Phase(NamedTuple):
    number: int
    name_en: str
    name_th: str
    first_month: int
    last_month: int
    title_en: str
    title_th: str


class Activity(NamedTuple):
    phase: int
    title_en: str
    title_th: str


class ExpectedResult(NamedTuple):
    english: str
    thai: str
    note: str


class Milestone(NamedTuple):
    slug: str
    start: datetime.date
    end: datetime.date | None
    precision: str
    title_en: str
    title_th: str


class Event(NamedTuple):
    slug: str
    kind: str
    start: datetime.date
    end: datetime.date | None
    country: str
    title_en: str
    title_th: str
    place_en: str
    place_th: str
    pilots: list  # slugs of the pilots whose replication the event served


class IndicatorValue(NamedTuple):
    as_of: datetime.date
    value: int
    reported_by_en: str
    reported_by_th: str


class Indicator(NamedTuple):
    code: str
    name_en: str
    name_th: str
    unit_en: str
    unit_th: str
    target: int
    comparison: str
    target_date: datetime.date | None
    source: str
    values: list  # IndicatorValue records


# ---------------------------------------------------------------- the facts

PROGRAMME = {
    "acronym": "delgosea",
    "name_en": "Partnership for Democratic Local Governance in Southeast-Asia (DELGOSEA)",
    "name_th": "โครงการความร่วมมือเพื่อส่งเสริมธรรมาภิบาล ในการจัดการเมืองสำหรับองค์กรปกครองส่วนท้องถิ่น ในภูมิภาคเอเชียตะวันออกเฉียงใต้",
    "aim_en": "Improve the quality of life of city residents by promoting urban development with people's"
    " participation in governing their city.",
    "aim_th": "เพื่อปรับปรุงคุณภาพชีวิตของประชาชนที่อาศัยอยู่ในเมืองนั้น"
    " โดยส่งเสริมการพัฒนาเมืองโดยการมีส่วนร่วมของประชาชนในการบริหารจัดการบ้านเมือง",
    "funding_en": 'European Union, under the programme "Non-State Actors (NSA) and Local Authorities in'
    ' Development Actions in Partner Countries"',
    "funding_th": "สหภาพยุโรป (European Union) ภายใต้โปรแกรม Non-State Actors (NSA) and Local Authorities"
    " in Development Actions in Partner Countries",
    "office_en": "Manila, the Philippines",
    "office_th": "กรุงมะนิลา ประเทศฟิลิปปินส์",
    "steering_committee_en": "The KAS programme director and the programme director of each country.",
    "steering_committee_th": "ผู้อำนวยการโครงการของ KAS และผู้อำนวยการโครงการของแต่ละประเทศ",
    "start_date": datetime.date(2010, 3, 1),
    "planned_months": 30,
    "actual_end_date": datetime.date(2012, 10, 31),
    "source": THAI,
    "source_note_en": "Planned: 30 months, March 2010 – August 2012 (Thai document). Actual end date from the"
    " public record: extended to 32 months, ending 31 October 2012.",
    "source_note_th": "แผน: 30 เดือน มีนาคม 2553 – สิงหาคม 2555 (เอกสารภาษาไทย) วันสิ้นสุดจริงจากบันทึกสาธารณะ:"
    " ขยายเป็น 32 เดือน สิ้นสุด 31 ตุลาคม 2555",
}

OBJECTIVES = [
    Bilingual(
        "Build the capacity of local-government staff and of the municipal leagues in urban and environmental"
        " management.",
        "เพื่อพัฒนาศักยภาพบุคลากรของ อปท. และสมาคมสันนิบาตเทศบาลในการจัดการเมืองและสิ่งแวดล้อม",
    ),
    Bilingual(
        "Promote the exchange of learning and of good examples of urban development among local governments"
        " at home and abroad.",
        "เพื่อส่งเสริมการแลกเปลี่ยนเรียนรู้ และ ตัวอย่างการพัฒนาเมืองที่ดี ของ อปท. ทั้งในและต่างประเทศ",
    ),
    Bilingual(
        "Build a network for sustainable urban development among local governments, NGOs, municipal leagues"
        " and academic institutions.",
        "เพื่อสร้างเครือข่ายการพัฒนาเมืองอย่างยั่งยืนระหว่างหน่วยงานต่างๆ ได้แก่ อปท. องค์กรพัฒนาเอกชน สมาคมสันนิบาตเทศบาล และสถาบันการศึกษา",
    ),
]

TARGET_GROUPS = [
    Bilingual("Associations of local governments", "สมาคมองค์กรปกครองส่วนท้องถิ่น"),
    Bilingual("Local executives", "ผู้บริหารท้องถิ่น"),
    Bilingual("Local government officials", "ข้าราชการส่วนท้องถิ่น"),
    Bilingual("Civil-society representatives", "ผู้แทนภาคประชาสังคม"),
    Bilingual("Academics", "นักวิชาการ"),
    Bilingual("Media", "สื่อมวลชน"),
    Bilingual("Representatives of national agencies", "ผู้แทนจากหน่วยงานระดับประเทศ"),
]

COUNTRIES = [
    Country("PH", "Philippines", "ฟิลิปปินส์"),
    Country("TH", "Thailand", "ไทย"),
    Country("ID", "Indonesia", "อินโดนีเซีย"),
    Country("KH", "Cambodia", "กัมพูชา"),
    Country("VN", "Vietnam", "เวียดนาม"),
]

LONG_NAME_NOTE = "The Thai document gives the acronym; the long name is the commonly used one (public record)."
ORGANISATIONS = [
    Organisation("EU", "donor", "European Union", "สหภาพยุโรป", None, [], ""),
    Organisation("KAS", "lead-implementer", "Konrad Adenauer Stiftung", "Konrad Adenauer Stiftung", None, [], ""),
    Organisation("TEI", "implementing-partner", "Thailand Environment Institute", "สถาบันสิ่งแวดล้อมไทย", "TH", ["TH"], ""),
    Organisation(
        "MLT",
        "lg-association",
        "Municipal League of Thailand",
        "สันนิบาตเทศบาลแห่งประเทศไทย",
        "TH",
        ["TH"],
        LONG_NAME_NOTE,
    ),
    Organisation(
        "UCLG-ASPAC",
        "implementing-partner",
        "United Cities and Local Governments Asia-Pacific",
        "",
        None,
        ["VN", "KH", "ID"],
        LONG_NAME_NOTE,
    ),
    Organisation("ACVN", "lg-association", "Association of Cities of Vietnam", "", "VN", ["VN"], LONG_NAME_NOTE),
    Organisation(
        "LOGODEF", "implementing-partner", "Local Government Development Foundation", "", "PH", ["PH"], LONG_NAME_NOTE
    ),
    Organisation(
        "NLC/S", "lg-association", "National League of Communes/Sangkats of Cambodia", "", "KH", ["KH"], LONG_NAME_NOTE
    ),
]

LOCAL_GOVERNMENTS = [
    # The 16 best-practice hosts (Thai document)
    LocalGovernment(
        "khon-kaen",
        "city-municipality",
        "TH",
        "Khon Kaen City Municipality",
        "เทศบาลนครขอนแก่น",
        THAI,
        "The Thai document writes ทน.ขอนแก่น (ทน. = เทศบาลนคร).",
    ),
    LocalGovernment("vinh", "city", "VN", "Vinh City", "เมืองวินห์", THAI, ""),
    LocalGovernment(
        "toul-sangke",
        "sangkat-commune",
        "KH",
        "Toul Sangke",
        "",
        THAI,
        "The Thai document names it in Latin letters only.",
    ),
    LocalGovernment("yogyakarta", "city", "ID", "Yogyakarta City", "เมืองย๊อกยากาตาร์", THAI, ""),
    LocalGovernment(
        "kartamantul",
        "alliance",
        "ID",
        "Kartamantul",
        "",
        THAI,
        'The Thai document writes "Kartarmantul Regency"; Kartamantul is the joint secretariat of Yogyakarta'
        " City, Sleman and Bantul.",
    ),
    LocalGovernment(
        "prik", "subdistrict-municipality", "TH", "Prik Sub-district Municipality", "เทศบาลตำบลปริก", THAI, ""
    ),
    LocalGovernment("guimaras", "province", "PH", "Guimaras Province", "จังหวัดกิวมารัส", THAI, ""),
    LocalGovernment("lang-son", "city", "VN", "Lang Son City", "เมืองลังซอน", THAI, ""),
    LocalGovernment("battambang", "city", "KH", "Battambang City", "เมืองพระตะบอง", THAI, ""),
    LocalGovernment(
        "udon-thani", "city-municipality", "TH", "Udon Thani City Municipality", "เทศบาลนครอุดรธานี", THAI, ""
    ),
    LocalGovernment(
        "mueang-klaeng",
        "subdistrict-municipality",
        "TH",
        "Mueang Klaeng Sub-district Municipality",
        "เทศบาลตำบลเมืองแกลง",
        THAI,
        "",
    ),
    LocalGovernment("marikina", "city", "PH", "Marikina City", "เมืองมาริกิน่า", THAI, ""),
    LocalGovernment("olongapo", "city", "PH", "Olongapo City", "เมืองโอลองกาโป", THAI, ""),
    LocalGovernment("solo", "city", "ID", "Solo (Surakarta) City", "เมืองโซโล", THAI, ""),
    LocalGovernment("phuket", "city-municipality", "TH", "Phuket City Municipality", "เทศบาลนครภูเก็ต", THAI, ""),
    LocalGovernment("tubigon", "municipality", "PH", "Tubigon Municipality", "เทศบาลทูบิกอน", THAI, ""),
    # The pilots: the 4 in Thailand are in the Thai document; the others in the public record.
    LocalGovernment("pak-kret", "city-municipality", "TH", "Pak Kret City Municipality", "เทศบาลนครปากเกร็ด", THAI, ""),
    LocalGovernment("songkhla", "city-municipality", "TH", "Songkhla City Municipality", "เทศบาลนครสงขลา", THAI, ""),
    LocalGovernment("yala", "city-municipality", "TH", "Yala City Municipality", "เทศบาลนครยะลา", THAI, ""),
    LocalGovernment(
        "chiang-rai", "city-municipality", "TH", "Chiang Rai City Municipality", "เทศบาลนครเชียงราย", THAI, ""
    ),
    LocalGovernment("kampot", "municipality", "KH", "Kampot Municipality", "", PUBLIC, ""),
    LocalGovernment("choam-chao", "sangkat-commune", "KH", "Choam Chao Sangkat (Phnom Penh)", "", PUBLIC, ""),
    LocalGovernment("kupang", "city", "ID", "Kupang City", "", PUBLIC, ""),
    LocalGovernment("pangkal-pinang", "city", "ID", "Pangkal Pinang City", "", PUBLIC, ""),
    LocalGovernment("tarakan", "city", "ID", "Tarakan City", "", PUBLIC, ""),
    LocalGovernment("wakatobi", "regency", "ID", "Wakatobi Regency", "", PUBLIC, ""),
    LocalGovernment("bacolod", "city", "PH", "Bacolod City", "", PUBLIC, ""),
    LocalGovernment(
        "misamis-oriental",
        "alliance",
        "PH",
        "Misamis Oriental (clusters ManLuNa and BinKiSu)",
        "",
        PUBLIC,
        "Two clusters of three municipalities.",
    ),
    LocalGovernment(
        "opal", "alliance", "PH", "OPAL / Alaminos City", "", PUBLIC, "Alaminos City with six municipalities."
    ),
    LocalGovernment("da-nang", "city", "VN", "Da Nang City", "", PUBLIC, ""),
    LocalGovernment("tra-vinh", "city", "VN", "Tra Vinh City", "", PUBLIC, ""),
]

# Approximate coordinates, from docs/programme/places.md: the centre of the city, town or district
# as public gazetteers give it, good to a few kilometres. Not in the Thai source.
PLACES_NOTE = "Coordinates approximate: the centre as docs/programme/places.md gives it, to a few kilometres."
PLACES = [
    Place("khon-kaen", "16.4419", "102.8360", ""),
    Place("vinh", "18.6796", "105.6813", ""),
    Place("toul-sangke", "11.6195", "104.9099", "The centre of Russey Keo district, Phnom Penh."),
    Place("yogyakarta", "-7.7956", "110.3695", ""),
    Place("kartamantul", "-7.7500", "110.3900", "A point between Yogyakarta, Sleman and Bantul."),
    Place("prik", "6.6386", "100.4239", "The centre of Sadao district, Songkhla."),
    Place("guimaras", "10.5929", "122.5919", "Jordan, the provincial capital."),
    Place("lang-son", "21.8537", "106.7615", ""),
    Place("battambang", "13.0957", "103.2022", ""),
    Place("udon-thani", "17.4138", "102.7870", ""),
    Place("mueang-klaeng", "12.7780", "101.6500", "Klaeng district, Rayong."),
    Place("marikina", "14.6507", "121.1029", ""),
    Place("olongapo", "14.8386", "120.2842", ""),
    Place("solo", "-7.5755", "110.8243", ""),
    Place("phuket", "7.8804", "98.3923", ""),
    Place("tubigon", "9.9528", "123.9639", ""),
    Place("kampot", "10.6104", "104.1815", ""),
    Place("choam-chao", "11.5350", "104.8300", "West of the centre of Phnom Penh."),
    Place("kupang", "-10.1772", "123.6070", ""),
    Place("pangkal-pinang", "-2.1316", "106.1169", ""),
    Place("tarakan", "3.3000", "117.6333", ""),
    Place("wakatobi", "-5.3200", "123.5900", "Wangi-Wangi, the regency's seat."),
    Place("bacolod", "10.6765", "122.9511", ""),
    Place("misamis-oriental", "8.5046", "124.6220", "Cagayan de Oro, the province's capital."),
    Place("opal", "16.1553", "119.9808", "Alaminos City, Pangasinan."),
    Place("chiang-rai", "19.9105", "99.8406", ""),
    Place("pak-kret", "13.9130", "100.4986", ""),
    Place("songkhla", "7.1898", "100.5951", ""),
    Place("yala", "6.5411", "101.2804", ""),
    Place("da-nang", "16.0544", "108.2022", ""),
    Place("tra-vinh", "9.9347", "106.3453", ""),
]

THEMES = [
    Theme(
        1,
        "Peoples' Participation in Planning and Decision Making",
        "การมีส่วนร่วมของประชาชนในการวางแผนและตัดสินใจ",
        "People's participation in planning and decision-making",
    ),
    Theme(
        2,
        "Institutional Governance",
        "การบริหารจัดการองค์กรตามหลักธรรมาภิบาล",
        "Organisational management under good-governance principles",
    ),
    Theme(3, "Inclusive Urban Public Services", "การจัดบริการสาธารณะด้านสิ่งแวดล้อม", "Environmental public services"),
    Theme(
        4,
        "Fiscal Management and Investment Planning",
        "การจัดการการเงินการคลัง และการส่งเสริมการลงทุนเพื่อกระตุ้นเศรษฐกิจของเมือง",
        "Fiscal management and investment promotion to stimulate the city's economy",
    ),
]
THEME_NOTES = {3: ' Also published as "Urban Environment".'}

PRACTICES = [
    Practice(
        1,
        1,
        "khon-kaen",
        "Small municipalities within a big municipality, and the city council",
        "เทศบาลเล็กในเทศบาลใหญ่และสภาเมือง",
        "Decentralized and Community-led Policy-Making",
        "",
    ),
    Practice(
        2,
        1,
        "vinh",
        "People's participation in upgrading old residential quarters",
        "การมีส่วนร่วมของภาคประชาชนในการปรับปรุงย่านที่อยู่อาศัยเก่าแก่",
        None,
        "",
    ),
    Practice(
        3,
        1,
        "toul-sangke",
        "Infrastructure improvement through public–people–private cooperation",
        "การปรับปรุงโครงสร้างพื้นฐานโดยความร่วมมือของรัฐ-ราษฎร์-เอกชน",
        "People-Private-Public Partnership (PPPP) to Improve Local Infrastructure",
        "",
    ),
    Practice(
        4,
        2,
        "yogyakarta",
        "Better public services through e-government",
        "การปรับปรุงประสิทธิภาพในการให้บริการประชาชนโดยใช้ E-Government",
        "E-Government as the Breakthrough to Enhance Government Performance and Services",
        "",
    ),
    Practice(
        5,
        2,
        "kartamantul",
        "Cooperation among local governments in urban development",
        "ความร่วมมือขององค์กรปกครองส่วนท้องถิ่นในการพัฒนาเมือง",
        "Cooperation between Local Governments to Address Shared Needs",
        "",
    ),
    Practice(
        6, 2, "prik", "Good governance in community health management", "ธรรมาภิบาลในการจัดการสุขภาวะระดับชุมชน", None, ""
    ),
    Practice(
        7, 2, "guimaras", "Participation in urban development planning", "การมีส่วนร่วมในการวางแผนพัฒนาเมือง", None, ""
    ),
    Practice(
        8,
        2,
        "lang-son",
        "Innovation in managing a public organisation",
        "นวัตกรรมการจัดการองค์กรสาธารณะ",
        "Public Institutional Innovation",
        "The Thai document spells it นวตกรรม. The public record does not confirm the number of the published title.",
    ),
    Practice(9, 2, "battambang", "One Window Service", "การบริการแบบ One Window Service", None, ""),
    Practice(
        10,
        3,
        "udon-thani",
        "Wastewater treatment with a constructed wetland",
        "การจัดการน้ำเสียแบบบึงประดิษฐ์",
        "Constructed Wetland for Wastewater Treatment",
        "The public record does not confirm the number of the published title.",
    ),
    Practice(11, 3, "mueang-klaeng", "Low-carbon city", "เมืองคาร์บอนต่ำ", "Low Carbon City", ""),
    Practice(12, 3, "marikina", "Green savings", "ออมทรัพย์สีเขียว", "Marikina Eco Savers Project", ""),
    Practice(
        13,
        3,
        "olongapo",
        "A cooperation-network council for disaster management",
        "สภาเครือข่ายความร่วมมือในการจัดการภัยพิบัติ",
        None,
        "",
    ),
    Practice(
        14,
        4,
        "solo",
        "Relocating and developing street vendors",
        "การโยกย้ายและพัฒนากลุ่มผู้ค้าริมถนน",
        "Humane Relocation and Empowerment of Street Vendors",
        "",
    ),
    Practice(
        15,
        4,
        "phuket",
        "Conserving and reviving Phuket Old Town for cultural tourism",
        "การอนุรักษ์และฟื้นฟูเมืองเก่าภูเก็ตเพื่อการท่องเที่ยวเชิงวัฒนธรรม",
        "Preserving Old Town Architecture and Reviving Traditions as Tourist Attraction and Economic Driver",
        "",
    ),
    Practice(
        16,
        4,
        "tubigon",
        "Managing and promoting coastal aquaculture",
        "โครงการจัดการและส่งเสริมการเพาะเลี้ยงชายฝั่ง",
        "Tubigon Mariculture Project",
        "",
    ),
]

CRITERIA = [
    Bilingual("At least 4 years' experience working on the theme.", "มีประสบการณ์ในการดำเนินงานในประเด็นนั้นๆ อย่างน้อย 4 ปี"),
    Bilingual("A population of at least 20,000.", "มีประชากรไม่ต่ำกว่า 20,000 คน"),
    Bilingual("Staff with the capacity and readiness.", "บุคลากรมีศักยภาพและความพร้อม"),
    Bilingual("A well-known local government in its country.", "เป็นอปท. ที่มีชื่อเสียงและเป็นที่รู้จักในประเทศ"),
    Bilingual(
        "A strong executive (mayor or permanent official) who wants to improve the work.",
        "ผู้บริหาร (นายกเทศมนตรี หรือข้าราชการประจำ) มีความเข้มแข็ง และมีความต้องการที่จะปรับปรุงงานที่ทำอยู่",
    ),
    Bilingual(
        "The municipality states its wish and commitment to join.",
        "เทศบาลต้องแสดงความประสงค์ และมีพันธกิจในการเข้าร่วมโครงการ",
    ),
    Bilingual(
        "Ready to take part throughout the programme and after it ends.",
        "มีความพร้อม ที่จะเข้าร่วมกิจกรรมตลอดระยะเวลาโครงการ และภายหลังโครงการเสร็จสิ้น",
    ),
    Bilingual("Easy and convenient to travel to.", "สามารถเดินทางได้ง่าย และสะดวก"),
    Bilingual(
        "No political conflict that would affect the activities.",
        "ไม่มีความขัดแย้งทางการเมืองที่จะส่งผลต่อการดำเนินกิจกรรม/โครงการ",
    ),
]

PILOTS = [
    Pilot("kampot", 12, "excellence"),
    Pilot("choam-chao", 14, "appreciation"),
    Pilot("kupang", 12, "appreciation"),
    Pilot("pangkal-pinang", 16, "appreciation"),
    Pilot("tarakan", 12, "excellence"),
    Pilot("wakatobi", 11, "appreciation"),
    Pilot("bacolod", 3, "appreciation"),
    Pilot("misamis-oriental", 15, "excellence"),
    Pilot("opal", 10, "appreciation"),
    Pilot("chiang-rai", 5, "appreciation"),
    Pilot("pak-kret", 14, "excellence"),
    Pilot("songkhla", 4, "appreciation"),
    Pilot("yala", 8, "appreciation"),
    Pilot("da-nang", 15, "appreciation"),
    Pilot("tra-vinh", 4, "appreciation"),
    Pilot("vinh", None, "excellence"),
]
THAI_PILOTS = {"pak-kret", "songkhla", "yala", "chiang-rai"}

# "September 2010 | 16 best practices documented; working agreements with the 16 pilots"
# (public record): each replication's first stage, the working agreement. The source gives
# the month only, kept as its first day with a note.
WORKING_AGREEMENTS = StageReached(
    stage="agreed",
    date=datetime.date(2010, 9, 1),
    note_en="The public record dates the working agreements with the 16 pilots to September 2010, without a day;"
    " the 1st stands for the month.",
    note_th="บันทึกสาธารณะของโครงการระบุว่าข้อตกลงการทำงานกับพื้นที่นำร่องทั้ง 16 แห่งทำในเดือนกันยายน 2553"
    " โดยไม่ระบุวัน วันที่ 1 จึงหมายถึงทั้งเดือน",
)

PHASES = [
    Phase(
        1,
        "Year 1",
        "ปีที่ 1",
        1,
        12,
        "Selecting the best practices and the pilot local governments that will replicate them",
        "การคัดเลือกตัวอย่างที่ดีและ อปท.นำร่องที่จะมาถอดแบบ",
    ),
    Phase(
        2,
        "Year 2",
        "ปีที่ 2",
        13,
        24,
        "Putting the best practices into practice; monitoring and evaluation",
        "การนำเอาตัวอย่างที่ดีไปปฏิบัติและติดตามประเมินผล",
    ),
    Phase(
        3, "Year 3", "ปีที่ 3", 25, 30, "Monitoring, evaluation and improvement", "การติดตามประเมินผลและปรับปรุงการดำเนินการ"
    ),
]

# Numbered 1-10 in the source's order.
ACTIVITIES = [
    Activity(
        1,
        "Select best practices (27 candidates) and pilot local governments (20 municipalities).",
        "การคัดเลือกตัวอย่างที่ดี (27 ตัวอย่าง) และอปท.นำร่อง (20 เทศบาล)",
    ),
    Activity(
        1,
        "Narrow down to 16 best practices and document them in detail.",
        "การคัดเลือกให้เหลือ 16 ตัวอย่างที่ดี และจัดทำเอกสารโดยละเอียด",
    ),
    Activity(
        1,
        "Develop the training curriculum for coach-trainers from each country's local-government association.",
        "จัดทำหลักสูตรการฝึกอบรมวิทยากรพี่เลี้ยงที่มาจาก สมาคม อปท.ของแต่ละประเทศ",
    ),
    Activity(
        1, "Train the trainers to become coaches of the pilot municipalities.", "ฝึกอบรมวิทยากรเพื่อเป็นพี่เลี้ยงแก่เทศบาลนำร่อง"
    ),
    Activity(
        2,
        "Pilot municipalities draft the concept framework of their replication project.",
        "เทศบาลนำร่องจัดทำกรอบแนวคิดโครงการถอดแบบตัวอย่างที่ดีไปสู่การปฏิบัติ",
    ),
    Activity(
        2,
        "Capacity-building training for pilot municipalities to put the best practice into practice.",
        "ฝึกอบรมสร้างศักยภาพแก่เทศบาลนำร่องเพื่อการนำตัวอย่างที่ดีสู่การปฏิบัติ",
    ),
    Activity(
        2,
        "Study visits by the pilot municipalities to the best-practice cities.",
        "ศึกษาดูงานจากเมืองตัวอย่างที่ดีโดยเทศบาลนำร่อง",
    ),
    Activity(2, "Mid-year monitoring and evaluation.", "ติดตามประเมินผลกลางปี"),
    Activity(
        3,
        "Sum up lessons, problems and obstacles to improve the programme.",
        "สรุปบทเรียน ปัญหาและอุปสรรค ฯลฯ เพื่อนำมาปรับปรุงการดำเนินโครงการ",
    ),
    Activity(3, "Take it to policy level (national dialogue).", "การผลักดันเข้าสู่หน่วยงานในระดับนโยบาย (national dialogue)"),
]

EXPECTED_RESULTS = [
    ExpectedResult(
        '"Best practices" of urban management and development in the 4 themes, in 5 countries.',
        "มี “ตัวอย่างที่ดี” ในการจัดการและพัฒนาเมืองใน 4 ประเด็น ใน 5 ประเทศ",
        "",
    ),
    ExpectedResult(
        "Staff of the local-government associations have built their capacity to support and promote"
        " good-governance urban management in local governments.",
        "บุคลากรของสมาคมอปท. ได้รับการพัฒนาศักยภาพ เพื่อเป็นหน่วยงานสนับสนุนและส่งเสริมการจัดการเมืองตามหลักธรรมาภิบาลแก่ อปท.",
        "",
    ),
    ExpectedResult(
        "The best practices are disseminated and scaled up across Southeast Asia.",
        "มีการเผยแพร่และขยายผล “ตัวอย่างที่ดี” ในระดับภูมิภาคเอเชียตะวันออกเฉียงใต้",
        "The Thai document writes เอเซียตะวันนอเฉียงใต้, a slip for เอเชียตะวันออกเฉียงใต้.",
    ),
    ExpectedResult(
        "A network of local governments and partner agencies for urban development exists at local, national,"
        " regional and international level.",
        "เกิดเครือข่าย อปท. และหน่วยงานภาคีที่เกี่ยวข้องในการพัฒนาเมือง ทั้งในระดับท้องถิ่น ระดับประเทศ ระดับภูมิภาค และระดับนานาชาติ",
        "",
    ),
    ExpectedResult(
        "The relevant national agencies support good-governance management in the 4 themes for local governments"
        " more than they do now.",
        "หน่วยงานภาครัฐที่เกี่ยวข้องเข้ามาสนับสนุนส่งเสริมการบริหารจัดการที่ดีตามหลักธรรมาภิบาลใน 4 ประเด็นแก่ อปท. มากกว่าที่เป็นอยู่",
        "",
    ),
]

D = datetime.date
# The public record's dates; the Thai is a translation.
MILESTONES = [
    Milestone(
        "start",
        D(2010, 3, 1),
        None,
        "day",
        "Start; inception and workshops with the local-government associations",
        "เริ่มโครงการ การเริ่มต้นและการประชุมเชิงปฏิบัติการกับสมาคม อปท.",
    ),
    Milestone(
        "partnership-contracts",
        D(2010, 4, 1),
        None,
        "month",
        "Partnership contracts; memoranda of understanding with 10 local-government associations",
        "สัญญาความร่วมมือ บันทึกความเข้าใจกับสมาคม อปท. 10 แห่ง",
    ),
    Milestone(
        "hanoi-workshop",
        D(2010, 4, 21),
        None,
        "day",
        "Hanoi workshop: first research results on best practices and pilot places",
        "การประชุมเชิงปฏิบัติการที่ฮานอย: ผลการศึกษาแรกเรื่องตัวอย่างที่ดีและพื้นที่นำร่อง",
    ),
    Milestone(
        "phnom-penh-regional-workshop",
        D(2010, 6, 10),
        D(2010, 6, 12),
        "day",
        "Phnom Penh regional workshop: 27 proposals, 16 best practices selected",
        "การประชุมเชิงปฏิบัติการระดับภูมิภาคที่พนมเปญ: ข้อเสนอ 27 เรื่อง คัดเลือก 16 ตัวอย่างที่ดี",
    ),
    Milestone(
        "manila-kick-off",
        D(2010, 8, 3),
        D(2010, 8, 4),
        "day",
        "Manila kick-off on the training material",
        "การประชุมเริ่มต้นเรื่องสื่อการฝึกอบรมที่มะนิลา",
    ),
    Milestone(
        "yogyakarta-curriculum-workshop",
        D(2010, 9, 14),
        D(2010, 9, 17),
        "day",
        "Yogyakarta workshop on curriculum, guidelines and textbooks",
        "การประชุมเชิงปฏิบัติการเรื่องหลักสูตร แนวทาง และตำราที่ย๊อกยากาตาร์",
    ),
    Milestone(
        "practices-documented",
        D(2010, 9, 1),
        None,
        "month",
        "16 best practices documented; working agreements with the 16 pilots",
        "จัดทำเอกสาร 16 ตัวอย่างที่ดี และข้อตกลงการทำงานกับ อปท.นำร่อง 16 แห่ง",
    ),
    Milestone(
        "training-of-coaches",
        D(2010, 11, 18),
        D(2010, 11, 25),
        "day",
        "Training of coaches, Pattaya (target: up to 80 trainers from 10 associations)",
        "การฝึกอบรมวิทยากรพี่เลี้ยง พัทยา (เป้าหมาย: วิทยากรไม่เกิน 80 คนจากสมาคม 10 แห่ง)",
    ),
    Milestone(
        "transfer-concepts",
        D(2010, 12, 1),
        D(2011, 12, 1),
        "month",
        "Transfer concepts drafted and updated, in national languages and English",
        "จัดทำและปรับปรุงกรอบแนวคิดการถอดแบบ เป็นภาษาประจำชาติและภาษาอังกฤษ",
    ),
    Milestone(
        "national-workshops-transfer-concepts",
        D(2011, 4, 1),
        None,
        "month",
        "National workshops on transfer concepts (Vietnam 15 April, Cambodia 26 April, Thailand 29 April)",
        "การประชุมเชิงปฏิบัติการระดับประเทศเรื่องกรอบแนวคิดการถอดแบบ (เวียดนาม 15 เมษายน กัมพูชา 26 เมษายน ไทย 29 เมษายน)",
    ),
    Milestone(
        "exchange-visits",
        D(2011, 5, 1),
        D(2012, 3, 1),
        "month",
        "16 exchange (study) visits, about 3 days each; the first: Tra Vinh to Yogyakarta",
        "การศึกษาดูงาน 16 ครั้ง ครั้งละประมาณ 3 วัน ครั้งแรก: ตราวินห์ไปย๊อกยากาตาร์",
    ),
    Milestone(
        "first-monitoring",
        D(2011, 5, 1),
        D(2011, 9, 1),
        "month",
        "First monitoring and consulting phase; logframes per pilot",
        "ระยะการติดตามและให้คำปรึกษาครั้งแรก กรอบตรรกะของแต่ละ อปท.นำร่อง",
    ),
    Milestone(
        "training-target",
        D(2011, 9, 1),
        None,
        "month",
        "Target: up to 120 civil servants, 200 civil-society representatives, 200 political decision makers"
        " trained in pilot cities",
        "เป้าหมาย: ฝึกอบรมข้าราชการไม่เกิน 120 คน ผู้แทนภาคประชาสังคม 200 คน และผู้มีอำนาจตัดสินใจทางการเมือง 200 คน ในเมืองนำร่อง",
    ),
    Milestone(
        "evaluator-yala",
        D(2012, 1, 31),
        None,
        "day",
        "The programme evaluator visits Yala",
        "ผู้ประเมินโครงการเยี่ยมเทศบาลนครยะลา",
    ),
    Milestone(
        "national-workshops-policy",
        D(2012, 4, 1),
        None,
        "month",
        "National workshops on policy recommendations (Vietnam 27 April)",
        "การประชุมเชิงปฏิบัติการระดับประเทศเรื่องข้อเสนอแนะเชิงนโยบาย (เวียดนาม 27 เมษายน)",
    ),
    Milestone(
        "final-monitoring",
        D(2012, 6, 1),
        D(2012, 7, 1),
        "month",
        "Final monitoring visits (Pak Kret 2 June)",
        "การติดตามผลครั้งสุดท้าย (ปากเกร็ด 2 มิถุนายน)",
    ),
    Milestone(
        "final-conference",
        D(2012, 8, 7),
        D(2012, 8, 8),
        "day",
        "Final conference, Bangkok, more than 150 participants; awards",
        "การประชุมสรุปผลโครงการ กรุงเทพมหานคร ผู้เข้าร่วมกว่า 150 คน มอบรางวัล",
    ),
    Milestone(
        "end", D(2012, 10, 31), None, "day", "End of the EU co-financed phase", "สิ้นสุดระยะที่สหภาพยุโรปร่วมสนับสนุนงบประมาณ"
    ),
]

# The activity (numbered 1-10 as in ACTIVITIES) a milestone belongs to, where its wording says so:
# the Phnom Penh selection of 16 of the 27 (activity 2), the training of coaches (4), the transfer
# concepts and the national workshops on them (5), the exchange (study) visits (7), the national
# workshops on policy recommendations (10, "take it to policy level").
MILESTONE_ACTIVITIES = {
    "phnom-penh-regional-workshop": 2,
    "training-of-coaches": 4,
    "transfer-concepts": 5,
    "national-workshops-transfer-concepts": 5,
    "exchange-visits": 7,
    "national-workshops-policy": 10,
}

# The events the public record dates to the day.
EVENTS = [
    Event(
        "hanoi-workshop-2010",
        "workshop",
        D(2010, 4, 21),
        None,
        "VN",
        "Workshop on the first research results on best practices and pilot places",
        "การประชุมเชิงปฏิบัติการเรื่องผลการศึกษาแรกด้านตัวอย่างที่ดีและพื้นที่นำร่อง",
        "Hanoi",
        "ฮานอย",
        [],
    ),
    Event(
        "phnom-penh-regional-workshop-2010",
        "regional-workshop",
        D(2010, 6, 10),
        D(2010, 6, 12),
        "KH",
        "Regional workshop: 27 proposals presented, 16 best practices selected by majority vote",
        "การประชุมเชิงปฏิบัติการระดับภูมิภาค: นำเสนอข้อเสนอ 27 เรื่อง คัดเลือก 16 ตัวอย่างที่ดีโดยเสียงข้างมาก",
        "Phnom Penh",
        "พนมเปญ",
        [],
    ),
    Event(
        "manila-kick-off-2010",
        "workshop",
        D(2010, 8, 3),
        D(2010, 8, 4),
        "PH",
        "Kick-off on the training material",
        "การประชุมเริ่มต้นเรื่องสื่อการฝึกอบรม",
        "Manila",
        "มะนิลา",
        [],
    ),
    Event(
        "yogyakarta-curriculum-workshop-2010",
        "workshop",
        D(2010, 9, 14),
        D(2010, 9, 17),
        "ID",
        "Workshop on curriculum, guidelines and textbooks",
        "การประชุมเชิงปฏิบัติการเรื่องหลักสูตร แนวทาง และตำรา",
        "Yogyakarta",
        "ย๊อกยากาตาร์",
        [],
    ),
    Event(
        "training-of-coaches-2010",
        "training-of-coaches",
        D(2010, 11, 18),
        D(2010, 11, 25),
        "TH",
        "Training of coaches",
        "การฝึกอบรมวิทยากรพี่เลี้ยง",
        "Pattaya",
        "พัทยา",
        [],
    ),
    Event(
        "national-workshop-vietnam-2011",
        "national-workshop",
        D(2011, 4, 15),
        None,
        "VN",
        "National workshop on transfer concepts",
        "การประชุมเชิงปฏิบัติการระดับประเทศเรื่องกรอบแนวคิดการถอดแบบ",
        "",
        "",
        [],
    ),
    Event(
        "national-workshop-cambodia-2011",
        "national-workshop",
        D(2011, 4, 26),
        None,
        "KH",
        "National workshop on transfer concepts",
        "การประชุมเชิงปฏิบัติการระดับประเทศเรื่องกรอบแนวคิดการถอดแบบ",
        "",
        "",
        [],
    ),
    Event(
        "national-workshop-thailand-2011",
        "national-workshop",
        D(2011, 4, 29),
        None,
        "TH",
        "National workshop on transfer concepts",
        "การประชุมเชิงปฏิบัติการระดับประเทศเรื่องกรอบแนวคิดการถอดแบบ",
        "",
        "",
        [],
    ),
    Event(
        "evaluator-visit-yala-2012",
        "monitoring-visit",
        D(2012, 1, 31),
        None,
        "TH",
        "The programme evaluator's visit",
        "การเยี่ยมของผู้ประเมินโครงการ",
        "Yala",
        "ยะลา",
        ["yala"],
    ),
    Event(
        "national-workshop-policy-vietnam-2012",
        "national-workshop",
        D(2012, 4, 27),
        None,
        "VN",
        "National workshop on policy recommendations",
        "การประชุมเชิงปฏิบัติการระดับประเทศเรื่องข้อเสนอแนะเชิงนโยบาย",
        "",
        "",
        [],
    ),
    Event(
        "final-monitoring-pak-kret-2012",
        "monitoring-visit",
        D(2012, 6, 2),
        None,
        "TH",
        "Final monitoring visit",
        "การติดตามผลครั้งสุดท้าย",
        "Pak Kret",
        "ปากเกร็ด",
        ["pak-kret"],
    ),
    Event(
        "final-conference-2012",
        "conference",
        D(2012, 8, 7),
        D(2012, 8, 8),
        "TH",
        "Final conference: more than 150 participants; awards to the pilots",
        "การประชุมสรุปผลโครงการ: ผู้เข้าร่วมกว่า 150 คน มอบรางวัลแก่ อปท.นำร่อง",
        "Bangkok",
        "กรุงเทพมหานคร",
        [],
    ),
]

INDICATORS = [
    Indicator(
        "candidate-practices",
        "Candidate best practices",
        "ตัวอย่างที่ดีที่เสนอเข้ารับการคัดเลือก",
        "practices",
        "ตัวอย่าง",
        27,
        "exactly",
        None,
        THAI,
        [
            IndicatorValue(
                D(2010, 6, 12),
                27,
                "Phnom Penh regional workshop: 27 proposals presented",
                "การประชุมระดับภูมิภาคที่พนมเปญ: นำเสนอข้อเสนอ 27 เรื่อง",
            )
        ],
    ),
    Indicator(
        "selected-practices",
        "Selected best practices",
        "ตัวอย่างที่ดีที่ได้รับการคัดเลือก",
        "practices",
        "ตัวอย่าง",
        16,
        "exactly",
        None,
        THAI,
        [
            IndicatorValue(
                D(2010, 6, 12),
                16,
                "Phnom Penh regional workshop: 16 selected by majority vote",
                "การประชุมระดับภูมิภาคที่พนมเปญ: คัดเลือก 16 ตัวอย่างโดยเสียงข้างมาก",
            )
        ],
    ),
    Indicator(
        "pilots",
        "Pilot local governments",
        "อปท.นำร่อง",
        "local governments",
        "แห่ง",
        20,
        "exactly",
        None,
        THAI,
        [
            IndicatorValue(
                D(2010, 9, 30),
                16,
                "Working agreements with the 16 pilots, September 2010",
                "ข้อตกลงการทำงานกับ อปท.นำร่อง 16 แห่ง กันยายน 2553",
            )
        ],
    ),
    Indicator(
        "coaches-trained",
        "Coaches trained",
        "วิทยากรพี่เลี้ยงที่ได้รับการฝึกอบรม",
        "coaches",
        "คน",
        80,
        "at-most",
        D(2010, 11, 25),
        PUBLIC,
        [],
    ),
    Indicator(
        "civil-servants-trained",
        "Civil servants trained in pilot cities",
        "ข้าราชการที่ได้รับการฝึกอบรมในเมืองนำร่อง",
        "people",
        "คน",
        120,
        "at-most",
        D(2011, 9, 30),
        PUBLIC,
        [],
    ),
    Indicator(
        "civil-society-trained",
        "Civil-society representatives trained in pilot cities",
        "ผู้แทนภาคประชาสังคมที่ได้รับการฝึกอบรมในเมืองนำร่อง",
        "people",
        "คน",
        200,
        "at-most",
        D(2011, 9, 30),
        PUBLIC,
        [],
    ),
    Indicator(
        "decision-makers-trained",
        "Political decision makers trained in pilot cities",
        "ผู้มีอำนาจตัดสินใจทางการเมืองที่ได้รับการฝึกอบรมในเมืองนำร่อง",
        "people",
        "คน",
        200,
        "at-most",
        D(2011, 9, 30),
        PUBLIC,
        [],
    ),
]
# The expected result (numbered 1-5 as in EXPECTED_RESULTS) an indicator measures, where the wording
# says so: the best practices (result 1) and the coaches of the associations (result 2).
INDICATOR_RESULTS = {"candidate-practices": 1, "selected-practices": 1, "coaches-trained": 2}
INDICATOR_TARGET_NOTES = {
    "coaches-trained": "Target of the training of coaches (Pattaya, November 2010): up to 80 trainers from 10"
    " associations.",
    "pilots": "The Thai document plans 20 pilot municipalities; the public record counts 16 pilots.",
}
