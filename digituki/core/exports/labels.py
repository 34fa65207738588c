"""Names of the statistics' tables, units and codes in Finnish, Swedish and English, for the
documents the core renders (PDF, XLSX, CSV). The caller passes the language; Finnish is the
fallback. Topic names come from the topic list itself."""

from __future__ import annotations

from typing import Final

from digituki.core.domain.topics import load_topics

LANGUAGES: Final = ("fi", "sv", "en")

TABLE_TITLES: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "age_band": "Asiakkaat ikäryhmittäin",
        "topics": "Aiheet",
        "support_form": "Tuen muoto",
        "language": "Asiointikieli",
        "outcome": "Lopputulos",
        "next_step": "Jatko ja ohjaus muualle",
        "on_behalf": "Toisen puolesta asiointi",
        "turned_away": "Käännytetyt asiakkaat syyn mukaan",
        "bookings": "Ajanvaraukset",
        "trend": "Tukikerrat kuukausittain",
        "points_by_month": "Raportoineet pisteet kuukausittain",
        "by_point": "Tukikerrat pisteittäin",
        "by_municipality": "Tukikerrat kunnittain",
    },
    "sv": {
        "age_band": "Kunder efter åldersgrupp",
        "topics": "Ämnen",
        "support_form": "Stödform",
        "language": "Språk",
        "outcome": "Resultat",
        "next_step": "Fortsättning och hänvisning",
        "on_behalf": "Ärenden för någon annans räkning",
        "turned_away": "Avvisade kunder efter orsak",
        "bookings": "Bokningar",
        "trend": "Stödtillfällen per månad",
        "points_by_month": "Rapporterande punkter per månad",
        "by_point": "Stödtillfällen per punkt",
        "by_municipality": "Stödtillfällen per kommun",
    },
    "en": {
        "age_band": "Customers by age group",
        "topics": "Topics",
        "support_form": "Form of support",
        "language": "Language of service",
        "outcome": "Outcome",
        "next_step": "Next step and referrals",
        "on_behalf": "Acting on someone else's behalf",
        "turned_away": "Customers turned away, by reason",
        "bookings": "Booked appointments",
        "trend": "Help sessions by month",
        "points_by_month": "Points reporting by month",
        "by_point": "Help sessions per point",
        "by_municipality": "Help sessions per municipality",
    },
}

UNITS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "customers": "Asiakkaita",
        "sessions": "Tukikertoja",
        "points": "Pisteitä",
        "topic_mentions": "Mainintoja",
        "walk_ins": "Asiakkaita",
        "bookings": "Varauksia",
    },
    "sv": {
        "customers": "Kunder",
        "sessions": "Stödtillfällen",
        "points": "Punkter",
        "topic_mentions": "Omnämnanden",
        "walk_ins": "Kunder",
        "bookings": "Bokningar",
    },
    "en": {
        "customers": "Customers",
        "sessions": "Sessions",
        "points": "Points",
        "topic_mentions": "Mentions",
        "walk_ins": "Customers",
        "bookings": "Bookings",
    },
}

DIMENSIONS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "age_band": "Ikäryhmä",
        "topic": "Aihe",
        "support_form": "Tuen muoto",
        "language": "Kieli",
        "outcome": "Lopputulos",
        "next_step": "Jatko",
        "on_behalf": "Toisen puolesta",
        "reason": "Syy",
        "status": "Tila",
        "month": "Kuukausi",
        "point": "Piste",
        "municipality": "Kunta",
    },
    "sv": {
        "age_band": "Åldersgrupp",
        "topic": "Ämne",
        "support_form": "Stödform",
        "language": "Språk",
        "outcome": "Resultat",
        "next_step": "Fortsättning",
        "on_behalf": "För någon annan",
        "reason": "Orsak",
        "status": "Status",
        "month": "Månad",
        "point": "Punkt",
        "municipality": "Kommun",
    },
    "en": {
        "age_band": "Age group",
        "topic": "Topic",
        "support_form": "Form of support",
        "language": "Language",
        "outcome": "Outcome",
        "next_step": "Next step",
        "on_behalf": "On behalf",
        "reason": "Reason",
        "status": "Status",
        "month": "Month",
        "point": "Point",
        "municipality": "Municipality",
    },
}

_CODES_FI: Final = {
    "under_25": "alle 25 v",
    "25_44": "25–44 v",
    "45_64": "45–64 v",
    "65_74": "65–74 v",
    "75_84": "75–84 v",
    "85_plus": "85 v tai yli",
    "not_asked": "ei kysytty",
    "under_45": "alle 45 v",
    "75_plus": "75 v tai yli",
    "on_site_booked": "Ajanvarauksella pisteellä",
    "on_site_walk_in": "Ilman ajanvarausta pisteellä",
    "remote_phone": "Puhelimessa",
    "remote_video": "Videoyhteydellä",
    "home_visit": "Kotikäynnillä",
    "group": "Ryhmässä",
    "fi": "suomi",
    "sv": "ruotsi",
    "en": "englanti",
    "other": "muu",
    "solved": "Asia ratkesi",
    "partly_solved": "Ratkesi osittain",
    "not_solved": "Ei ratkennut",
    "none": "Ei jatkoa",
    "new_appointment": "Uusi aika",
    "referred": "Ohjattiin muualle",
    "service_customer_service": "palvelun oma asiakaspalvelu",
    "kansalaisneuvonta": "Kansalaisneuvonta",
    "kela": "Kela",
    "tax_administration": "Verohallinto",
    "bank": "pankki",
    "phone_operator": "puhelinoperaattori",
    "wellbeing_county": "hyvinvointialue",
    "municipality": "kunta",
    "other_support_point": "toinen digitukipiste",
    "course": "kurssi",
    "no": "Ei",
    "suomifi_authorization": "Suomi.fi-valtuudet",
    "power_of_attorney": "Valtakirja",
    "guardian": "Edunvalvoja",
    "declined_credentials": "Kieltäydyttiin käyttämästä toisen tunnuksia",
    "queue_full": "Jono oli täynnä",
    "out_of_scope": "Ei kuulu digitukeen",
    "no_volunteer": "Ei vapaaehtoista paikalla",
    "came": "Asiakas tuli",
    "no_show": "Ei tullut",
    "cancelled": "Peruttu",
    "open": "Vielä avoin",
}
_CODES_SV: Final = {
    "under_25": "under 25 år",
    "25_44": "25–44 år",
    "45_64": "45–64 år",
    "65_74": "65–74 år",
    "75_84": "75–84 år",
    "85_plus": "85 år eller äldre",
    "not_asked": "inte frågat",
    "under_45": "under 45 år",
    "75_plus": "75 år eller äldre",
    "on_site_booked": "Med bokad tid på plats",
    "on_site_walk_in": "Utan bokad tid på plats",
    "remote_phone": "Per telefon",
    "remote_video": "Via video",
    "home_visit": "Hembesök",
    "group": "I grupp",
    "fi": "finska",
    "sv": "svenska",
    "en": "engelska",
    "other": "annat",
    "solved": "Löstes",
    "partly_solved": "Löstes delvis",
    "not_solved": "Löstes inte",
    "none": "Ingen fortsättning",
    "new_appointment": "Ny tid",
    "referred": "Hänvisades vidare",
    "service_customer_service": "tjänstens egen kundtjänst",
    "kansalaisneuvonta": "Medborgarrådgivningen",
    "kela": "FPA",
    "tax_administration": "Skatteförvaltningen",
    "bank": "bank",
    "phone_operator": "teleoperatör",
    "wellbeing_county": "välfärdsområde",
    "municipality": "kommun",
    "other_support_point": "annan stödpunkt",
    "course": "kurs",
    "no": "Nej",
    "suomifi_authorization": "Suomi.fi-fullmakter",
    "power_of_attorney": "Fullmakt",
    "guardian": "Intressebevakare",
    "declined_credentials": "Vägrade använda någon annans koder",
    "queue_full": "Kön var full",
    "out_of_scope": "Hör inte till det digitala stödet",
    "no_volunteer": "Ingen frivillig på plats",
    "came": "Kunden kom",
    "no_show": "Kom inte",
    "cancelled": "Avbokad",
    "open": "Ännu öppen",
}
_CODES_EN: Final = {
    "under_25": "under 25",
    "25_44": "25–44",
    "45_64": "45–64",
    "65_74": "65–74",
    "75_84": "75–84",
    "85_plus": "85 or older",
    "not_asked": "not asked",
    "under_45": "under 45",
    "75_plus": "75 or older",
    "on_site_booked": "At the point, booked",
    "on_site_walk_in": "At the point, walk-in",
    "remote_phone": "By phone",
    "remote_video": "By video",
    "home_visit": "Home visit",
    "group": "In a group",
    "fi": "Finnish",
    "sv": "Swedish",
    "en": "English",
    "other": "other",
    "solved": "Solved",
    "partly_solved": "Partly solved",
    "not_solved": "Not solved",
    "none": "No next step",
    "new_appointment": "New appointment",
    "referred": "Referred elsewhere",
    "service_customer_service": "the service's own customer service",
    "kansalaisneuvonta": "Citizens' Advice (Kansalaisneuvonta)",
    "kela": "Kela",
    "tax_administration": "Tax Administration",
    "bank": "bank",
    "phone_operator": "phone operator",
    "wellbeing_county": "wellbeing services county",
    "municipality": "municipality",
    "other_support_point": "another support point",
    "course": "course",
    "no": "No",
    "suomifi_authorization": "Suomi.fi authorisation",
    "power_of_attorney": "Power of attorney",
    "guardian": "Guardian",
    "declined_credentials": "Declined to use someone else's codes",
    "queue_full": "The queue was full",
    "out_of_scope": "Not digital support",
    "no_volunteer": "No volunteer available",
    "came": "Customer came",
    "no_show": "Did not come",
    "cancelled": "Cancelled",
    "open": "Still open",
}
CODES: Final[dict[str, dict[str, str]]] = {"fi": _CODES_FI, "sv": _CODES_SV, "en": _CODES_EN}

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "fi": (
        "tammikuu",
        "helmikuu",
        "maaliskuu",
        "huhtikuu",
        "toukokuu",
        "kesäkuu",
        "heinäkuu",
        "elokuu",
        "syyskuu",
        "lokakuu",
        "marraskuu",
        "joulukuu",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

TOTAL: Final = {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"}
CHANGE: Final = {
    "fi": "Muutos edellisestä kuukaudesta",
    "sv": "Förändring från föregående månad",
    "en": "Change from the month before",
}


def lang(language: str) -> str:
    return language if language in LANGUAGES else "fi"


def table_title(key: str, language: str) -> str:
    return TABLE_TITLES[lang(language)].get(key, key)


def unit_name(unit: str, language: str) -> str:
    return UNITS[lang(language)].get(unit, unit)


def dimension_name(dimension: str, language: str) -> str:
    return DIMENSIONS[lang(language)].get(dimension, dimension)


def month_name(month: str, language: str) -> str:
    """``"2026-10"`` -> ``"lokakuu 2026"``."""
    year, number = month.split("-")
    return f"{MONTHS[lang(language)][int(number) - 1]} {year}"


def period_name(first: str, last: str, language: str) -> str:
    if first == last:
        return month_name(first, language)
    if first.endswith("-01") and last.endswith("-12") and first[:4] == last[:4]:
        return {"fi": "vuosi", "sv": "året", "en": "year"}[lang(language)] + f" {first[:4]}"
    return f"{month_name(first, language)} – {month_name(last, language)}"


def code_name(dimension: str, code: str, language: str) -> str:
    """The name of a row: a topic or group, a referral target, an age band, …"""
    language = lang(language)
    if dimension == "topic":
        from digituki.core.domain.topics import bundled_topics

        # the list in use, then the shipped one: a code retired by a newer list the coordinator
        # published still has its name in the point's reports of earlier months
        for topics in (load_topics(), bundled_topics()):
            if topics.is_group(code) or topics.is_valid(code):
                return topics.name(code, language)
        return code
    if dimension == "month":
        return month_name(code, language)
    if code.startswith("referred."):
        code = code.split(".", 1)[1]
    return CODES[language].get(code, code)


def row_label(table_dimension: str, code: str, language: str) -> str:
    """The name of a row of a table whose rows are `table_dimension` codes."""
    return code_name(table_dimension, code, language)


def marker_legend(k: int, language: str) -> str:
    """What the markers of hidden numbers mean, in one sentence."""
    return {
        "fi": f"<{k} = 1–{k - 1} (pieni luku piilotettu), × = piilotettu, jotta pientä lukua ei "
        "voi laskea summista.",
        "sv": f"<{k} = 1–{k - 1} (litet tal dolt), × = dolt så att ett litet tal inte kan räknas "
        "ut ur summorna.",
        "en": f"<{k} = 1–{k - 1} (small number hidden), × = hidden so that a small number cannot "
        "be worked out from the totals.",
    }[lang(language)]


# Why numbers are missing from a report (issue 18): the report says it in words.
NOTICES: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "preliminary": "Alustava: joidenkin digitukipisteiden tiedostoja puuttuu tältä "
        "ajanjaksolta. Lopullinen raportti voi piilottaa enemmän lukuja.",
        "small_months": "Yksityiskohtia ei julkaista, koska ajanjakson jossakin kuukaudessa oli "
        "alle 10 tukikertaa: sen kuukauden luvut voisi muuten laskea tästä raportista.",
        "revised": "Lukuja on muutettu sen jälkeen, kun ne julkaistiin. Muuttuneista "
        "taulukoista julkaistaan uudelleen vain yhteissumma, jotta muutosta ei voi laskea "
        "vanhasta ja uudesta raportista.",
        "combined": "Usean kuukauden raportissa luku piilotetaan (×), jos se on piilotettu "
        "jonakin kuukautena; silloin × voi olla mikä tahansa luku.",
        "guarantee": "Kaikki tämän pisteen julkaisut yhdessäkään eivät paljasta pientä lukua: "
        "jokainen <{k} voi olla mikä tahansa luvuista 1–{k1}, eikä piilotettua lukua voi "
        "päätellä tarkasti, ei myöskään vähentämällä raportteja toisistaan.",
    },
    "sv": {
        "preliminary": "Preliminär: filer från några stödpunkter saknas för perioden. Den "
        "slutliga rapporten kan dölja fler tal.",
        "small_months": "Detaljer publiceras inte, eftersom någon månad under perioden hade "
        "färre än 10 stödtillfällen: den månadens tal kunde annars räknas ut ur rapporten.",
        "revised": "Talen har ändrats sedan de publicerades. Av de ändrade tabellerna "
        "publiceras bara summan på nytt, så att ändringen inte kan räknas ut ur den gamla och "
        "den nya rapporten.",
        "combined": "I en rapport över flera månader döljs ett tal (×) om det är dolt någon "
        "månad; då kan × vara vilket tal som helst.",
        "guarantee": "Inte ens alla publikationer från denna punkt tillsammans avslöjar ett litet "
        "tal: varje <{k} kan vara vilket som helst av talen 1–{k1}, och ett dolt tal kan inte "
        "räknas ut exakt, inte heller genom att dra rapporter från varandra.",
    },
    "en": {
        "preliminary": "Preliminary: files of some support points are missing for this period. "
        "The final report may hide more numbers.",
        "small_months": "No details are published because a month of the period had fewer than "
        "10 sessions: that month's numbers could otherwise be worked out from this report.",
        "revised": "Numbers changed after they were published. Of the tables that changed only "
        "the total is published again, so the change cannot be worked out from the old and the "
        "new report.",
        "combined": "In a report of several months a number is hidden (×) when it is hidden in "
        "any of its months; × can then be any number.",
        "guarantee": "Not even all of this point's publications together reveal a small number: "
        "every <{k} can be any of 1–{k1}, and no hidden number can be worked out exactly, also "
        "not by subtracting one report from another.",
    },
}


def notice_text(code: str, language: str, k: int = 5) -> str:
    """Why numbers are missing, in words (`NOTICES`)."""
    return NOTICES[lang(language)].get(code, code).format(k=k, k1=k - 1)
