"""Country tagging (app/enrich/geo): names, ambiguity, idioms, and the Reuters evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.enrich.geo.home import home_countries
from app.enrich.geo.tagger import tag_countries
from app.extract.textdump import extract_text_dump
from tests.conftest import CORPORA


def _codes(text: str, title: str | None = None) -> list[str]:
    return [mention.code for mention in tag_countries(title, [text])]


def test_seed_countries(seed_path: Path) -> None:
    draft = extract_text_dump(seed_path.read_text(encoding="utf-8"))
    tagged = tag_countries(draft.title, draft.paragraphs)
    assert tagged[0].code == "KP"
    assert tagged[0].primary
    assert {"RU", "UA", "US", "CN", "KR"} <= {m.code for m in tagged}
    assert sum(m.primary for m in tagged) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Michael Jordan scored 30 points last night.", []),
        ("King Abdullah of Jordan met the visiting delegation.", ["JO"]),
        ("Chad Smith plays the drums.", []),
        ("Chad's army fought rebels near the border.", ["TD"]),
        ("The Georgia senator spoke to voters in Atlanta on Tuesday.", ["US"]),
        ("Georgia's capital Tbilisi saw protests against the government.", ["GE"]),
        ("Georgia will decide.", []),  # Nothing settles country or state: not guessed.
        ("The sheriff's office said trailers are stolen across north Georgia.", ["US"]),
        ("Paris Hilton arrived at the gala.", []),
        ("Talks in Paris ended without a deal.", ["FR"]),
        ("The fair in Paris, Texas drew crowds.", ["US"]),
        ("Niger and Nigeria closed their border.", ["NE", "NG"]),
        ("Militants attacked pipelines in the Niger Delta.", ["NG"]),
        ("Guinea-Bissau, Equatorial Guinea and Papua New Guinea signed.", ["GW", "GQ", "PG"]),
        ("Guinea held elections.", ["GN"]),
        ("Fighting in Congo displaced thousands.", ["CD"]),
        ("Congo's president spoke in Brazzaville.", ["CG"]),
        ("Dominica and the Dominican Republic were hit by the storm.", ["DM", "DO"]),
        ("Exports from Korea rose in March.", ["KR"]),
        ("Pyongyang said Korea would never disarm.", ["KP"]),
        ("Washington imposed new sanctions.", ["US"]),
        ("Turkey and Türkiye are the same country.", ["TR"]),
        ("The US said it would help us.", ["US"]),
        ("the china plates were broken", []),
        ("GREENWICH, Conn., March 3 - The company said profits rose.", ["US"]),
        ("The Kremlin rejected the claims.", ["RU"]),
        ("The Soviet Union and West Germany signed the treaty.", ["RU", "DE"]),
        ("Burma and Zaire voted against; Yugoslavia abstained.", ["MM", "CD", "RS"]),
        ("The Yugoslavian-born player and a Czechoslovak official met.", ["RS", "CZ"]),
        ("The bonds are denominated in U.S. dollars and listed in Luxembourg.", []),
        ("British Petroleum raised its Swiss franc borrowing.", []),
        ("North Korean troops and Ukrainian officials met.", ["KP", "UA"]),
        ("Tony Blair told the House of Commons he would stay.", ["GB"]),
        ("Nikki Holland of the UK's National Crime Agency said.", ["GB"]),
        ("Foreign nationals were two Argentinians and three Kenyans.", ["AR", "KE"]),
        ("Mulroney said in the House of Commons that Canada would sign.", ["CA"]),
        ("Fresno State upset No. 13 Kansas State 45-21 on Saturday.", []),  # Universities.
        ("Police in New York State arrested two men.", ["US"]),
        # A company, a team or a title named after the country.
        ("Fuji Photo Film USA introduced a printing service.", []),
        ("Team USA won gold.", []),
        ("Sales in the USA rose.", ["US"]),
        # A football club named after its town.
        ("Beckham expressed his relief at Real Madrid's passage.", []),
        ("Ronaldo was sold to Inter Milan last year.", []),
        # Once a club is named after its town, the town alone is the club, unless written as
        # a place.
        ("Real Madrid won the league match. It's expected of Madrid to get through.", []),
        # ...but a dateline is the place: 'Leverkusen - Bayer Leverkusen beat Dynamo Kiev 3-0'.
        ("Leverkusen - Bayer Leverkusen beat Dynamo Kiev 3-0 to top the league table.", ["DE"]),
        # ...in a story about sport: elsewhere the town is the place.
        ("A missile hit the stadium of Dynamo Kyiv. Kyiv said Moscow was to blame.", ["RU", "UA"]),
        ("Real Madrid won at home in Madrid.", ["ES"]),
        # A town before a club's staff or fans, in a story about sport, is the club.
        ("Barcelona assistant coach Henk Ten Cate mocked the league's complaint.", []),
        ("The mayor of Barcelona met the league's coach after the match.", ["ES"]),
        ("The summit in Madrid ended.", ["ES"]),
        # A North American league's team named after its town; the town alone is the place.
        ("Moises Alou homered and the Chicago Cubs beat the Houston Astros 11-6.", []),
        ("The New York Giants won in Chicago on Sunday.", ["US"]),
        # A street, a bay or a suburb named after a country.
        ("A kayaker was rescued off an island in Jamaica Bay, Queens.", ["US"]),
        ("The march went down Georgia Avenue to the Capitol.", []),
        ("A stretch of College Street in Little Italy will close, Toronto said.", ["CA"]),
        ("Bikes were stolen in Holland Village and Little India, Singapore police said.", ["SG"]),
        # An organisation named after the countries it claims.
        ("The Islamic State of Iraq and the Levant claimed the bombing.", []),
        # Great cities written without their accents; not one two countries' cities bear.
        ("SAO PAULO, March 3 - Coffee prices rose.", ["BR"]),
        ("Leaves Turn A Golden Hue As Autumn Arrives", []),  # Hue is a word as well as Huế.
        ("The festival in Medellin opened.", ["CO"]),
        # A broadcaster named after its town.
        ("Abu Dhabi TV's photographer was killed in Yemen.", ["YE"]),
        # Regions and seats of government a country's news names without the country.
        ("Television viewers in the Bay Area have been seeing the ads.", ["US"]),
        ("Start-ups in Silicon Valley and across the Midwest hired fewer people.", ["US"]),
        ("Holyrood voted on the bill on Tuesday.", ["GB"]),
        ("The Blue House said talks would resume.", ["KR"]),
        # Provinces, states and counties named without their country; the longest name wins.
        ("Floods in Kerala and Tamil Nadu displaced thousands.", ["IN"]),
        ("Bushfires spread across New South Wales.", ["AU"]),  # Not Wales.
        ("Officials in Tuscany said the quake was felt in Lombardy.", ["IT"]),
        ("Coal mines in Inner Mongolia reopened.", ["CN"]),  # Not Mongolia.
        ("He hopes to remain MP for Richmond in North Yorkshire.", ["GB"]),
        # The smaller countries' peoples; a dog breed is none.
        ("The Mauritian government named a new board.", ["MU"]),
        ("Papua New Guinean troops joined Guinean and Chadian units.", ["PG", "GN", "TD"]),
        ("A Maltese puppy won the show.", []),
        ("Hundreds of New Guinean highlanders marched in Indonesia's Papua.", ["ID"]),
        # A Korean leader's given name joined by a hyphen or apart, whichever the table holds.
        ("President Yoon Suk-yeol asked the ministry for a roadmap.", ["KR"]),
        ("Lee Myung Bak visited the factory.", ["KR"]),
    ],
)
def test_names_and_ambiguity(text: str, expected: list[str]) -> None:
    assert sorted(_codes(text)) == sorted(expected)


def test_headline_and_lead_weigh_more_for_the_primary() -> None:
    tagged = tag_countries(
        "Iran tests a new missile",
        [
            "TEHRAN - Iran said on Monday it had tested a missile.",
            "Israel and the United States condemned it. Israel called it a threat. Israel warned.",
        ],
    )
    assert tagged[0].code == "IR"
    assert {m.code: m.mentions for m in tagged}["IL"] == 3


def test_minor_cities_count_only_where_written_as_places() -> None:
    assert _codes("Henderson said the vote would be close.") == []
    assert _codes("HOUSTON, March 3 - Oil prices rose.") == ["US"]


def _primary(title: str, text: str, language: str | None = None) -> str | None:
    return next((m.code for m in tag_countries(title, [text], language) if m.primary), None)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # Named only by its adjective, a country is no story's subject in English.
        ("Junqueira wins the race", "The Brazilian driver won on Sunday.", None),
        # A leader speaks for the state.
        ("Biden signs the bill", "The president signed it on Friday.", "US"),
        ("Trump continues to defend Doral choice", "He gave in on Saturday.", "US"),
        # So do its organs.
        ("FDA plans to ban menthol cigarettes", "Flavored cigars would go too.", "US"),
        # A leader's family and firms bear his name but speak for no state.
        ("Ivanka Trump launches a brand", "Donald Trump Jr. was there.", None),
        ("Fire at Trump Tower", "Firefighters put it out in an hour.", None),
        ("Fijian golfer leads", "Vijay Singh, of Indian origin, birdied the 18th.", None),
        # A country's people, counted or as a whole, are the country.
        ("Benefits expire", "Nearly 12 million Americans are set to lose them in December.", "US"),
        ("Workers lose benefits", "The American workers lost them in December.", None),
        # An adjective of the state, its institutions or its economy does name it.
        ("Italian government resigns", "The prime minister handed in his resignation.", "IT"),
        ("Bolivian central bank staff resign", "Most employees left on Monday.", "BO"),
        ("Chinese exports rise", "Shipments rose 35 percent in March.", "CN"),
        ("Alitalia signs a deal", "Unions agreed to split the Italian airline in two.", "IT"),
        ("Afghans vote", "The Afghan people went to the polls on Saturday.", "AF"),
        ("An Afghan 'hanging chad' dispute", "An inquiry is helping to defuse it.", "AF"),
        ("Fighting goes on", "The Syrian conflict entered its ninth year.", "SY"),
        # ...and so does one of its towns, regions or legislature (stop 70).
        ("Mayor shot dead", "The mayor of the Paraguayan town of Pedro Juan Caballero died.", "PY"),
        ("Labour reform passes", "The Salvadoran Congress approved the reform on Tuesday.", "SV"),
        # Not a town the story is in, nor an enclave.
        ("Chinese takeaway in town centre fined", "The takeaway in Swindon was fined.", "GB"),
        # A place outweighs an adjective of nationality.
        ("Australian reporter freed in Iraq", "An Australian was seized in Iraq.", "IQ"),
        # The adjective of a firm yields to the place where the story happens.
        ("British security firm's staff slain", "A mortar attack hit them in Baghdad.", "IQ"),
        # A country's own competition names it.
        ("Clyde 0-5 Celtic", "Celtic secured their place in the Scottish Cup semi-final.", "GB"),
    ],
)
def test_english_primary_needs_a_place(title: str, text: str, expected: str | None) -> None:
    assert _primary(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Oil rises", "LONDON (Reuters) - Oil rose after Nigeria cut output, Nigeria said.", "GB"),
        (
            "Assault on rebels",
            "SAMARRA, Iraq - Troops hit rebels, Iran said. Iran's media agreed.",
            "IQ",
        ),
        ("Oil rises", "WASHINGTON: Oil rose after Nigeria cut output, Nigeria said.", "US"),
        (
            "Oil rises",
            "LONDON--Oct. 12, 2004-- Oil rose as Nigeria cut output, Nigeria said.",
            "GB",
        ),
        # Run-in datelines, where a feed dropped the dash.
        ("Shares plunge", "NEW YORKShares of Global Crossing lost nearly 20 per cent.", "US"),
        ("Shares fall", "LONDON Shares fell on Monday.", "GB"),
        # The headline's country, named again, outweighs the correspondent's bureau.
        ("Morocco secures aid", "PARIS, March 12 - Morocco will get aid. Morocco agreed.", "MA"),
        # Capitals at the start that are no dateline.
        ("Firms go online", "UK firms - and Nigeria's, Nigeria said - are online.", "NG"),
        ("A deal", "US-based Acme bought a Nigeria firm - Nigeria's biggest.", "NG"),
    ],
)
def test_a_dateline_names_the_place(title: str, text: str, expected: str | None) -> None:
    assert _primary(title, text) == expected


def test_a_run_in_dateline_is_read_as_a_place() -> None:
    assert _codes("NEW YORKShares of Global Crossing fell.") == ["US"]
    assert _codes("US Airways said it would cut jobs.") == []  # A company, not a dateline.
    # A short form in capitals opening the lead is no run-in dateline.
    assert (
        _primary(
            "Blinken in Beijing for talks",
            "U.S. Secretary of State Antony Blinken met Chinese leaders in Beijing on Monday.",
        )
        == "CN"
    )


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # Before '-based' or a person's role, a country tells where a firm or a person is from.
        ("Commodore revived", "The brand was bought by a US-based music distributor.", None),
        ("Spurs to sign Iceland U21 star", "Spurs signed an Iceland Under-21 international.", None),
        ("Striker scores", "The French striker scored twice; the Spanish midfielder once.", None),
        ("Coach quits", "The American coach quit after the defeat in Brazil.", "BR"),
        ("Monitor counts dead", "A Britain-based monitor said 20 died in Syria.", "SY"),
        ("Hit series goes mobile", "The hit US television show is going to phones.", None),
        ("Plant opens", "A US company opened a plant in Mexico.", "MX"),
        # Uncounted, such a word is the country's own trade.
        ("Thailand tourist arrivals fall", "Thailand tourist arrivals fell 5% in May.", "TH"),
        ("Tourist dies", "Two US tourists died in a crash in Spain.", "ES"),
        ("UK firms embrace e-commerce", "UK firms are trading online.", "GB"),
        ("Iceland Striker Signs For Spurs", "He signed on Monday.", None),  # Title case.
        # An allegiance is no place either.
        (
            "Beijing Loyalist John Lee Elected As Hong Kong's Next Leader",
            "The vote followed changes to Hong Kong's laws so that only those loyal to Beijing"
            " hold office.",
            "HK",
        ),
        ("Rebels attack", "Iran-backed rebels attacked a port in Yemen.", "YE"),
        ("Rebels attack", "Pro-Moscow rebels attacked a town in Ukraine.", "UA"),
        ("Oligarch's latrines", "A situation involving a Putin crony and the Park Service.", None),
        # The state's own words after the role's: an industry of the country.
        ("Actresses protest", "They protest against racism in the French film industry.", "FR"),
        ("Steel groups merge", "Ispat will merge with US International Steel Group.", "US"),
        # A touring team is a visitor: the story is where it plays.
        ("Telecast row", "The Australia tour of India is in doubt.", "IN"),
        # Named as a place as well, it is still the story's country.
        ("Coach quits", "The England coach quit. England must find another.", "GB"),
    ],
)
def test_a_nationality_is_no_place(title: str, text: str, expected: str | None) -> None:
    assert _primary(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She hopes to land a strong Spanish script. She lives in Bogota.", ["CO"]),
        ("He grew up in Lyon and speaks fluent Russian.", ["FR"]),
        ("The French-speaking Swiss voted in Geneva.", ["CH"]),
        ("The novel was translated into German. Its author lives in Oslo.", ["NO"]),
        ("Bono said in French: 'Merci.' He sang in Cannes.", ["FR"]),
        # A noun after it: the country's own waters, still Japan.
        ("A submarine sailed into Japanese waters near Okinawa.", ["JP"]),
        ("Protests in Spanish cities grew.", ["ES"]),
    ],
)
def test_a_language_names_no_country(text: str, expected: list[str]) -> None:
    assert [m.code for m in tag_countries("Story", [text])] == expected


def test_a_nationality_still_counts_as_a_country_named() -> None:
    assert [m.code for m in tag_countries("Commodore revived", ["A US-based firm bought it."])] == [
        "US"
    ]


def test_other_languages_keep_adjectives_as_primary() -> None:
    assert _primary("El presidente chileno habla", "El presidente chileno habló.", "es") == "CL"
    assert _primary("Junqueira wins the race", "The Brazilian driver won.", "es") == "BR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. John McCain (R-Ariz.) reportedly regrets it.", ["US"]),
        ("Catherine runs a New Orleans-based botanica.", ["US"]),
        ("The fair was held in Abilene on Monday.", ["US"]),  # A town of 100,000 to 300,000.
        ("Abilene said the fair was fun.", []),
        ("The council met in Henderson's office.", []),
        ("A car hit her in Cleveland Drive.", []),
        ("The clinic in Newcastle opened.", []),  # Australia's, England's or South Africa's.
        ("Man charged with theft after a chase.", []),  # Not Man, Côte d'Ivoire.
        ("MAN, Ivory Coast - Rebels entered the town.", ["CI"]),
        ("GLASGOW, Ky. - A woman died after a crash in Glasgow.", ["US"]),  # Not Scotland's.
    ],
)
def test_smaller_towns_where_written_as_places(text: str, expected: list[str]) -> None:
    assert _codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A local story that names nothing else: its town, written as a place.
        ("Over the next weeks, the Uvalde community will say goodbye.", ["US"]),
        ("Two men were arrested in Bicester on Friday.", ["GB"]),
        ("Uvalde said the fair was fun.", []),  # Nothing says it is a place.
        ("The relay advanced to the state meet in March.", []),  # March is a word first.
        ("He was in Newcastle on Monday.", []),  # Australia's, England's or South Africa's.
        # Where the gazetteer finds a country, towns outside it are not read.
        ("Police in Uvalde met officials from Mexico.", ["MX"]),
    ],
)
def test_local_towns_where_nothing_else_is_named(text: str, expected: list[str]) -> None:
    assert _codes(text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Other languages' words for 'in', 'at', 'near' before the town.
        ("fr", "Il a été surpris au volant à 23h30 à Mellet.", ["BE"]),
        ("de", "Die Polizei in Uvalde ermittelt.", ["US"]),
        ("ca", "Els artistes actuaran a Valls dissabte.", ["ES"]),
        ("es", "Un incendio en Cieza obligó a desalojar a diez vecinos.", ["ES"]),
        ("tr", "Safranbolu'da tarihi bir konak yandı.", ["TR"]),  # Its case after the apostrophe.
        # Not after other words ('de' comes before persons and firms as often)...
        ("fr", "La lettre de Mellet a été lue.", []),
        ("fr", "Mellet a parlé hier.", []),
        # ...nor a common word of the language that a town is also called.
        ("es", "Murió en Guerra con su hermano.", []),
        ("de", "Sie wohnen in Haus Nummer drei.", []),
        # Nor in a language without its words listed.
        ("pl", "Pożar w Uvalde.", []),
    ],
)
def test_local_towns_in_other_languages(language: str, text: str, expected: list[str]) -> None:
    codes = [mention.code for mention in tag_countries(None, [text], language)]
    assert codes == expected


@pytest.mark.corpora
def test_reuters_places_f1_is_at_least_0_85() -> None:
    if not (CORPORA / "reuters21578").exists():
        pytest.skip("../shared/corpora/reuters21578 is absent")
    from bench.eval_countries import evaluate

    assert evaluate()["f1"] >= 0.85


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", 'Трасса пройдет от М-1 "Беларусь" до Москвы.', ["RU"]),
        ("ru", "Телеканал «Россия» показал фильм о Франции.", ["FR"]),
        ("en", 'The hotel "Paris" opened in Berlin.', ["DE"]),
        # French guillemets with the spaces French puts inside them.
        ("fr", "La coalition « Arizona » gouverne la Belgique.", ["BE"]),
        ("fr", "La coalition «\u202fArizona\u202f» gouverne la Belgique.", ["BE"]),
        ("fr", "Il vit en Arizona depuis 2010 .", ["US"]),
    ],
)
def test_a_name_in_quotation_marks_is_a_thing_named_after_the_place(
    language: str, text: str, expected: list[str]
) -> None:
    assert sorted(m.code for m in tag_countries(None, [text], language)) == expected


def test_the_country_of_the_articles_only_language_wins_a_close_call() -> None:
    title = "Indonesia Tantang Tiongkok di Final Piala Thomas"
    body = ["Tim Indonesia akan berhadapan dengan Tiongkok.", "Tiongkok juara bertahan."]
    # Tiongkok is named once more; Indonesian is the language of Indonesia alone.
    assert [c.code for c in tag_countries(title, body, "id") if c.primary] == ["ID"]
    # Korean is written in two countries, English in many: no home.
    assert home_countries("ko") == frozenset() == home_countries("en-GB")
    assert home_countries("pl-PL") == {"PL"}


def test_a_name_inside_a_thai_word_is_no_place() -> None:
    # 'ปรากฏการณ์' (a phenomenon) starts with Prague's name; Thai writes no space between words.
    assert tag_countries(None, ["ปรากฏการณ์ปะการังฟอกขาวรุนแรง"], "th") == []
    assert [c.code for c in tag_countries(None, ["เดินทางไปกรุงปราก"], "th")] == ["CZ"]


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        ("es", "La Moncloa anunció ayer un nuevo plan.", "ES"),
        ("es", "La Casa Rosada respondió a las críticas.", "AR"),
        ("ru", "Депутаты Госдумы приняли закон.", "RU"),
        ("pt", "O Planalto divulgou nota nesta terça.", "BR"),
        ("fr", "Matignon a tranché mardi soir.", "FR"),
    ],
)
def test_a_seat_of_government_in_a_language_of_many_countries(
    language: str, text: str, code: str
) -> None:
    assert [c.code for c in tag_countries(None, [text], language)] == [code]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Capitals that are as often a given name or a surname: a person's, beside a name.
        ("es", "El presidente Santiago Peña viajó a Brasilia.", ["BR"]),
        ("pt", "O ministro Geddel Vieira Lima negou as acusações.", []),
        ("es", "La cumbre del clima en Lima terminó sin acuerdo.", ["PE"]),
        ("es", "Las protestas en Santiago dejaron tres heridos.", ["CL"]),
        # A common word of the language capitalised at a sentence's start is no given name.
        ("fr", "À Paris, le CAC 40 a cédé 1,2 % vendredi.", ["FR"]),
        ("fr", "Paris Hilton a lancé un parfum.", []),
    ],
)
def test_a_capital_that_is_also_a_name_is_a_persons_beside_a_name(
    language: str, text: str, expected: list[str]
) -> None:
    assert sorted(m.code for m in tag_countries(None, [text], language)) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # In a headline in title case every word is capitalised: no sign of a person's name...
        ("London Braces For Storm As Thames Rises", "Forecasters warned of floods.", ["GB"]),
        ("Jordan Signs Water Deal With Israel", "The deal was signed on Monday.", ["IL", "JO"]),
        # ...unless the article writes the same pair again.
        ("Paris Hilton Launches New Perfume", "Paris Hilton said the scent was hers.", []),
        ("Michael Jordan Returns To The Court", "Michael Jordan said he was back.", []),
        # A given name or a middle initial before the name is a person's in any style.
        ("Rep. Jim Jordan Admits Sending The Texts", "He said so on Monday.", []),
        ("Michael B. Jordan Debuts New Campaign", "The actor posed for it.", []),
        ("Paris Hilton's Perfume Launch Draws Crowds", "Paris Hilton launched it.", []),
        # A capital and a stop ending a sentence is no initial.
        ("Rebuilt Slowly", "Europe was devastated in World War I. Paris was rebuilt.", ["FR"]),
        ("Summit Plans", "The government prefers plan B. Paris will host the summit.", ["FR"]),
    ],
)
def test_capitals_of_a_title_case_headline_make_no_persons_name(
    title: str, text: str, expected: list[str]
) -> None:
    assert sorted(m.code for m in tag_countries(title, [text], "en")) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # CLDR names the territory ('巴勒斯坦领土', 'Wilayah Palestina'); the news names it short.
        ("zh", "巴勒斯坦总统发表讲话。"),
        ("id", "Presiden Palestina berpidato."),
        ("ja", "パレスチナ自治政府の議長が演説した。"),
        ("he", "הלחימה ברצועת עזה נמשכה."),
        ("fa", "رئیس‌جمهور فلسطین سخنرانی کرد."),
        ("de", "Die Palästinenser im Gazastreifen warten auf Hilfe."),
    ],
)
def test_palestine_by_the_names_the_news_uses(language: str, text: str) -> None:
    assert [m.code for m in tag_countries(None, [text], language)] == ["PS"]


def test_a_hebrew_adjective_that_spells_gaza_is_no_place() -> None:
    # 'עזה' is also 'fierce': only Gaza with a preposition or as the Strip is the place.
    assert tag_countries(None, ["הייתה התנגדות עזה לתוכנית."], "he") == []


def test_a_story_spread_over_many_countries_has_no_primary() -> None:
    paragraphs = [
        "A study of 40,000 adults found that diabetes is rising everywhere.",
        "Rates grew fastest in India and Pakistan, while Japan, France and Egypt saw smaller"
        " rises; Kuwait had the highest share of adults with the disease.",
    ]
    tagged = tag_countries("Diabetes cases could pass a billion by 2050", paragraphs, "en")
    assert {m.code for m in tagged} == {"IN", "PK", "JP", "FR", "EG", "KW"}
    assert not any(m.primary for m in tagged)
    # The same countries around one the headline names: it is the story's.
    tagged = tag_countries("Diabetes cases soar in India", paragraphs, "en")
    assert next(m.code for m in tagged if m.primary) == "IN"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt-BR", "As vendas podem render até US$ 600 milhões por ano."),
        ("en", "The deal is worth US$600 million to the firm."),
    ],
)
def test_a_dollar_sign_names_a_currency_not_a_country(language: str, text: str) -> None:
    assert tag_countries(None, [text], language) == []


def test_a_leader_acting_abroad_weighs_less_than_the_place_the_story_is_about() -> None:
    paragraphs = [
        "Caracas rechazó el lunes las nuevas sanciones.",
        "Trump dijo que seguirán. Trump habló el martes. Según Trump, no hay diálogo; Trump lo"
        " repitió, Trump lo escribió y Trump lo tuiteó.",
    ]
    tagged = tag_countries("Venezuela rechaza las sanciones", paragraphs, "es")
    assert [(m.code, m.mentions, m.primary) for m in tagged] == [("VE", 2, True), ("US", 6, False)]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("es", "Argentina y Chile acuerdan un control integrado", "Ambos gobiernos firmaron."),
        ("tr", "Türkiye ile Mısır ticaret hacmini artırmak için anlaştı", "Anlaşma imzalandı."),
        ("ar", "مصر واليونان توقعان اتفاقا نهائيا", "وقع الوزيران الاتفاق في القاهرة."),
        ("zh", "日韩首脑在首尔会谈", "双方同意重启磋商机制。"),
        ("en", "India, Myanmar sign three accords", "The accords cover trade and energy."),
        ("pt", "Brasil x Argentina: ingressos esgotados", "A partida será no Maracanã."),
        ("ko", "한·미 정상회담 내달 개최", "양국 정상은 통상 문제를 논의한다."),
    ],
)
def test_two_countries_side_by_side_in_the_headline_leave_no_primary(
    language: str, title: str, text: str
) -> None:
    tagged = tag_countries(title, [text], language)
    assert len(tagged) == 2
    assert not any(m.primary for m in tagged)


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        (
            "tr",
            "Erivan, Kremlin öncülüğündeki ittifaktan çekiliyor",
            "Ermenistan hükümeti kararı açıkladı. Ermenistan Rusya ile görüşecek.",
            "AM",
        ),
        (
            "ko",
            "美, 中에 관세 부과",
            "미국 정부는 미국 기업을 보호한다고 밝혔다. 중국은 반발했다.",
            "US",
        ),
        (
            "ja",
            "神戸、メルボルン・シティに逆転勝ち",
            "神戸はメルボルン・シティに2-1で逆転勝ちした。神戸の監督は喜んだ。",
            "JP",
        ),
    ],
)
def test_a_headlines_subject_set_off_by_a_comma_is_no_pair(
    language: str, title: str, text: str, expected: str
) -> None:
    tagged = tag_countries(title, [text], language)
    assert [m.code for m in tagged if m.primary] == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("日本、中国に抗議", "JP"),  # Japan protests to China: the subject's story...
        ("中国、日本に抗議", "CN"),
        ("米国、イランに制裁", "US"),
        ("日本、韓国、中国の首脳が会談", None),  # ...but a list of three is no subject,
        ("日韓首脳会談で合意", None),  # and a pair written together stays one.
    ],
)
def test_a_japanese_headlines_subject_set_off_by_its_comma(title: str, expected: str) -> None:
    tagged = tag_countries(title, ["会談は約1時間行われた。"], "ja")
    assert next((m.code for m in tagged if m.primary), None) == expected


def test_a_pair_in_the_headline_keeps_the_country_that_dominates() -> None:
    paragraphs = [
        "Argentina anunció el lunes el acuerdo.",
        "En Argentina, el gobierno dijo que Argentina invertirá; Argentina pagará la obra.",
    ]
    assert _primary("Argentina y Chile acuerdan un control integrado", paragraphs[0], "es") is None
    tagged = tag_countries("Argentina y Chile acuerdan un control integrado", paragraphs, "es")
    assert [(m.code, m.primary) for m in tagged] == [("AR", True), ("CL", False)]


def test_a_pair_of_nationalities_leaves_the_story_to_the_place_it_happens() -> None:
    title = "American, British hostages freed after years in Mali"
    paragraphs = [
        "The American nurse and the British engineer were held for years by militants.",
        "The American nurse and the British engineer are well, their families said. The American"
        " nurse will fly home with the British engineer.",
    ]
    tagged = tag_countries(title, paragraphs, "en")
    assert [m.code for m in tagged if m.primary] == ["ML"]


def test_a_name_that_begins_with_the_letter_for_and_is_no_pair() -> None:
    # 'واشنطن' (Washington) begins with 'و', the letter Arabic attaches for 'and'.
    tagged = tag_countries(
        "إيران واشنطن تفاوض", ["قالت إيران إن المحادثات مع واشنطن مستمرة في طهران."], "ar"
    )
    assert [(m.code, m.primary) for m in tagged] == [("IR", True), ("US", False)]


def test_an_organ_named_after_another_country_is_that_countrys() -> None:
    title = "Philippine FDA orders recall of contaminated syrup"
    text = "The FDA said the syrup was sold in Manila pharmacies."
    assert [m.code for m in tag_countries(title, [text])] == ["PH"]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # A head-count of a people, in any case, is where they are.
        ("About 2,000 Americans voted by mail.", True),
        ("Up to 2 million AMERICANS voted by mail.", True),
        # A year is no head-count, nor a number that ends a sentence.
        ("In 2019 Americans voted by mail.", False),
        ("The law passed in 2019. Americans voted by mail.", False),
    ],
)
def test_a_people_counted_is_a_place(text: str, primary: bool) -> None:
    assert [(m.code, m.primary) for m in tag_countries("Vote looms", [text])] == [("US", primary)]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Stocks Seen Flat",
            "US stock futures pointed to a flat open as earnings poured in.",
            "US",
        ),
        (
            "Markets close",
            "Tokyo stocks fell 1 percent after a weak report from a US chip maker.",
            "JP",
        ),
    ],
)
def test_a_market_is_its_countrys(title: str, text: str, expected: str) -> None:
    assert _primary(title, text, "en") == expected


@pytest.mark.parametrize(
    ("language", "title", "text", "primary"),
    [
        (
            "fr",
            "Les écrans au lit grignotent le sommeil des adolescents, confirme une étude",
            "C'est la conclusion d'une étude menée en Norvège auprès de 40 000 jeunes.",
            None,
        ),
        (
            "de",
            "Tropennächte rauben den Schlaf",
            "Das zeigt eine Auswertung, die ein Forschungsteam aus den Niederlanden veröffentlicht"
            " hat.",
            None,
        ),
        # The same single mention in a story that is no study's is where it happens.
        (
            "fr",
            "Les agriculteurs bloquent les routes",
            "Des milliers d'agriculteurs ont manifesté en Norvège contre la hausse du gazole.",
            "NO",
        ),
    ],
)
def test_a_country_named_once_in_a_studys_story_is_where_it_was_made(
    language: str, title: str, text: str, primary: str | None
) -> None:
    assert _primary(title, text, language) == primary


def test_a_korean_headlines_comma_sets_off_its_subject() -> None:
    # '美, 中에 관세 부과': the US puts tariffs on China, no pair.
    assert _primary("美, 中에 관세 부과", "관계자는 이렇게 말했다.", "ko") == "US"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sino-Russian ties deepened as officials met.", ["CN", "RU"]),
        ("The Franco-German motor of Europe stalled.", ["DE", "FR"]),
        ("Indo-Pakistani talks resumed.", ["IN", "PK"]),
        ("The Russo-Ukrainian war entered its third year.", ["RU", "UA"]),
        ("Indo-Pacific strategy was discussed.", []),  # no country after the hyphen
        ("Greco-Roman wrestling is popular.", []),
        ("General Franco ruled for decades.", []),  # a name, no hyphen
        ("Franco-Nevada shares rose on gold.", ["US"]),  # a firm: a US state, not a country
        ("The Sino-Soviet split widened.", ["CN", "RU"]),  # a state that was
    ],
)
def test_a_country_s_combining_form_joined_to_another(text: str, expected: list[str]) -> None:
    assert sorted(mention.code for mention in tag_countries(text, [text], "en")) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Sejm voted on the budget.", "PL"),
        ("The Storting approved the plan.", "NO"),
        ("The Lok Sabha passed the bill.", "IN"),
        ("The Verkhovna Rada met in Kyiv.", "UA"),
    ],
)
def test_a_parliament_named_in_its_own_language_names_its_country(text: str, code: str) -> None:
    assert code in [mention.code for mention in tag_countries(text, [text], "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sino-U.S. relations soured.", ["CN", "US"]),
        ("The Indo-Canadian community met in Surrey.", ["CA"]),  # a diaspora, not India
        ("Italo-Americans celebrated.", ["US"]),
    ],
)
def test_combining_forms_with_abbreviations_and_diasporas(text: str, expected: list[str]) -> None:
    assert sorted(mention.code for mention in tag_countries(text, [text], "en")) == expected


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        # A dash between spaces sets the headline's clauses apart ...
        (
            "de",
            "BVB dreht Spiel gegen Freiburg – Japaner Sato trifft doppelt",
            "Der Japaner Ren Sato traf zweimal. Dortmund gewann gegen Freiburg.",
            "DE",
        ),
        # ... and joins two names where the second ends the headline or its part.
        ("de", "Spanien – Deutschland 2:1", "Spanien schlug Deutschland in Madrid.", None),
        ("es", "Venezuela - Colombia: reabren la frontera", "Ambos gobiernos firmaron.", None),
    ],
)
def test_a_spaced_dash_pairs_names_only_at_the_headlines_end(
    language: str, title: str, text: str, expected: str | None
) -> None:
    assert _primary(title, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A people's noun names a person's nationality: the place the story happens in leads.
        ("de", "Der Norweger Erling Haaland traf beim 3:1 in Madrid zweimal.", "ES"),
        ("ru", "Француз Кильян Мбаппе забил в Мадриде.", "ES"),
        ("uk", "Японець виграв марафон у Берліні.", "DE"),
    ],
)
def test_a_peoples_noun_weighs_less_than_the_place(language: str, text: str, expected: str) -> None:
    assert _primary("", text, language) == expected
