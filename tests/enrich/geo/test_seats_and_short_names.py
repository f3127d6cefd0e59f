"""Places named for something else: Brussels for the EU, Dublin for an asylum rule, a district
named with everyday words; capitals three letters long; headline and regional names in Chinese
and Japanese (app/enrich/geo/resolve.py, person_names.py, idioms.py, world_names.py,
world_places.py, abbreviations.py and the aliases' tables)."""

from __future__ import annotations

import pytest

from app.enrich.geo.inflections import dictionary_forms
from app.enrich.geo.tagger import tag_countries


def _codes(text: str, language: str) -> list[str]:
    return sorted(mention.code for mention in tag_countries(None, [text], language))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "EU ministers met in Brussels on Monday to agree on sanctions.", []),
        ("ru", "Дипломаты ЕС в Брюсселе обсудили санкции.", []),
        ("de", "Die EU-Kommission in Brüssel warnte Budapest.", ["HU"]),
        ("nl", "Ook Brussel speelde een rol. De Europese Commissie zette Kyiv onder druk.", ["UA"]),
        ("ko", "EU는 브뤼셀에서 회의를 열었다.", []),
        ("pt", "Eu moro em Bruxelas desde 2019.", ["BE"]),  # 'Eu': I.
        # Another place of Belgium: Brussels is Belgium's too.
        ("en", "Brussels police arrested two men in Antwerp, the EU said.", ["BE"]),
        # No Union named: Brussels is a town of Belgium as any other.
        ("en", "A concert hall opened in Brussels on Friday.", ["BE"]),
    ],
)
def test_brussels_as_the_unions_seat_names_no_country(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Germany sent him back under the Dublin regulation.", ["DE"]),
        ("de", "Er wurde nach dem Dublin-Verfahren überstellt.", []),
        ("fr", "Il a été renvoyé selon le règlement de Dublin.", []),
        ("en", "He was arrested in Dublin.", ["IE"]),
    ],
)
def test_the_dublin_rule_is_no_place(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Der Papst sprach in Rom.", ["IT"]),
        ("tr", "Esad Şam'da konuştu.", ["SY"]),
        ("cs", "Papež promluvil v Římě.", ["IT"]),
        ("ru", "Переговоры прошли в Риме.", ["IT"]),
        ("de", "ROM und RAM sind Speicher.", []),  # Capitals: an abbreviation.
        ("de", "ROM (dpa) - Der Papst empfing Gäste.", ["IT"]),  # A dateline in capitals.
        ("cs", "USA: ČAD ODMÍTL DOHODU", ["TD", "US"]),  # A headline in capitals.
        ("de", "Polizisten schlugen einen Rom.", []),  # One of the Roma.
        ("tr", "Şam fıstığı fiyatları arttı.", []),  # A pistachio.
        ("tr", "Şam çeliği bıçaklar satıldı.", []),  # Damascus steel.
        ("sv", "Rom är vacker.", []),  # Rum, too: not read in Swedish.
    ],
)
def test_capitals_three_letters_long(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Words: a district of Madrid only where Spain is named otherwise.
        ("es", "Estudiantes de la Universidad marcharon por el centro.", []),
        ("es", "Vecinos de Retiro protestaron.", []),
        ("es", "Vecinos del barrio de Retiro, en Madrid, protestaron.", ["ES"]),
        # Districts with names of their own are read as any town.
        ("es", "Vecinos de L'Hospitalet de Llobregat protestaron.", ["ES"]),
        ("es", "El alcalde de Ñuñoa habló.", ["CL"]),
    ],
)
def test_districts_named_with_everyday_words(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


def test_a_case_form_of_a_town_gazetteer_names_in_its_dictionary_form() -> None:
    assert "Кордова" in dictionary_forms("ru", "Кордове")
    assert dictionary_forms("en", "Cordoba") == []
    assert _codes("Аргентинская полиция задержала его в Кордове.", "ru") == ["AR"]
    assert _codes("Испанская полиция задержала его в Кордове.", "ru") == ["ES"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ja", "比、南沙に監視拠点", ["PH"]),  # A headline's subject.
        ("ja", "朝、目が覚めると雨だった。", []),  # In the morning.
        ("ja", "中、高校生の自殺が増加", []),  # Junior and senior high school students.
        ("zh-Hans", "槟城州政府宣布新措施。", ["MY"]),
        ("zh-Hans", "巴西马县发生水灾。", ["MY"]),  # Pasir Mas, not Brazil.
        ("zh-Hans", "玻璃市场价格上涨。", []),  # The glass market, not Perlis.
    ],
)
def test_headline_subjects_and_malaysian_places(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A surname after a given name the dictionary does not hold as a word.
        ("it", "L'assessore di Arcevia, Antonio Greco, ha chiesto aiuto.", []),
        ("it", "Il governo greco ha chiesto aiuto.", ["GR"]),
        # Polish and Greek decline a country after a surname too: only a people's name is one.
        ("pl", "W poniedziałek minister Sikorski Ukrainie obiecał pomoc.", ["UA"]),
        ("pl", "Rząd Niemiec ogłosił plan.", ["DE"]),
        ("el", "Λέει ο Κώστας Γερμανός, κτηνοτρόφος.", []),
        ("es", "El presidente del Banco Central Argentina dijo.", ["AR"]),
        # A Vietnamese district's or river's name after its word; Hindi's sugar mill.
        ("vi", "Ở huyện Nga thuộc tỉnh Oudomxay, nhiều bản bị ngập.", []),
        ("vi", "Tổng thống Nga phát biểu tại Moskva.", ["RU"]),
        ("hi", "बाजपुर चीनी मिल में पेराई सत्र शुरू", []),
        ("hi", "चीनी सेना ने अभ्यास किया", ["CN"]),
        # Names CLDR does not give: the Ivory Coast in Vietnamese, the DR Congo's Polish cases.
        ("vi", "Xuất khẩu sang Bờ Biển Ngà tăng gần gấp đôi.", ["CI"]),
        ("pl", "A w Demokratycznej Republice Konga rozbudowa się opóźnia.", ["CD"]),
    ],
)
def test_surnames_districts_and_words_that_look_like_countries(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "Był wczoraj w Zielonej Górze.", ["PL"]),
        ("pl", "Z Czechowic-Dziedzic do Bielska-Białej bez przesiadki.", ["PL"]),
        ("pl", "Stoimy w Rudzie Śląskiej.", ["PL"]),
        ("cs", "Byli jsme v Hradci Králové.", ["CZ"]),
        ("uk", "Ми були у Білій Церкві.", ["UA"]),
        ("el", "Στο λιμάνι της Νέας Σμύρνης.", ["GR"]),
        # Only the language's own towns: a foreign name inside a person's is no place.
        ("pl", "Rozmawiała z nią premier Sanna Marin.", []),
        # The ending must be the language's: 'Новости' is no form of 'Новая'.
        ("ru", "Сайт Новости Англии закрылся.", ["GB"]),
    ],
)
def test_a_home_town_of_several_words_declined_word_by_word(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected
