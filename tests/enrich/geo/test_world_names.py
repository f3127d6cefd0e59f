"""Countries named in other languages: CLDR names, their inflected forms, stop words
(app/enrich/geo/world_names.py, inflections.py, and the matcher's rules for other scripts)."""

from __future__ import annotations

import pytest

from app.enrich.geo.inflections import adjective_forms, inflected_forms
from app.enrich.geo.tagger import tag_countries
from app.serbian_scripts import to_cyrillic


def _codes(text: str, language: str) -> list[str]:
    return [mention.code for mention in tag_countries(None, [text], language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Премьер-министр Белоруссии прибыл во Францию с визитом.", ["BY", "FR"]),
        ("uk", "Уряд передав Україні нову партію допомоги.", ["UA"]),
        ("ar", "وقالت وزارة الخارجية إن المحادثات بين بغداد وطهران والعراق ستستأنف", ["IQ", "IR"]),
        ("ar", "أعلنت السلطات بإيران اليوم عن إجراءات جديدة", ["IR"]),
        ("es", "El presidente de México viajó a EE. UU. esta semana.", ["MX", "US"]),
        ("pt", "O governo dos EUA anunciou sanções contra o Irã.", ["US", "IR"]),
        ("zh-Hans", "俄罗斯总统普京周二表示", ["RU"]),
        ("zh-Hant", "日本產經新聞報導，南韓與美國將會談", ["JP", "KR", "US"]),
        ("de", "Die Regierung in Russland kündigte neue Maßnahmen an.", ["RU"]),
        ("ja", "タイ・バンコクで開かれた会議にチリの代表も出席した。", ["TH", "CL"]),
        ("nl", "Den Haag is een plaats in de provincie Zuid-Holland.", ["NL"]),
        # Hungarian lengthens a final vowel before its endings; Finnish weakens consonants.
        ("hu", "A küldöttség Ausztriában járt, majd Ukrajnával tárgyalt.", ["AT", "UA"]),
        ("fi", "Valtuuskunta vieraili Turkissa, Kreikassa ja Yhdysvalloissa.", ["TR", "GR", "US"]),
        # A stem read with any case ending attached (Lithuanian, Latvian, Georgian, Belarusian).
        ("lt", "Delegacija lankėsi Vokietijoje ir Latvijoje.", ["DE", "LV"]),
        ("lv", "Delegācija apmeklēja Vāciju un Igauniju.", ["DE", "EE"]),
        ("ka", "დელეგაცია ეწვია სომხეთს და თურქეთში.", ["AM", "TR"]),
        ("be", "Дэлегацыя наведала Польшчу і Латвію.", ["PL", "LV"]),
        # Words that start with a name or its stem, with their endings: no country.
        ("az", "Maliyyə Nazirliyi yeni büdcə təqdim edib.", []),  # the Ministry of Finance
        ("hu", "Indiánok tüntettek a vezeték ellen.", []),  # Native Americans
        # Finnish names take only Finnish's endings: fur farming, a loaf; then cases and clitics.
        ("fi", "Turkistarhaus suljettiin. Ranskanleipä maksaa euron.", []),
        ("fi", "Matka Turkkiin ja Kreikkaankin peruttiin; Saksassakin sataa.", ["TR", "GR", "DE"]),
        ("be", "Літвін заявіў, што індык каштуе дорага.", []),  # a surname; a turkey
        # Turkic languages attach their endings without Turkish's apostrophe.
        ("az", "Nümayəndə heyəti Türkiyəyə və Gürcüstana səfər edib.", ["TR", "GE"]),
        ("kk", "Делегация Қытайға және Өзбекстанға барды.", ["CN", "UZ"]),
        # Serbian Cyrillic declined as its Latin is; Slovenian's accusative in -o.
        ("sr", "Делегација је посетила Румунију и Бугарску.", ["RO", "BG"]),
        ("sl", "Delegacija je obiskala Hrvaško in Italijo.", ["HR", "IT"]),
    ],
)
def test_names_in_the_articles_own_language(language: str, text: str, expected: list[str]) -> None:
    assert sorted(_codes(text, language)) == sorted(expected)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Стрельба в Техасе: погибли пять человек.", ["US"]),
        ("ru", "На Гавайях извергается вулкан.", ["US"]),  # A plural's case, written out.
        ("ar", "إطلاق نار في تكساس يودي بحياة خمسة أشخاص.", ["US"]),
        ("zh-Hans", "加利福尼亚州发生山火。", ["US"]),
        ("ja", "カリフォルニア州で山火事が広がった。", ["US"]),
        ("ko", "텍사스주에서 총격 사건이 발생했다.", ["US"]),
        ("ru", "В Нижней Калифорнии прошёл ураган.", ["MX"]),  # Baja California is Mexico's.
        ("ru", "Горы Сьерра-Невада в Испании.", ["ES"]),
        ("ru", "Парламент Парагвая контролирует правящая партия Колорадо.", ["PY"]),  # A party.
        ("ru", "Магазин на улице Флорида в Буэнос-Айресе.", ["AR"]),  # A street.
        ("zh-Hans", "增加州政府的预算。", []),  # 加州 is inside other words: not read.
        ("ja", "侍ジャパンが優勝した。", ["JP"]),  # Japan's teams' loanword.
        ("ja", "ジャパニーズウイスキーが人気。", []),
        # Regions, as each language's news names them.
        ("ru", "В Синьцзяне ужесточили контроль.", ["CN"]),
        ("ar", "تصاعد العنف في دارفور.", ["SD"]),
        ("es", "El Parlamento de Cataluña votó ayer.", ["ES"]),
        ("de", "Neue Siedlungen im Westjordanland.", ["PS"]),
        ("zh-Hans", "魁北克省举行选举。", ["CA"]),
        ("ar", "غابات أشجار القرم على الساحل.", []),  # Mangroves, not Crimea.
        ("tr", "Sivas'ta Kırım Kongo Kanamalı Ateşi nedeniyle bir kişi öldü.", ["TR"]),  # A fever.
        ("hi", "ईरान के सिस्तान-बलूचिस्तान प्रांत में हमला।", ["IR"]),  # Iran's, not Pakistan's.
        ("he", "בולוניה ניצחה 2:1", []),  # Bologna, not Wallonia with its ב.
        # Sicily, not Chile (チリ inside it), nor Thailand (タイ inside タイム, タイトル).
        ("ja", "貴重なプライベートタイムとシチリア島のショットを収めた写真集のタイトル。", ["IT"]),
    ],
)
def test_us_states_regions_and_other_curated_places(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


def test_a_word_that_names_a_country_elsewhere_is_read_in_its_own_language() -> None:
    assert _codes("این شرکت برای تامین مالی پروژه‌ها وام گرفت", "fa") == []
    assert _codes("Mali's army said on Tuesday", "en") == ["ML"]


def test_other_languages_names_are_not_used_on_english_text() -> None:
    assert _codes("Words such as Irã and EUA mean nothing here.", "en") == []


def test_a_name_followed_by_a_combining_mark_is_part_of_another_word() -> None:
    # भारत's vowel sign after it makes another word: only the adjective's own forms count.
    assert _codes("भारतो टीम ने मैच जीता", "hi") == []
    assert _codes("भारतीय टीम ने मैच जीता", "hi") == ["IN"]  # -ीय, India's adjective.
    assert _codes("भारत ने मैच जीता", "hi") == ["IN"]


@pytest.mark.parametrize(
    ("language", "name", "form"),
    [
        ("ru", "Франция", "Франции"),
        ("ru", "Иран", "Ираном"),
        ("ru", "Китай", "Китае"),
        ("ru", "Южная Корея", "Южной Корее"),
        ("ru", "Польша", "Польши"),
        ("uk", "Україна", "Україну"),
        ("uk", "Південна Корея", "Південної Кореї"),
        ("uk", "Лондон", "Лондона"),  # A town's genitive; a country's is Іраку.
        ("uk", "Ірак", "Іраку"),
        ("uk", "Київ", "Києва"),  # The і of -ів, -їв alternates.
        ("uk", "Харків", "Харкова"),
        ("ru", "Израиль", "Израиля"),  # Masculine -ь.
        ("uk", "Ізраїль", "Ізраїлю"),
        ("ar", "العراق", "للعراق"),
        ("he", "ישראל", "לישראל"),
        ("de", "Russland", "Russlands"),
        ("el", "Ελλάδα", "Ελλάδας"),
        ("el", "Κύπρος", "Κύπρου"),
        ("el", "Αίγυπτος", "Αίγυπτο"),
        ("ro", "Franța", "Franței"),
        ("ro", "Iran", "Iranului"),
        ("sq", "Kosovë", "Kosova"),
        ("sq", "Shqipëri", "Shqipërisë"),
        ("sv", "Sverige", "Sveriges"),
        ("pl", "Białoruś", "Białorusią"),
        ("hu", "Románia", "Romániá"),  # Romániával, Romániában: the endings attached.
        ("fi", "Englanti", "Englanni"),  # Englannissa
        ("fi", "Etelä-Afrikka", "Etelä-Afrika"),  # Etelä-Afrikassa
    ],
)
def test_inflected_forms(language: str, name: str, form: str) -> None:
    assert form in inflected_forms(language, name)


def test_hindi_adjectives_of_countries_not_of_towns() -> None:
    assert adjective_forms("hi", "अमेरिका") == ["अमेरिकी"]
    assert adjective_forms("hi", "रूस") == ["रूसी", "रूसीय"]
    assert adjective_forms("hi", "भारत") == ["भारती", "भारतीय"]
    assert adjective_forms("hi", "ऑस्ट्रेलिया") == ["ऑस्ट्रेलियाई", "ऑस्ट्रेलियी"]
    assert adjective_forms("hi", "दक्षिण अफ़्रीका") == ["दक्षिण अफ़्रीकी"]  # On the last word.
    assert _codes("दक्षिण अफ्रीकी सलामी बल्लेबाज", "hi") == ["ZA"]
    assert inflected_forms("hi", "गुना") == []  # A town's: गुनी would be a word.
    assert _codes("अमेरिकी राष्ट्रपति ने रूसी सेना पर बयान दिया", "hi") == ["US", "RU"]
    assert _codes("प्रयागराज में कई गुना बढ़ोतरी", "hi") == ["IN"]  # गुना: "times over".


def test_urdu_adjectives_and_korean_people_of_a_country() -> None:
    assert adjective_forms("ur", "پاکستان") == ["پاکستانی"]
    assert adjective_forms("ur", "امریکہ") == ["امریکی"]
    assert _codes("پاکستانی اسپنرز نے میچ جیت لیا", "ur") == ["PK"]
    assert _codes("현지 교민과 한국인 관광객의 피해는 없었다", "ko") == ["KR"]


def test_the_uks_nations_in_more_languages() -> None:
    assert _codes("ٹیسٹ میں انگلینڈ کو شکست", "ur") == ["GB"]
    assert _codes("잉글랜드와 스코틀랜드의 경기", "ko") == ["GB"]
    assert _codes("Reprezentacja Anglii przegrała", "pl") == ["GB"]
    assert _codes("Ia belajar bahasa Inggris di sekolah", "id") == []  # The language.


def test_undeclined_names_and_other_languages_have_no_forms() -> None:
    assert inflected_forms("ru", "США") == []
    assert inflected_forms("es", "México") == []
    # A vowel before the last -а: Russian and Ukrainian leave the name as it is ('Самое', the
    # most, opening a sentence, is no Samoa).
    assert inflected_forms("ru", "Самоа") == inflected_forms("uk", "Нікарагуа") == []
    assert "Кубы" in inflected_forms("ru", "Куба")
    assert _codes("Самое сильное землетрясение произошло у берегов Самоа.", "ru") == ["WS"]
    assert inflected_forms("de", "Iran") == ["Irans"]
    assert inflected_forms("de", "Laos") == []  # A sibilant takes no -s.


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "В Рязани наградили лучших журналистов области.", ["RU"]),
        ("pt", "A prefeitura de Porto Velho anunciou novas medidas.", ["BR"]),
        ("es", "Un incendio en Tijuana dejó tres heridos.", ["MX"]),
        ("ar", "وصل الوفد إلى بموسكو مساء أمس", ["RU"]),
        ("ja", "岐阜市で新しい施設が開業した。", ["JP"]),
        # Declined forms GeoNames does not list, read by their dictionary form.
        ("pl", "Dron spadł w polu pod Zamościem.", ["PL"]),
        ("pl", "Protest odbył się w Krakowie i we Wrocławiu.", ["PL"]),
        # A country's name whose vowel drops out as it is declined (Єгипет).
        ("uk", "Пшениця переважно йшла до Єгипту.", ["EG"]),
        ("el", "Ο αγωγός θα φτάνει στις εγκαταστάσεις της Αιγύπτου.", ["EG"]),  # Its stress moves.
    ],
)
def test_towns_in_the_articles_own_language(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Глава района Владимир Петров провёл совещание."),
        # A sentence's first word is capitalised whatever it is: 'Досі' is 'still', not Doha's
        # locative; a declined surname is no town.
        ("uk", "Досі невідомо, хто запустив дрон."),
        ("pl", "Minister spotkał się z Kowalskim w ministerstwie."),
        ("es", "Lo dijo el presidente andaluz Juanma Moreno en rueda de prensa."),
        ("es", "El concierto será en el Teatro Colón esta noche."),
        ("ar", "قال القائم بأعمال السفارة إن المدينة هادئة يوم الخميس"),
        ("ar", "بالتعاون مع جامعة كبرى والحد من انتشاره"),
        ("es", "Según la Constitución de 1917, el Centro de Salud y El Centro de Formación"),
        ("pt", "Natal chegou e a Praia do Forte está cheia."),
        ("ja", "登山口からとなります"),
        ("es", "Frente al océano. Pacífico y tranquilo, dijo."),
        ("ar", "أعلن تركي آل الشيخ عن موسم جديد"),  # Turki, a man's name, not 'Turkish'.
        ("es", "Es periodista de la liga en español desde 2019."),  # The language.
        ("es", "Pagó 620,000 dólares de los Estados Unidos por el vehículo."),  # The currency.
        ("fa", "بهای دلار روز دوشنبه افزایش یافت"),  # Monday, and Dushanbe: a weekday first.
        ("tr", "Meclis Çarşamba günü toplanacak."),  # Wednesday, and a town in Samsun.
        ("ar", "وقال المتحدث باسم الوزارة في بيان إن الاجتماع انتهى"),  # A statement; Bayan.
        ("ar", "طلبوا منهم حفظ قوائم من الكلمات والصور"),  # And the pictures; not Tyre.
        ("fa", "مقام‌های محلی در این ولایت گفتند"),  # Province; a name of Jam, a small town.
        ("zh-Hans", "热浪影响沿海地区的渔业收入"),  # Coastal areas; 海地 is Haiti.
        ("zh-Hant", "加勒比海地區的島國"),  # The Caribbean's region.
        ("th", "นักวิจัยได้เผยแพร่ผลการศึกษา ไม่มีปัญหาเลย"),  # Published; at all.
    ],
)
def test_a_town_that_is_a_name_or_a_word_is_no_place(language: str, text: str) -> None:
    assert _codes(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Los migrantes venezolanos llegaron a la frontera.", ["VE"]),
        ("pt", "A empresa alemã anunciou cortes.", ["DE"]),
        ("fr", "Les autorités israéliennes ont répondu.", ["IL"]),
        ("it", "Le truppe tedesche sono partite.", ["DE"]),
        ("de", "Die syrischen Flüchtlinge warten.", ["SY"]),
        ("ru", "Премьер обратился к французскому президенту.", ["FR"]),
        ("uk", "Делегація української сторони прибула.", ["UA"]),
        ("ar", "قالت وكالة الأنباء الإيرانية إن", ["IR"]),
        ("ar", "وأكد المسؤول للمصريين أن", ["EG"]),
        ("da", "Ifølge den tyrkiske avis", ["TR"]),
        ("sv", "De amerikanska myndigheterna", ["US"]),
        ("nb", "Den russiske hæren", ["RU"]),
        ("nl", "Het Duitse leger", ["DE"]),
        ("nl", "het Zuid-Koreaanse Samsung", ["KR"]),
        ("nl", "De Nederlandse regering", ["NL"]),
        ("tr", "Rus askerleri", ["RU"]),
        ("cs", "Do americké okupační zóny", ["US"]),
        ("pl", "Żołnierze amerykańskiej armii", ["US"]),
        ("el", "Αναμένονται δύο ιταλικά Canadair", ["IT"]),
        ("el", "Πρώτοι οι Βρετανοί στις αφίξεις", ["GB"]),  # The people, in the plural.
        ("el", "γκολ του Σέρβου σέντερ φορ", ["RS"]),
        ("he", "הקשר הברזילאי ניצל כדור חוזר", ["BR"]),  # With the article attached.
        ("he", "המשטרה הצרפתית הודיעה", ["FR"]),
        ("he", "הנשיא הצ׳כי נפגש", ["CZ"]),  # The geresh, where the table writes "'".
        # Polish people, declined, by their dictionary form (Polaków: Polak; Słoweńca: Słoweniec).
        ("pl", "Dwóch Polaków w czołowej dziesiątce", ["PL"]),
        ("pl", "Wyprzedził Słoweńca Žigę Kralja", ["SI"]),
        ("ro", "Președintele american a declarat", ["US"]),
        ("ro", "armata rusă a atacat", ["RU"]),
        ("ro", "Ministrul olandez al Justiției", ["NL"]),
        ("hu", "az orosz hadsereg", ["RU"]),
        ("hu", "A németek nyertek", ["DE"]),  # The people, in the plural.
        ("bg", "руската армия", ["RU"]),  # With the article.
        ("sr", "руској војсци", ["RU"]),
        ("sr", "ruskoj vojsci", ["RU"]),  # In Latin script too.
        ("hr", "njemačkog ministra", ["DE"]),
        ("hr", "poljska bolnica", []),  # A field hospital: Polish is read by its name there.
        # German, Russian and Ukrainian people's nouns, declined.
        ("de", "Matchwinner war der Japaner Ren Sato.", ["JP"]),
        ("de", "Zwei Russen und eine Französin wurden verletzt.", ["RU", "FR"]),
        ("de", "Die Israelis verhandeln.", ["IL"]),
        ("de", "Die magnetischen Pole der Erde wandern.", []),  # Poles, no Poles.
        ("ru", "На пятачке оказался незакрытым американец Джейк Уильямс.", ["US"]),
        ("ru", "В ДТП пострадали двое китайцев и англичане.", ["CN", "GB"]),
        ("ru", "Глава компании Сергей Поляков заявил о росте выручки.", []),  # A surname.
        ("uk", "Росіяни обстріляли околиці, а француз Мамаду забив.", ["RU", "FR"]),
        ("uk", "Двоє китайців і болгарин отримали поранення.", ["CN", "BG"]),
        ("ru", "Португальцы и бразильцы отпраздновали победу.", ["PT", "BR"]),
        # Parliaments and cabinets by names only one state's bear; the regions of Russia and
        # Ukraine by their official names.
        ("uk", "Верховна Рада ухвалила закон у першому читанні.", ["UA"]),
        ("ja", "衆院予算委員会は補正予算案を可決した。", ["JP"]),
        ("zh", "国务院常务会议审议通过了意见。", ["CN"]),
        ("zh", "越南国家统计局公布的数据显示，出口增长。", ["VN"]),
        ("ru", "Из-за ливней в Амурской области подтоплены дома.", ["RU"]),
        ("uk", "У Харківській області оголосили тривогу.", ["UA"]),
        ("ru", "В республике Алтай выпал снег.", ["RU"]),
        ("ar", "ومن المنتظر أن يحال النص على مجلس المستشارين الأسبوع المقبل.", ["MA"]),
        ("ar", "وقال مصدر في قصر بعبدا إن الرئيس سيلتقي الوفد.", ["LB"]),
        ("fa", "شورای نگهبان این مصوبه را رد کرد.", ["IR"]),
        ("de", "Das Bundesheer half bei der Räumung.", ["AT"]),
        ("fr", "Le Conseil fédéral a décidé mardi.", ["CH"]),
        ("es", "La Audiencia Nacional condenó al exministro.", ["ES"]),
        ("ja", "防衛省は発表した。", ["JP"]),
        ("ja", "米財務省が発表した。", []),  # Not Japan's: a ministry others' names share.
    ],
)
def test_adjectives_in_every_gender_number_and_case(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


def test_an_adjective_inside_an_idiom_names_no_country() -> None:
    assert _codes("Cosa ha in serbo la tecnologia per il futuro?", "it") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O filme tem legendas em português."),
        ("de", "Das Interview wurde auf Russisch geführt."),
        ("nl", "Het boek verscheen in het Duits."),
        ("fr", "Le discours était en allemand."),
        ("ro", "Interviul a fost în limba rusă."),
        ("hr", "Govorio je na ruskom jeziku."),
        ("sr", "Говорио је на руском језику."),
        ("bg", "Интервюто беше на руски."),
    ],
)
def test_an_adjective_naming_a_language_names_no_country(language: str, text: str) -> None:
    assert _codes(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("hu", "Sokan szeretnék visszaállítani a történelmi Magyarországot.", ["HU"]),
        ("ka", "საქართველოში ახალი კანონი ამოქმედდა.", ["GE"]),
        ("gu", "ભારતમાં નવો નિયમ લાગુ થયો.", ["IN"]),
    ],
)
def test_a_country_with_an_attached_ending(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


def test_a_town_is_not_the_start_of_a_longer_word() -> None:
    assert _codes("দুটি সংস্করণের মধ্যে পার্থক্য দেখুন", "bn") == []


def test_a_language_spoken_in_a_region_of_a_country_whose_news_is_in_another() -> None:
    from app.enrich.geo.world_places import speaking_countries

    assert "IN" in speaking_countries("gu")
    assert "US" not in speaking_countries("es")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("gu", "અમેરિકામાં ચૂંટણી યોજાઈ.", ["US"]),
        ("fi", "Suomessa otetaan käyttöön uusi laki.", ["FI"]),
        ("lt", "Vilniaus savivaldybė pranešė apie naujas taisykles.", ["LT"]),
        ("fr", "Deux ressortissants guinéens ont été arrêtés.", ["GN"]),
        ("fr", "La présidente sud-coréenne a parlé.", ["KR"]),
        ("fr", "Le match contre l'Angleterre a eu lieu.", ["GB"]),
        ("th", "สหรัฐฯ ประกาศมาตรการใหม่", ["US"]),
        ("el", "Οι ΗΠΑ ανακοίνωσαν νέα μέτρα", ["US"]),
        ("ro", "SUA au anunțat noi sancțiuni", ["US"]),
        ("nl", "De VS kondigden nieuwe sancties aan", ["US"]),
        ("hy", "Հայաստանի կառավարությունը", ["AM"]),
        ("id", "Presiden AS berbicara", ["US"]),
        ("vi", "Tổng thống Mỹ phát biểu", ["US"]),
        ("vi", "Các nước châu Mỹ họp", []),
        ("pl", "Ambasador w Stanach Zjednoczonych", ["US"]),
        ("pl", "Eksport do Niemiec i Chin spadł, w Wielkiej Brytanii wzrósł.", ["DE", "CN", "GB"]),
        ("pl", "Wojska na granicy z Koreą Północną", ["KP"]),
        # The seats of power as each language names them; 'al-Abyad' (white) is no Sudanese town.
        ("ar", "وقعت الاتفاقية في البيت الأبيض", ["US"]),
        ("ar", "عبرت السفينة البحر الأبيض المتوسط", []),
        ("de", "Der Kreml wies die Vorwürfe zurück", ["RU"]),
        ("zh", "白宫发言人表示", ["US"]),
        ("ko", "백악관은 성명을 냈다", ["US"]),
        # The Democratic Republic of the Congo and Côte d'Ivoire as the news names them.
        ("ru", "Вспышка лихорадки в ДР Конго", ["CD"]),
        ("ar", "منتخب كوت ديفوار يدافع عن اللقب", ["CI"]),  # Not Kut, an Iraqi town.
        ("tr", "Fildişi Sahili'nde seçim", ["CI"]),
        # Greece's regions and islands, and its formal genitive.
        ("el", "Μεγάλη πυρκαγιά στη βορειοανατολική Αττική", ["GR"]),
        ("el", "σύμφωνα με την Τράπεζα της Ελλάδος", ["GR"]),
        ("el", "Ξενοδόχοι στη Ρόδο και την Κρήτη", ["GR"]),
        # 'Our country' where a language's news is written in one country.
        ("zh", "我国经济运行总体平稳", ["CN"]),
        ("ko", "우리나라 수출이 넉 달째 늘었다", ["KR"]),
        ("tr", "Ülkemizde enflasyon düştü", ["TR"]),
        # Regions domestic stories name instead of the country.
        ("uk", "Паводок на Закарпатті", ["UA"]),
        ("uk", "Обстріл на Харківщині", ["UA"]),
        ("ru", "Тайфун подтопил дороги Приморья", ["RU"]),
        # Words that are also towns, and a sea that is no country.
        ("ar", "اختتم المنتخب معسكره وأظهر روحا عالية", []),
        ("ru", "Тайфун вышел в Японское море", []),
        # Everyday names CLDR lacks.
        ("ko", "호주 연구팀은 분석했다", ["AU"]),
        ("ko", "러시아군이 공격했다", ["RU"]),  # Russia's army.
        ("zh", "澳洲央行宣布加息", ["AU"]),
        ("tr", "Beyaz Rusya'nın başkenti Minsk", ["BY"]),  # Not 'Rusya' inside it.
        ("it", "Dazi, tregua tra Usa e Cina", ["US", "CN"]),
        ("it", "Lui usa il telefono.", []),  # Uses.
        ("vi", "TP.HCM khởi công tuyến metro số 2", ["VN"]),  # Ho Chi Minh City.
        ("ur", "امریکہ اور چین", ["US", "CN"]),
        ("bn", "মার্কিন প্রেসিডেন্ট এবং যুক্তরাষ্ট্র", ["US"]),
        # An article opening a sentence is no company's name before 'USA' ('Team USA').
        ("hu", "Az USA és Kína megállapodott.", ["US", "CN"]),
        ("de", "Die USA und China einigen sich.", ["US", "CN"]),
        ("de", "Team USA gewann Gold.", []),
    ],
)
def test_curated_forms_news_uses(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("cs", "Vláda v Německu schválila nový zákon.", ["DE"]),
        ("pl", "Premier spotkał się z prezydentem w Polsce.", ["PL"]),
        ("sr-Latn", "Vlada je posetila Srbiju prošle nedelje.", ["RS"]),
        ("hr", "Izaslanstvo je stiglo u Njemačku.", ["DE"]),
        # A soft adjective declines softly: Нижний, Нижнего, Нижнем.
        ("ru", "В Нижнем Новгороде открыли мост.", ["RU"]),
        ("ru", "Жители Нижнего Тагила вышли на улицы.", ["RU"]),
    ],
)
def test_slavic_case_forms(language: str, text: str, expected: list[str]) -> None:
    assert _codes(text, language) == expected


def test_serbian_cyrillic_names_take_their_endings_in_cyrillic() -> None:
    latin = inflected_forms("sr", "Srbija")
    assert latin
    assert inflected_forms("sr", "Србија") == [to_cyrillic(form) for form in latin]
    assert all(not char.isascii() for form in inflected_forms("sr", "Србија") for char in form)


def test_names_side_by_side_are_a_menu_not_the_story() -> None:
    menu = "Ваш регион: Австралия Германия Египет Испания Израиль Канада"
    assert _codes(menu, "ru") == []
    assert sorted(_codes("Австралия и Германия, Египет", "ru")) == ["AU", "DE", "EG"]
    # Arabic writes 'and' onto the next name: a list in prose, not a menu.
    assert sorted(_codes("في لبنان والعراق وسوريا", "ar")) == ["IQ", "LB", "SY"]
    # A word the table blocks is no name of a menu: 'in the Syrian city of Aleppo'.
    assert _codes("قتل شخصان في مدينة حلب السورية", "ar") == ["SY"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # CLDR writes Oman with a damma (عُمان); news does not.
        ("ar", "فاز المنتخب العراقي على عمان في البصرة", ["IQ", "OM"]),
        ("fa", "آزمایش موشکی کره‌ی جدید کرهٔ شمالی", ["KP"]),
        # Amman, where the story names Jordan and not Oman.
        ("ar", "وصل الملك إلى عمان قادما من الرياض، وقال الديوان الملكي الأردني", ["JO", "SA"]),
        # Spain's Valencia, not Venezuela's, where the story names Spain.
        ("de", "Nach Unwettern in Spanien starben in der Region Valencia 140 Menschen.", ["ES"]),
        ("it", "Il ministro venezuelano a Valencia", ["VE"]),
        ("fr", "Le Premier ministre canadien à Londres", ["CA", "GB"]),  # Not London, Ontario.
        # Spain's Guadalajara and Cuenca (under 100,000 people, a twentieth at least of Mexico's
        # and Ecuador's), where the story names Spain by a region; not England's Washington.
        (
            "es",
            "Incendio entre Guadalajara y Cuenca: la Junta de Castilla-La Mancha pide ayuda.",
            ["ES"],
        ),
        ("es", "El Reino Unido sigue de cerca la política comercial de Washington.", ["GB", "US"]),
        # A town under 100,000 people needs a place of its country named, not only the country:
        # Colombia's Pamplona, Mexico's Valladolid are smaller than Spain's.
        ("es", "Las fiestas de San Fermín en Pamplona atraen turistas de Colombia.", ["CO", "ES"]),
        ("es", "Un incendio en Valladolid; la empresa es de México.", ["ES", "MX"]),
        # A capital gives way to a town of half its size: Saint-Denis of Réunion and of France.
        ("fr", "Un incendie à Saint-Denis, en Seine-Saint-Denis, près de Paris.", ["FR"]),
        # A country stays a country beside another's town of its name (Armenia, Colombia).
        ("de", "Kolumbien und Armenien unterzeichnen ein Abkommen.", ["AM", "CO"]),
        ("fr", "La Colombie et l’Arménie signent un accord.", ["AM", "CO"]),
        # A name read without the 'and' written onto it only where that leaves a name of the
        # same country: 'وبكين' is Beijing with 'and', not Caen with 'and' and 'by'.
        ("ar", "اتفقت باريس وبكين على تعزيز التعاون التجاري", ["CN", "FR"]),
    ],
)
def test_a_name_shared_with_another_countrys_town(
    language: str, text: str, expected: list[str]
) -> None:
    assert sorted(_codes(text, language)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Im Wallis und im Tessin sind mehrere Täler abgeschnitten.", ["CH"]),
        ("fr", "Le canton des Grisons a fermé deux cols.", ["CH"]),
        ("it", "Nel Vallese nevica da due giorni.", ["CH"]),
        # Flandes is also a Colombian town.
        ("es", "Huelga de transporte en Flandes y Valonia.", ["BE"]),
        ("de", "Wallis und Futuna wählen.", ["WF"]),
    ],
)
def test_regions_by_the_names_of_neighbouring_languages(
    language: str, text: str, expected: list[str]
) -> None:
    assert sorted(_codes(text, language)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Kanton is also Guangzhou; Neubau and Landstraße are districts of Vienna.
        ("de", "Die Polizei des Kantons sperrte die Straße.", []),
        ("de", "Der Rat stimmte für den Neubau am alten Standort.", []),
        ("de", "Im Keller an der Tegernseer Landstraße brach eine Leitung.", []),
        # A town after an adjective or with an attribute, after a neuter article, is still the
        # town; a quarter takes 'im'.
        ("de", "Das Leben im geteilten Berlin war schwer.", ["DE"]),
        ("de", "Das Wien von heute ist teuer.", ["AT"]),
        ("de", "Er wohnt im Frankfurter Westend.", ["DE"]),
        ("de", "Er fuhr nach Wien.", ["AT"]),
    ],
)
def test_a_german_noun_after_an_article_is_no_town(
    language: str, text: str, expected: list[str]
) -> None:
    assert sorted(_codes(text, language)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Санкции против РФ продлены.", ["RU"]),
        ("ru", "Канцлер ФРГ прибыл в Белый дом.", ["DE", "US"]),
        ("ru", "Представитель Белого дома заявил.", ["US"]),
        ("uk", "Делегація прибула до Лондона і Києва.", ["GB", "UA"]),
    ],
)
def test_abbreviations_and_seats_of_power_in_russian_and_ukrainian(
    language: str, text: str, expected: list[str]
) -> None:
    assert sorted(_codes(text, language)) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Milli Takım, Kuzey İrlanda'yı ve Galler'i yendi."),
        ("fr", "L'Irlande du Nord a battu le pays de Galles."),
        ("ru", "Сборная Северной Ирландии обыграла Уэльс."),
        ("zh", "北爱尔兰和苏格兰"),
    ],
)
def test_the_nations_of_the_united_kingdom_are_the_united_kingdom(language: str, text: str) -> None:
    assert _codes(text, language) == ["GB"]  # Not Ireland, for Northern Ireland.


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # CLDR's 'Мьянма (Бирма)', 'ميانمار (بورما)': each name alone, as the news writes it.
        ("ru", "Землетрясение в Мьянме", ["MM"]),
        ("ar", "زلزال يضرب ميانمار", ["MM"]),
        ("ru", "Бирма объявила амнистию", ["MM"]),
        ("el", "Εκλογές στη Βοσνία", ["BA"]),  # 'Βοσνία - Ερζεγοβίνη'.
        # Not a part that other countries' names share, nor a bracketed note that is no name.
        ("zh", "刚果河流域", []),  # '刚果（金）', '刚果（布）'.
        ("zh", "金价上涨", []),
        ("ar", "منطقة إدارية خاصة جديدة", []),  # Hong Kong's '(منطقة إدارية خاصة)'.
        # Ukrainian's apostrophe in any of its spellings ('Мʼянма' in CLDR).
        ("uk", "Землетрус у М’янмі", ["MM"]),
        ("uk", "Землетрус у М'янмі", ["MM"]),
    ],
)
def test_cldr_names_written_with_another_in_brackets(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "फ़्रांस और इटली में",  # CLDR's spelling, with the nukta.
        "फ्रांस और इटली में",  # Without it, as much Hindi news writes it.
        "\u095e\u094d\u0930\u093e\u0902\u0938 और इटली में",  # The nukta letter as one character.
    ],
)
def test_hindi_names_with_or_without_the_nukta(text: str) -> None:
    assert _codes(text, "hi") == ["FR", "IT"]


def test_a_hindi_name_with_more_nuktas_than_cldr_writes() -> None:
    assert _codes("अफ़ग़ानिस्तान में", "hi") == ["AF"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Haití, Yemen y Malí tienen poblaciones en hambruna.", "es", ["HT", "ML", "YE"]),
        ("Les soldats ont quitté le Malí.", "fr", ["ML"]),
        # Not a town's ASCII name under accents, nor English's, nor accents taken away.
        ("O Presidente da República visitou a região.", "pt", []),
        ("Zonas templadas de América Latina.", "es", []),
        ("Para o governo, a decisão é definitiva.", "pt", []),
    ],
)
def test_a_countrys_name_with_accents_its_language_leaves_off(
    text: str, language: str, expected: list[str]
) -> None:
    assert sorted(_codes(text, language)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A region named after another country: British Columbia, in its case forms.
        ("uk", "Пожежі на півночі Британської Колумбії не вщухають.", ["CA"]),
        ("ru", "Лесные пожары в Британской Колумбии.", ["CA"]),
        ("pl", "Pożary w Kolumbii Brytyjskiej.", ["CA"]),
        ("ar", "حرائق الغابات في كولومبيا البريطانية", ["CA"]),
        # A street or a square named after a country is a place of the town it is in.
        (
            "es",
            "Obras en la avenida de Francia: el Ayuntamiento de Sevilla corta el tráfico.",
            ["ES"],
        ),
        ("fa", "محدودیت ترافیکی در خیابان ایتالیا و میدان فلسطین در تهران", ["IR"]),
        ("fr", "Embouteillages porte d’Italie, à Paris, ce matin.", ["FR"]),
        ("tr", "Ankara'da Filistin Caddesi trafiğe kapatıldı.", ["TR"]),
        # ...but Italian 'via' is also 'by way of', French 'place' 'instead of', Russian
        # 'площадь' 'area'.
        ("it", "I migranti sono arrivati via Turchia in Grecia.", ["GR", "TR"]),
        ("fr", "Les États-Unis ont choisi l'Inde à la place de la Chine.", ["CN", "IN", "US"]),
        ("ru", "Это около 20% площади Украины.", ["UA"]),
        # A country's name after a given name in mid-sentence is a surname, in the Romance
        # languages; an institution's noun or a sentence's first word is no given name.
        ("es", "El concejal de Urbanismo, Andrés Portugal, explicó la obra en Sevilla.", ["ES"]),
        ("pt", "O atacante Gabriel França, de 22 anos, marcou em Porto Alegre.", ["BR"]),
        ("es", "Según un informe de Migración Colombia, llegaron 500 personas.", ["CO"]),
        ("es", "Portugal y España firman un acuerdo.", ["ES", "PT"]),
        # 'A valley' in Arabic is no Algerian town (El Oued).
        ("ar", "ارتفع منسوب وادي إيناون وغمرت المياه الطرق في إقليم تازة بالمغرب", ["MA"]),
    ],
)
def test_words_and_regions_that_look_like_other_countries_places(
    language: str, text: str, expected: list[str]
) -> None:
    assert sorted(_codes(text, language)) == expected


def test_a_name_with_a_prefix_written_onto_it_is_the_same_name() -> None:
    from app.enrich.geo.resolve import _other_names

    # 'وطرابلس' is 'and Tripoli': the country is not named otherwise by it.
    assert not _other_names({"طرابلس", "وطرابلس", "بطرابلس"}, "طرابلس", "ar")
    assert not _other_names({"طرابلس"}, "وطرابلس", "ar")
    assert _other_names({"طرابلس", "ليبيا"}, "طرابلس", "ar")
    # ل + لندن is written للندن, as ل + العراق is للعراق.
    assert not _other_names({"لندن", "للندن"}, "لندن", "ar")
    # Only in the languages that write them so: a Latin name's first letter is its own.
    assert _other_names({"Bern", "Vbern"}, "Bern", "de")


def test_a_turkish_club_names_its_town() -> None:
    # The town with 'spor' written onto it, as 'Real Madrid' names Madrid; not a word made on.
    assert _codes("Trabzonspor, Konyaspor'u üç golle geçti.", "tr") == ["TR"]
    assert _codes("Futbolcu sakatlandı, Trabzonsporlu taraftarlar üzüldü.", "tr") == []
