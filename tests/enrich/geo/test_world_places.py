"""Towns and regions named in an article's own language (app/enrich/geo/world_places.py and the
region names of app/enrich/geo/inflections.py)."""

from __future__ import annotations

import re

import pytest

from app.enrich.geo.inflections import region_names
from app.enrich.geo.tagger import tag_countries
from app.enrich.geo.world_places import place_names


def _codes(text: str, language: str) -> list[str]:
    return sorted(mention.code for mention in tag_countries(None, [text], language))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ja", "東京と大阪で新店舗を開いた。", ["JP"]),
        ("zh-Hans", "北京和上海的代表出席了会议。", ["CN"]),
        ("zh-Hant", "台北的代表飛往香港。", ["HK", "TW"]),
        ("ko", "서울과 부산에서 행사가 열렸다.", ["KR"]),
    ],
)
def test_great_cities_two_characters_long(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh-Hans", "游客沿着中山路走到海边。"),  # Sun Yat-sen's road, in every town.
        ("zh-Hant", "登山隊昨天攻頂玉山。"),  # Taiwan's highest mountain, not the Chinese town.
        ("ko", "고양이가 집에 돌아왔다."),  # A cat, not Goyang.
        ("ko", "한국어 수업이 시작됐다."),  # The language: no particle follows the name.
        ("ko", "범죄인 인도 조약이 발효됐다."),  # An extradition treaty, not India.
        ("ko", "LNG 운반선 인도가 몰리면서 수출이 늘었다."),  # Ships delivered.
    ],
)
def test_two_characters_that_are_words_are_no_place(language: str, text: str) -> None:
    assert _codes(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ar", "قالت واشنطن إن المحادثات ستستأنف", ["US"]),
        ("zh-Hant", "華盛頓宣布新的制裁", ["US"]),
        ("el", "Συνάντηση στην Αθήνα", ["GR"]),
        ("zh-Hans", "会谈在多哈举行", ["QA"]),
    ],
)
def test_capitals_of_any_size(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


def test_taiwan_and_hong_kong_are_homes_of_chinese_news() -> None:
    from app.enrich.geo.world_places import speaking_countries

    assert {"CN", "TW", "HK"} <= speaking_countries("zh")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "MOSCÚ, 5 oct (EFE). El Gobierno respondió.", ["RU"]),
        ("pt", "A delegação chegou a Xangai.", ["CN"]),
        ("it", "Il vertice si terrà a Varsavia.", ["PL"]),
        ("de", "Das Treffen findet in Moskau statt.", ["RU"]),
        ("fr", "Les négociations reprennent à Téhéran.", ["IR"]),
    ],
)
def test_great_cities_in_the_languages_own_names(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # No time zone is named after them, so CLDR has no name for them: GeoNames' other names.
        ("de", "Die Börse in Mailand schloss fester.", ["IT"]),
        ("fr", "Le chancelier s'est exprimé à Munich.", ["DE"]),
        ("pl", "Szczyt odbędzie się w Mediolanie.", ["IT"]),
        # A home town of the language's: Geneva in German, French, Italian.
        ("de", "Die Gespräche in Genf endeten ohne Einigung.", ["CH"]),
        # Where CLDR names the city, only its name: German 'Roma' is the Romani people.
        ("de", "Die Roma in Ungarn protestieren gegen die Räumung.", ["HU"]),
        ("es", "Mosca dijo que no habrá acuerdo.", []),  # Moscow: CLDR's Spanish is 'Moscú'.
        # A great home city's own name, though its language's list of common words holds it.
        ("sv", "Spårvagnarna i Göteborg står still i sju veckor.", ["SE"]),
        ("de", "Die Messe in München öffnet am Montag.", ["DE"]),
        ("sv", "Vinden vänder till söder under kvällen.", []),  # Södermalm's 'Söder': too small.
    ],
)
def test_great_cities_other_names_in_latin_letters(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


def test_an_island_named_by_a_word_is_not_read() -> None:
    # CLDR names Easter Island 'Pasqua' and Christmas Island 'Navidad': words first.
    assert _codes("Auguri di buona Pasqua a tutti.", "it") == []
    assert _codes("Feliz Navidad desde la redacción.", "es") == []


def test_a_smaller_korean_town_is_read_as_a_city() -> None:
    # 세종 alone (a king, a smaller town) is not read; 세종시 is the city.
    assert _codes("세종시청에서 전달식이 열렸다.", "ko") == ["KR"]
    assert _codes("세종대왕 동상 앞에서", "ko") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ja", "函館市で開催された。", ["JP"]),
        ("ja", "福島県の知事が語った。", ["JP"]),
        ("zh-Hans", "中山市政府发布通知。", ["CN"]),
        ("zh-Hant", "花蓮縣政府宣布停班停課。", ["TW"]),
    ],
)
def test_a_city_or_prefecture_form_names_a_town_too_short_or_too_small_alone(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


def test_korean_names_with_their_particles() -> None:
    assert _codes("중국과 일본은 한국의 이웃이다.", "ko") == ["CN", "JP", "KR"]


@pytest.mark.parametrize(
    ("language", "town", "region"),
    [
        ("ru", "Оренбург", "Оренбургской области"),
        ("ru", "Омск", "Омская область"),
        ("ru", "Пермь", "Пермском крае"),
        ("ru", "Ярославль", "Ярославскую область"),
        ("ru", "Гомель", "Гомельской области"),
        ("uk", "Харків", "Харківській області"),
        ("uk", "Луганськ", "Луганської області"),
        ("uk", "Вінниця", "Вінницькій області"),  # 'ц' and 'с' merge with the suffix's 'с'.
        ("uk", "Одеса", "Одеська область"),
        # A city council, named by the town's adjective as its region is.
        ("uk", "Вінниця", "Вінницької міської ради"),
        ("uk", "Харків", "Харківська міськрада"),
        ("ru", "Екатеринбург", "Екатеринбургской городской думы"),
        # A region's council and administrations, the latter also by their initials.
        ("uk", "Одеса", "Одеської обласної державної адміністрації"),
        ("uk", "Київ", "Київської обласної військової адміністрації"),
        ("uk", "Львів", "Львівська обласна рада"),
        ("uk", "Одеса", "Одеської ОДА"),
        ("uk", "Харків", "Харківська ОВА"),
    ],
)
def test_regions_named_after_their_towns(language: str, town: str, region: str) -> None:
    assert region in region_names(language, town)


def test_a_region_alone_names_its_country() -> None:
    assert _codes("В Оренбургской области закупят пять автомобилей.", "ru") == ["RU"]
    assert region_names("es", "Córdoba") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Казанский «Ак Барс» обыграл петербургский СКА.", ["RU"]),
        ("ru", "Московский суд арестовал блогера.", ["RU"]),  # Capitalised to open a sentence.
        ("ru", "Заседание тверского областного суда перенесли.", ["RU"]),  # 'ской' declined.
        ("ru", "Сумской горсовет принял бюджет.", ["UA"]),
        ("uk", "Київський водоканал попередив про аварію.", ["UA"]),
        ("uk", "Напад на кримських татар засудили.", ["UA"]),
        ("uk", "Рішення московського патріархату оскаржили.", ["RU"]),
        ("ru", "Минский тракторный завод увеличил выпуск.", ["BY"]),
        ("ru", "Решение Московского городского суда обжаловали.", ["RU"]),
    ],
)
def test_a_place_named_by_its_adjective(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Об этом заявил журналист Денис Казанский."),  # A surname after a given name,
        ("ru", "Денис Казанский заявил об этом."),  # at a sentence's start too.
        ("ru", "Массовое вымирание пермского периода изучают давно."),  # Not in the table.
        ("ru", "Учёные изучили славянские языки."),
        # Roads and stations named after the town they lead to, in another town, or a street.
        ("ru", "Он идет от Киевского шоссе до Ленинградского шоссе."),
        ("ru", "Поезд отправился с Киевского железнодорожного вокзала."),
        ("ru", "Задержание произошло на улице Минской."),
        ("ru", "Пожар произошёл у станции метро «Киевская»."),
        # A time zone, an agreement or a group named after a town, a disease, an icon.
        ("ru", "Матч начнётся в 22:00 по московскому времени."),
        ("uk", "Матч розпочнеться о 22:00 за київським часом."),
        ("ru", "Стороны обсудили выполнение Минских соглашений."),
        ("ru", "Сопредседатели Минской группы ОБСЕ провели встречу."),
        ("ru", "Зафиксирована вспышка сибирской язвы среди скота."),
        ("ru", "От Крымской-Конго геморрагической лихорадки умерли три человека."),
        ("ru", "В храме Казанской иконы Божией Матери прошла служба."),
        # Surnames: before a verb, after a given name the dictionary holds, alone.
        ("ru", "Сергей Рязанский вернулся на Землю."),
        ("ru", "Космонавт Рязанский опубликовал снимки."),
        ("ru", "По словам Гомельского, игра была плохой."),
        ("ru", "Д. Казанский опубликовал новое расследование."),
    ],
)
def test_a_place_adjective_that_names_none(language: str, text: str) -> None:
    assert _codes(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("bs", "Direktor Elektroprivrede Republike Srpske je pozitivan.", ["BA"]),
        ("ru", "Об инаугурации в Кремле не знали.", ["RU"]),
        ("zh-Hant", "已經向美國申請繼續為大陸電訊設備生產商供貨", ["CN", "US"]),
        ("zh-Hant", "他們乘船離開歐洲大陸。", []),
        ("pt", "Chegou aos 19 anos e mal falava português.", []),  # The language.
        ("pt", "Ele vive hoje em Utrecht, na Holanda.", ["NL"]),
        ("pt", "Foto: Diêgo Holanda/G1", []),  # A surname.
        ("de", "Investitionen aus den Vereinigten Arabischen Emiraten", ["AE"]),
        # A country's name at the head of a German compound noun; not an adjective's stem.
        ("de", "Der Ukrainekrieg und die Russlandpolitik der Regierung", ["RU", "UA"]),
        ("de", "Nach seiner Chinareise sprach der Kanzler.", ["CN"]),
        ("de", "Die Indianer zogen weiter.", []),
        ("ru", "Визит в Соединенные Штаты и в Штатах", ["US"]),
        ("cs", "Skupinky proudily přes Šumavu do Československa.", ["CZ"]),
        ("zh-Hans", "四川发生地震", ["CN"]),
        ("ja", "近畿最高峰の八経ヶ岳に登った", ["JP"]),
        ("ja", "中国地方の天気", ["JP"]),  # The region, not China.
        ("de", "Schweizer Uhrenexporte brechen ein", ["CH"]),
        ("de", "Die Luxemburger Regierung tagte.", ["LU"]),
    ],
)
def test_curated_names(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The home country's provinces, as ISO 3166-2 names them in its own spelling.
        ("id", "Banjir melanda Kalimantan Selatan sejak Senin.", ["ID"]),
        ("it", "Nevicate in Piemonte e in Lombardia.", ["IT"]),
        ("vi", "Mưa lớn tại Quảng Bình gây ngập.", ["VN"]),
        # Not another country's: Italian news has no Indonesian provinces.
        ("it", "Un terremoto ha colpito Jawa Tengah.", []),
    ],
)
def test_provinces_of_the_home_country(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A language of several countries reads the regions of each that no other one shares.
        ("es", "La Junta de Castilla-La Mancha elevó el incendio a nivel 2.", ["ES"]),
        ("es", "Lluvias en Antioquia y en el Valle del Cauca.", ["CO"]),
        ("es", "El gobierno de Jalisco y el de Chiapas firmaron.", ["MX"]),
        ("fr", "Le conseil régional de Normandie a voté le budget.", ["FR"]),
        ("de", "In Bayern und in der Steiermark wurde gewählt.", ["AT", "DE"]),
        # Their departments and provinces too, the second level.
        ("fr", "La Dronne a débordé en Dordogne et en Charente.", ["FR"]),
        ("fr", "Des orages dans le Hainaut et en Brabant wallon.", ["BE"]),
        ("es", "Temporal en Gipuzkoa y en Álava.", ["ES"]),
        # Not one named after a river another of them shares: the Meuse flows past Liège.
        ("fr", "La Meuse est sortie de son lit à Liège.", ["BE"]),
        # Not a name two of them give a region, nor a word of the language or of English
        # (pycountry writes Cameroon's regions in English), nor a broad region.
        ("es", "Lluvias en Amazonas y en el departamento de Santa Cruz.", []),
        ("fr", "Le North Carolina et le Sahel.", ["US"]),
    ],
)
def test_regions_of_a_language_of_several_countries(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A town and its region, after its comma.
        "Gempa mengguncang wilayah Mamuju, Sulawesi Barat, pada Kamis.",
        "Banjir di Samarinda, Kalimantan Timur, surut.",
    ],
)
def test_a_province_after_capitalised_words_that_are_no_name(text: str) -> None:
    assert _codes(text, "id") == ["ID"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Towns named by an everyday word: the word ('authorities', Settat; 'the stock
        # exchange', Bursa; 'intelligence', Modi'in)...
        ("ar", "وقالت سلطات الكويت إن بورصة الكويت أغلقت على ارتفاع.", ["KW"]),
        ("he", "המודיעין האמריקאי מסר כי הבורסה בטוקיו נסגרה.", ["JP", "US"]),
        # ...but not where the word with its article is the town's own name.
        ("ar", "وصل الوفد إلى الرياض قادما من الرباط.", ["MA", "SA"]),
        # A fixed phrase that holds a great city's name: the cruciate ligament, a birthplace,
        # force majeure, the Middle East.
        ("ar", "غاب اللاعب بسبب قطع في الرباط الصليبي وعاد إلى مسقط رأسه.", []),
        ("ar", "أعلنت الشركة حالة القوة القاهرة.", []),
        ("fa", "تنش‌ها در خاور میانه افزایش یافت.", []),
        # 'Rain-related' and Cairo's Matariya: the district only where Egypt is named otherwise.
        ("ar", "تراجعت التساقطات المطرية في آسفي.", ["MA"]),
        ("ar", "اندلع حريق في حي المطرية بالقاهرة.", ["EG"]),
    ],
)
def test_towns_named_by_everyday_words(language: str, text: str, expected: list[str]) -> None:
    assert sorted(_codes(text, language)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A great city's name that is as often a word: the word alone ('an electric cable',
        # 'floods', 'rejects')...
        ("ar", "وقعت مصر واليونان اتفاقا لمد كابل كهربائي بحري.", ["EG", "GR"]),
        ("ar", "جرفت سيول الأمطار عشرات المنازل.", []),
        ("he", "הממשלה דוחה את ההצעה.", []),
        # ...the place where the article names its country otherwise.
        ("ar", "قالت الحكومة الأفغانية في كابل إن الطريق فتح.", ["AF"]),
        ("he", "המשלחת הגיעה לדוחה, בירת קטאר.", ["QA"]),
    ],
)
def test_a_citys_name_that_is_a_word_needs_its_country(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A region whose name holds another country's name or adjective.
        ("es", "Los incendios en Columbia Británica obligan a evacuar a miles.", ["CA"]),
        ("fr", "Neige record en Nouvelle-Angleterre cette semaine.", ["US"]),
        ("fr", "Aucun train ne circulera dans la province de Luxembourg.", ["BE"]),
        ("de", "Hochwasser in der Provinz Luxemburg.", ["BE"]),
        ("pt", "Chuvas fortes em Nova Gales do Sul nesta terça.", ["AU"]),
        ("es", "Los buques zarparon de Puerto General San Martín.", []),
        # A town after a sentence's capitalised 'À', in a story that names nothing else.
        ("fr", "À Saint-Flour, la maternité suspend les accouchements.", ["FR"]),
        # A Turkish name's case after an apostrophe is no closing quotation mark.
        ("tr", 'Müdür "Çin\'den gelen yükler arttı" dedi.', ["CN"]),
    ],
)
def test_regions_towns_and_quotes_of_latin_languages(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize("language", ["ru", "ja", "th"])
def test_a_language_in_another_script_reads_no_latin_names(language: str) -> None:
    # CLDR's pseudo-locale region ('псевдо-Bidi') once made Latin one of their scripts, and
    # Russian gave every Latin name a Cyrillic ending ('Kameniskом').
    assert [a.text for a in place_names(language) if re.search("[A-Za-z]", a.text)] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A town named by an adjective, before a noun, is the adjective.
        ("ru", "Экономика Армении выросла. Центральный банк Армении снизил ставку.", ["AM"]),
        ("ru", "Прибыв в Мирный, губернатор встретился с рабочими.", ["RU"]),
    ],
)
def test_a_town_named_by_an_adjective(language: str, text: str, expected: list[str]) -> None:
    assert [m.code for m in tag_countries(None, [text], language)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A cyclone formed over the Indian Ocean and hit Mozambique."),
        ("zh-Hans", "气旋在印度洋形成，袭击了莫桑比克。"),
        ("ja", "サイクロンがインド洋で発生し、モザンビークを襲った。"),
        ("ru", "Циклон сформировался в Индийском океане и обрушился на Мозамбик."),
        ("uk", "Циклон утворився в Індійському океані та вдарив по Мозамбіку."),
        ("ar", "تشكل إعصار في المحيط الهندي وضرب موزمبيق."),
        ("fa", "طوفان در اقیانوس هند شکل گرفت و به موزامبیک رسید."),
        ("he", "הציקלון נוצר באוקיינוס ההודי ופגע במוזמביק."),
        ("de", "Der Zyklon bildete sich über dem Indischen Ozean und traf Mosambik."),
        ("vi", "Bão hình thành trên Ấn Độ Dương và đổ bộ vào Mozambique."),
    ],
)
def test_the_indian_ocean_is_no_india(language: str, text: str) -> None:
    assert [m.code for m in tag_countries(None, [text], language)] == ["MZ"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Экономика Латинской Америки растёт.", []),
        ("uk", "Візит до Південної Америки.", []),
        ("ru", "Санкции Америки против Ирана.", ["US", "IR"]),  # America alone is the US.
    ],
)
def test_a_continent_named_america_is_no_united_states(
    language: str, text: str, expected: list[str]
) -> None:
    assert [m.code for m in tag_countries(None, [text], language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "A storm in the Gulf of Mexico hit Louisiana.", ["US"]),
        ("en", "Ships sailed through the South China Sea near the Philippines.", ["PH"]),
        ("en", "A tanker was seized in the Gulf of Oman off Iran.", ["IR"]),
        ("es", "Una tormenta en el golfo de México golpeó Texas.", ["US"]),
        ("ru", "Корабли прошли через Южно-Китайское море у Филиппин.", ["PH"]),
        ("ar", "سفن في بحر الصين الجنوبي قرب الفلبين.", ["PH"]),
    ],
)
def test_a_sea_named_after_a_country_is_no_country(
    language: str, text: str, expected: list[str]
) -> None:
    assert [m.code for m in tag_countries(None, [text], language)] == expected
