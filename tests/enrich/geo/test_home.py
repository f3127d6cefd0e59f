"""The home country's evidence (app/enrich/geo/home.py): its state's offices named alone."""

from __future__ import annotations

import pytest

from app.enrich.geo.home import home_countries, readers_countries, state_word_weight
from app.enrich.geo.matcher import find_names
from app.enrich.geo.tagger import tag_countries
from app.enrich.outlets import domain_country


def _primary(
    title: str, body: list[str], language: str, outlet_at: str | None = None
) -> str | None:
    tagged = tag_countries(title, body, language, outlet_at)
    return next((c.code for c in tagged if c.primary), None)


def _state_weight(text: str, language: str) -> float:
    # The text as the lead under an empty headline.
    homes = home_countries(language)
    sections = [("", 1.0), (text, 1.0)]
    return state_word_weight(sections, [[], find_names(text, language)], language, homes)


def test_a_domestic_story_names_its_government_not_its_country() -> None:
    title = "Rząd obniża akcyzę na paliwo sprowadzane z Niemiec"
    body = [
        "Premier zapowiedział w piątek, że akcyza na benzynę z Niemiec spadnie od lipca.",
        "Minister finansów ocenia koszt zmiany na dwa miliardy złotych. W Polsce ceny rosną.",
    ]
    # Germany is named twice in the headline and lead, Poland once in the body.
    assert _primary(title, body, "pl") == "PL"


def test_a_foreign_story_keeps_its_country_whose_offices_it_names() -> None:
    title = "Niemcy: koalicja rządowa upadła"
    body = [
        "Kanclerz Niemiec zdymisjonował ministra finansów. Rząd traci większość.",
        "Wybory w Niemczech mogą odbyć się w lutym. W Polsce politycy komentują kryzys.",
    ]
    assert _primary(title, body, "pl") == "DE"


def test_a_foreign_story_keeps_its_country() -> None:
    title = "Niemcy: rząd Niemiec obniża podatki"
    body = ["Kanclerz Niemiec ogłosił w Berlinie reformę.", "W Polsce nic się nie zmieni."]
    assert _primary(title, body, "pl") == "DE"


def test_a_foreign_story_whose_headline_and_lead_are_abroad_keeps_its_country() -> None:
    # Its offices are named paragraph after paragraph without the country; the home country
    # only far down. Offices count for home only where the headline or lead is at home.
    title = "Czeski rząd przetrwał głosowanie nad wotum nieufności"
    body = [
        "Opozycja w Czechach nie zebrała większości w izbie niższej parlamentu.",
        "Rząd zapowiedział, że premier przedstawi budżet w przyszłym tygodniu.",
        "Minister finansów bronił cięć. Rząd ma poparcie czterech partii.",
        "W Warszawie komentatorzy uważają, że premier wyszedł z kryzysu silniejszy.",
    ]
    assert _primary(title, body, "pl") == "CZ"


def test_a_lead_opening_with_the_headline_countrys_office_is_abroad() -> None:
    # The lead's 'Rząd' names no country: it is the Czech one of the headline, not Poland's.
    title = "Czeski rząd przetrwał głosowanie nad wotum nieufności"
    body = [
        "Rząd Petra Fiali przetrwał we wtorek głosowanie w Izbie Poselskiej.",
        "Premier odpowiadał, że gabinet musiał ciąć wydatki. To piąta próba odwołania rządu.",
        "Sytuację u południowego sąsiada uważnie obserwuje Warszawa.",
    ]
    assert _primary(title, body, "pl") == "CZ"
    # A headline with an office of the readers' own keeps the lead's at home.
    title = "Rząd szykuje odpowiedź na czeskie kontrole na granicy"
    body = [
        "Rząd zapowiedział w piątek kontrole na granicy.",
        "Premier spotka się z ministrami w Warszawie.",
    ]
    assert _primary(title, body, "pl") == "PL"


def test_the_readers_government_answering_a_foreign_act_is_a_home_story() -> None:
    title = "Hükümetten Yunanistan'ın Ege'deki deniz parkı planına sert tepki"
    body = [
        "Dışişleri Bakanlığı, Yunanistan'ın Ege'de ilan etmeyi planladığı deniz parkının"
        " uluslararası hukuka aykırı olduğunu açıkladı.",
        "Açıklamada, Yunanistan'ın tek taraflı adımlarının bölgedeki gerginliği artıracağı"
        " belirtildi. Atina yönetimi ise planın çevre koruma amaçlı olduğunu savunuyor.",
        "Yunan basını, parkın yaz aylarında yürürlüğe girmesinin beklendiğini yazdı. Türkiye'nin"
        " itirazının ardından AB'nin de konuyu gündemine alması bekleniyor.",
    ]
    # Greece is named five times, twice up front, Turkey once far down; the government, named
    # in the headline, is the story's actor.
    assert _primary(title, body, "tr") == "TR"


@pytest.mark.parametrize(
    ("text", "language", "weight"),
    [
        ("Rząd przyjął projekt ustawy.", "pl", 1.0),
        ("Rada Ministrów i premier zdecydowali.", "pl", 2.0),
        # An office with its country beside it is that country's.
        ("Rząd Ukrainy przyjął projekt.", "pl", 0.0),
        ("Pemerintah Tiongkok membantah.", "id", 0.0),
        ("Menteri Luar Negeri Tiongkok datang.", "id", 0.0),
        # ...but a country three words on is the object of the office's verb.
        ("Rząd szykuje odpowiedź na niemieckie kontrole.", "pl", 1.0),
        ("Pemerintah menegaskan larangan ekspor.", "id", 1.0),
        ("รัฐบาลไทยยืนยัน", "th", 0.0),
        ("นายกรัฐมนตรีกล่าวว่า", "th", 1.0),
        # A paragraph that named another country last speaks of its state.
        ("Kanclerz Niemiec zdymisjonował ministra. Rząd traci większość.", "pl", 0.0),
        ("Kanclerz Niemiec przyjechał.\n\nRząd traci większość.", "pl", 1.0),
        # Urdu names the country before the office: one after it is the sentence's object.
        ("حکومت نے چین کے ساتھ معاہدہ کیا", "ur", 1.0),
        ("پاکستان کی حکومت نے معاہدہ کیا", "ur", 1.0),
        # Governments, in the plural, are more than one country's.
        ("переговори на рівні урядів", "uk", 0.0),
        ("Прем'єр-міністр заявив", "uk", 1.0),
        ("TBMM'de yasa kabul edildi.", "tr", 1.0),
        # Ministries by their initials ('MSZ', the foreign ministry; 'МЗС').
        ("MSZ wezwał ambasadora.", "pl", 1.0),
        ("У МЗС назвали це шантажем.", "uk", 1.0),
        # Hebrew attaches 'and', 'the', 'in' to the word.
        ('וצה"ל תקף בדרום', "he", 1.0),
        ("הביקורת על הממשלה גוברת", "he", 1.0),
        ("外交部发言人表示", "zh-Hans", 1.0),
        ("日本外交部表示", "zh-Hans", 0.0),
        # A bare office in Japanese and Chinese is the readers' own, even after another country.
        ("ロシアが軍事演習　政府が抗議", "ja", 1.0),
        ("ロシアの政府が抗議", "ja", 0.0),
        ("菲律宾船只闯入　外交部回应", "zh-Hans", 1.0),
        ("Yunanistan hükümeti itiraz etti.", "tr", 0.0),
        # An acronym's case must match.
        ("GUS podał dane.", "pl", 1.0),
        ("gus podał dane.", "pl", 0.0),
    ],
)
def test_state_words_count_only_without_a_country(text: str, language: str, weight: float) -> None:
    assert _state_weight(text, language) == weight


@pytest.mark.parametrize(
    ("language", "home"),
    [
        ("pl-PL", {"PL"}),
        ("it", {"IT"}),  # Official in San Marino, Switzerland and the Vatican too.
        ("ta", {"IN"}),  # Official in Sri Lanka and Singapore, and in Tamil Nadu.
        # Andorra's one national language, and Catalonia's, where nearly all who speak it live.
        ("ca", {"ES"}),
        ("ur", {"PK"}),  # Official in Pakistan alone, though a fifth speak it in India.
        ("zh-Hant", set()),  # Taiwan's and Hong Kong's.
        ("zh-Hans", {"CN"}),  # CLDR's 'zh', the language's likely script.
        ("es", set()),
        ("de", set()),  # Austria, Switzerland and Poland hold over a quarter of its speakers.
        ("ko", set()),
        # Three in four speakers or more: Russia's (Ukraine, Kazakhstan, Belarus hold a fifth),
        # Iran's (Afghanistan a quarter), Brazil's.
        ("ru", {"RU"}),
        ("fa", {"IR"}),
        ("pt", {"BR"}),
        ("en-GB", set()),
        # A page's declared region is its readers' country, where the language is official.
        ("pt-BR", {"BR"}),
        ("es-MX", {"MX"}),
        ("fr-CA", {"CA"}),
        ("es-US", set()),
    ],
)
def test_the_home_country_is_where_nearly_all_who_speak_the_language_live(
    language: str, home: set[str]
) -> None:
    assert home_countries(language) == home


def test_an_italian_domestic_story_is_italys() -> None:
    title = "Istat: disoccupazione in calo, crescono le assunzioni verso la Francia"
    body = [
        "Secondo l'Istat il tasso di disoccupazione in Italia è sceso al 6,8%.",
        "Il ministro del Lavoro parla di un buon segnale. Le imprese della Francia assumono.",
    ]
    # France is named in the headline, Italy once in the lead.
    assert _primary(title, body, "it") == "IT"


_SCIENCE_TITLE = "Un pulpo resuelve laberintos más rápido de lo esperado"
_SCIENCE_BODY = [
    "Un equipo de biólogos publicó este martes un estudio sobre la memoria de los pulpos.",
    "Los animales aprendieron a salir de un laberinto en pocos días.",
    "El experimento se realizó en un acuario de Japón durante seis meses.",
]


def test_a_country_named_once_in_passing_is_not_the_story_s_country() -> None:
    # One mention below the lead of a country that is not the readers' own: named in passing.
    tagged = tag_countries(_SCIENCE_TITLE, _SCIENCE_BODY, "es")
    assert [(c.code, c.primary) for c in tagged] == [("JP", False)]


def test_a_country_named_once_in_the_headline_or_more_than_once_is_primary() -> None:
    assert _primary("Japón: " + _SCIENCE_TITLE, _SCIENCE_BODY, "es") == "JP"
    body = [*_SCIENCE_BODY, "Japón financiará la próxima fase del estudio."]
    assert _primary(_SCIENCE_TITLE, body, "es") == "JP"


def test_the_readers_country_named_once_is_still_primary() -> None:
    title = "Un pulpo escapa de su tanque y recorre el acuario de noche"
    body = [
        "Los cuidadores lo encontraron por la mañana junto a la puerta.",
        "El animal volvió solo a su tanque.",
        "El acuario, en Argentina, recibe mil visitas al día.",
    ]
    # Spanish has no one home, but a story whose only country is one where it is spoken is
    # that country's (the readers' own, named once as a domestic story does)...
    assert _primary(title, body, "es") == "AR"
    # ...not where it names another country too, unless the outlet's address says whose it is.
    with_another = [*body, "Su director estudió en un acuario de Japón."]
    assert _primary(title, with_another, "es") is None
    assert _primary(title, with_another, "es", "AR") == "AR"
    # But a study's story is where the study was made, the readers' country too.
    study = [*_SCIENCE_BODY[:2], "El experimento se realizó en un acuario de Argentina."]
    assert _primary(_SCIENCE_TITLE, study, "es", "AR") is None


def test_a_country_where_the_language_is_not_spoken_is_still_in_passing() -> None:
    # The only country named, once below the lead, in a story in French: France's own story
    # when it is France, named in passing when it is Japan.
    title = "Un poulpe s'échappe de son bassin et visite l'aquarium la nuit"
    body = [
        "Les soigneurs l'ont retrouvé au matin près de la porte.",
        "L'animal est retourné seul dans son bassin.",
        "Le ministre a salué l'aquarium, le plus visité de France.",
    ]
    assert _primary(title, body, "fr") == "FR"
    assert _primary(title, [*body[:2], body[2].replace("France", "Japon")], "fr") is None
    # Nor by a person's nationality alone: the story of a club that names none.
    player = [*body[:2], "Le milieu sénégalais a signé pour trois saisons."]
    assert _primary(title, player, "fr") is None


def test_english_keeps_a_country_named_once_outside_a_study() -> None:
    title = "Octopus escapes from its tank overnight"
    body = [
        "Keepers found the tank empty on Tuesday morning.",
        "The animal had squeezed through a gap no wider than a coin.",
        "The aquarium in Japan has since sealed every lid with clamps.",
    ]
    assert next(c.code for c in tag_countries(title, body, "en") if c.primary) == "JP"


def test_an_english_story_that_cites_a_study_keeps_its_country() -> None:
    title = "Feasibility study for rail link approved"
    body = [
        "The cabinet on Wednesday approved a feasibility study for a high-speed rail line.",
        "Work on the line in Malaysia could begin in 2028, the transport minister said.",
    ]
    assert next(c.code for c in tag_countries(title, body, "en") if c.primary) == "MY"


def test_an_english_study_that_names_its_country_once_has_no_primary() -> None:
    title = "Octopus solves mazes faster than expected"
    body = [
        "A team of biologists published a study on octopus memory on Tuesday.",
        "The animals learned to leave a maze within days.",
        "The experiment was run in an aquarium in Japan for six months.",
    ]
    tags = tag_countries(title, body, "en")
    assert [c.code for c in tags] == ["JP"]
    assert not any(c.primary for c in tags)


@pytest.mark.parametrize(
    ("language", "url", "expected"),
    [
        ("es", "https://www.lanacion.com.ar/politica/nota", {"AR"}),
        ("fr", "https://actu.fr./societe/article", {"FR"}),
        ("it", "https://www.rsi.ch/news/svizzera/articolo", {"CH"}),
        ("zh-Hant", "https://news.example.com.hk/article", {"HK"}),  # CLDR: 'zh_Hant' there.
        ("ru", "https://strana.ua/news/1", {"UA"}),
        ("es", "https://www.elheraldo.com.co/local/nota", {"CO"}),
        # A brand domain, or a country where the language is not official, says nothing.
        ("es", "https://www.example.co/noticias", set()),
        ("it", "https://www.example.tv/notizie", {"IT"}),
        ("es", "https://www.example.com/noticias", set()),
        ("es", "https://www.example.eu/noticias", set()),
        ("es", "http://127.0.0.1:8000/noticias", set()),
        # English is the world's: its outlets' countries do not make a home.
        ("en", "https://www.bbc.co.uk/news/article", set()),
    ],
)
def test_the_readers_country_is_the_outlet_s_where_its_language_is_official(
    language: str, url: str, expected: set[str]
) -> None:
    assert readers_countries(language, domain_country(url)) == expected


@pytest.mark.parametrize(
    ("lead", "outlet_at", "expected"),
    [
        ("Die Bundesregierung in Wien beschloss am Montag ein Hilfspaket.", None, "AT"),
        ("Die Bundesregierung in Berlin beschloss am Montag ein Hilfspaket.", None, "DE"),
        # Germany's own border with Austria: a German outlet's government is Germany's.
        ("Die Bundesregierung verlängert die Kontrollen an der Grenze zu Österreich.", "DE", "DE"),
        ("Die Bundesregierung verlängert die Kontrollen an der Grenze zu Österreich.", "AT", "AT"),
    ],
)
def test_the_federal_government_is_the_readers_or_austria_s_where_austria_alone_is_named(
    lead: str, outlet_at: str | None, expected: str
) -> None:
    assert _primary("Grenze: neue Maßnahmen", [lead], "de", outlet_at) == expected
