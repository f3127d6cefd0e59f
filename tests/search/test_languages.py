"""Search in each language: stems in the article's own language, words in every script, pairs
in Chinese and Japanese, and English as it was (app/search/languages.py)."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import pytest

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_paths
from app.present.results import find_articles
from app.search import SearchRequest, search
from app.search.analysis import TEXT_ANALYZER, WORD_ANALYZER
from app.search.languages import MARK_PLANES, marked
from app.search.query_languages import language_variants
from app.settings import Settings
from tests.search.small_archives import archive_of, names_found

ARTICLES = {
    "ru": (
        "Церемония инаугурации президента прошла в Кремле",
        "Торжественная церемония инаугурации нового президента прошла во вторник в Большом "
        "Кремлёвском дворце. На церемонии присутствовали депутаты, министры и иностранные "
        "гости, сообщила пресс-служба Кремля.",
    ),
    "de": (
        "Bundesregierung beschließt neue Sanktionen",
        "Die Bundesregierung hat am Dienstag neue Sanktionen gegen mehrere Unternehmen "
        "beschlossen, teilte das Auswärtige Amt in Berlin mit. Die Maßnahmen sollen ab "
        "nächster Woche gelten.",
    ),
    "pt": (
        "Governo anuncia novas sanções contra empresas",
        "O governo anunciou nesta terça-feira um novo pacote de sanções contra empresas "
        "acusadas de fraude, segundo comunicado do ministério da Fazenda divulgado em Brasília.",
    ),
    "es": (
        "El Gobierno aprueba nuevas sanciones",
        "El Gobierno aprobó este martes un nuevo paquete de sanciones contra los responsables "
        "de la represión, según informó el ministerio de Asuntos Exteriores en un comunicado.",
    ),
    "hi": (
        "प्रधानमंत्री ने नई योजना की घोषणा की",
        "प्रधानमंत्री ने मंगलवार को किसानों के लिए एक नई योजना की घोषणा की। सरकार का कहना है "
        "कि इस योजना से देश के करोड़ों किसानों को सीधा लाभ मिलेगा और उनकी आय बढ़ेगी।",
    ),
    "ar": (
        "وزير الخارجية يعلن استئناف المحادثات",
        "أعلنت وزارة الخارجية الإيرانية اليوم أن المحادثات مع الوفد الأوروبي ستستأنف الأسبوع "
        "المقبل في العاصمة النمساوية فيينا، بحسب بيان رسمي. وتسببت فيضانات في إغلاق الطرق.",
    ),
    "zh": (
        "華為發佈新款手機",
        "華為今天下午在深圳發佈新款智慧型手機，財政部同日公佈今年一至二月期統一發票中獎清冊，"
        "民眾可上網查詢。",
    ),
    "ja": (
        "人気アイドルの写真集が発売された",
        "人気アイドルの初めての写真集が東京で発売され、書店には朝から多くのファンが行列を作った。"
        "出版社によると初版は十万部だという。",
    ),
    "uk": (
        "Наступного тижня на Україну чекають аномальна спека та грози",
        "Синоптики попереджають, що наступного тижня в більшості областей України очікується "
        "аномальна спека, а наприкінці тижня пройдуть сильні грози з градом і шквалами.",
    ),
    "bg": (
        "Общината спечели проект за изграждането на нов корпус",
        "Общината спечели проект за изграждането на допълнителен корпус на болницата, съобщиха "
        "от пресцентъра. Средствата по проекта ще бъдат получени до края на годината.",
    ),
    "tr": (
        "Almanya'da erken seçimi muhafazakârlar kazandı",
        "Almanya'da pazar günü yapılan erken seçimde muhafazakâr partiler birinci oldu. "
        "Seçime katılım oranı yeniden birleşmeden bu yana en yüksek seviyeye ulaştı, "
        "Berlin'deki yetkililer açıkladı. Bir asteroidin yakın geçişi de gündemdeydi.",
    ),
    "en": (
        "Government announces new sanctions on companies",
        "The government announced new sanctions against several companies on Tuesday, the "
        "foreign ministry said in a statement published in the capital.",
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    opened = archive_of(tmp_path_factory.mktemp("languages"), ARTICLES)
    yield opened
    opened.close()


def _found(archive: Archive, text: str) -> set[str]:
    """The languages (by URL) of the articles a query finds."""
    return set(names_found(archive, text))


def test_each_article_gets_its_own_language(archive: Archive) -> None:
    from app.storage.models import Article

    with archive.sessions() as session:
        detected = {a.url.rsplit("/", 1)[1]: a.language for a in session.query(Article)}
    assert {url: (language or "")[:2] for url, language in detected.items()} == {
        language: language for language in ARTICLES
    }


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("инаугурация", "ru"),  # The article says инаугурации.
        ("Sanktion", "de"),  # Sanktionen.
        ("sanção", "pt"),  # sanções.
        ("sanción", "es"),  # sanciones.
        ("सरकार", "hi"),  # A word with a vowel sign, from the body.
        ("प्रधानमंत्री", "hi"),  # From the headline.
        ("योजनाओं", "hi"),  # The article has योजना.
        ("المحادثات", "ar"),
        ("الفيضانات", "ar"),  # فيضانات: Snowball reads the word apart with its article.
        ("наступна", "uk"),  # наступного: Ukrainian endings come off (no Snowball stemmer).
        ("Україна", "uk"),  # Україну, України.
        ("проекти", "bg"),  # проект, проекта.
        ("華為", "zh"),  # At the start of a run.
        ("手機", "zh"),  # Inside a run.
        ("写真集", "ja"),
        ("行列", "ja"),
        ("Almanya'nın", "tr"),  # Almanya'da: a Turkish name's ending follows an apostrophe.
        ("Berlin’de", "tr"),  # Berlin'deki, with a typographic apostrophe.
        ("seçimler", "tr"),  # seçimi, seçimde: Snowball stems them 'sec', the plural 'secim'.
        ("asteroitler", "tr"),  # asteroidin: 't' is written 'd' before a vowel.
    ],
)
def test_a_word_finds_its_inflected_forms_in_its_language(
    archive: Archive, query: str, language: str
) -> None:
    assert language in _found(archive, query)


def test_english_stems_as_before_and_never_a_stem_of_another_language(archive: Archive) -> None:
    assert _found(archive, "sanction") == {"en"}
    assert _found(archive, "sanctions announced") == {"en"}
    assert "en" not in _found(archive, "sanciones")  # es:sancion is never an English term.
    english = [t.text for t in TEXT_ANALYZER(marked("Sanctions announced", "en"))]
    assert (
        english == [t.text for t in TEXT_ANALYZER("Sanctions announced")] == ["sanction", "announc"]
    )


def test_a_query_word_with_an_apostrophe_also_finds_its_parts_as_words(archive: Archive) -> None:
    """A possessive or an elision in the query ('Berlin's', 'l'Europe') still finds the name in
    a language whose analysis splits the word there (German writes 'in Berlin')."""
    assert {"de", "tr"} <= _found(archive, "Berlin's")
    assert {"de", "tr"} <= _found(archive, "l'Berlin")
    assert _found(archive, "Almanya'nın") == {"tr"}


def test_a_turkish_names_ending_is_no_word_but_another_languages_elision_is() -> None:
    def terms(text: str, language: str) -> list[str]:
        return [token.text for token in TEXT_ANALYZER(marked(text, language))]

    assert terms("Almanya'da Türkiye’nin", "tr") == ["tr:almanya", "tr:turki"]
    assert terms("l'Irlande", "tr") == ["tr:l", "tr:irla"]  # One letter: not a name's ending.
    assert terms("Almanya'da", "de") == ["de:almanya", "de:da"]


def test_a_phrase_stays_in_one_language(archive: Archive) -> None:
    assert _found(archive, '"novas sanção"') == {"pt"}
    assert _found(archive, '"neue Sanktion"') == {"de"}
    assert _found(archive, '"写真集が発売"') == {"ja"}
    assert not _found(archive, '"写真 発売"')  # Not next to each other.


def test_snippets_mark_hits_in_every_script(archive: Archive) -> None:
    for text, marked_word in [("सरकार", "सरकार"), ("手機", "手機"), ("写真集", "写真集")]:
        with archive.sessions() as session:
            page = find_articles(session, archive.index, SearchRequest(text))
            snippets = [str(item.snippet) for item in page.items]
        assert any(f"<mark>{marked_word}</mark>" in snippet for snippet in snippets), snippets
    with archive.sessions() as session:
        page = find_articles(session, archive.index, SearchRequest("инаугурация"))
        assert "<mark>инаугурации</mark>" in str(page.items[0].snippet)
        # 'aprueba' stems to es:aprueb, its lemma 'aprobar' to es:aprob, as 'aprobaron' does.
        page = find_articles(session, archive.index, SearchRequest("aprobaron"))
        assert page.items[0].title is not None
        assert "<mark>aprueba</mark>" in str(page.items[0].title.html())


def test_words_keep_their_marks_and_runs_become_pairs() -> None:
    assert [t.text for t in WORD_ANALYZER("प्रधानमंत्री ने")] == ["प्रधानमंत्री", "ने"]
    assert [t.text for t in WORD_ANALYZER("می‌خواهم")] == ["می\u200cخواهم"]
    pairs = TEXT_ANALYZER("写真集。華", positions=True, chars=True)
    assert [(t.text, t.pos, t.startchar) for t in pairs] == [
        ("写真", 0, 0),
        ("真集", 1, 1),
        ("華", 2, 4),
    ]
    marked_tokens = TEXT_ANALYZER(marked("Новые санкции", "ru"), chars=True)
    assert [(t.text, t.startchar) for t in marked_tokens] == [("ru:нов", 0), ("ru:санкц", 6)]


def test_an_index_of_the_old_analysis_is_rebuilt(tmp_path: Path) -> None:
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import TEXT

    from app.search.schema import build_schema, has_current_layout

    old = build_schema()
    old.remove("body")
    old.add("body", TEXT(analyzer=StemmingAnalyzer()))
    assert has_current_layout(build_schema())
    assert not has_current_layout(old)


def test_an_index_of_an_older_version_of_the_analysis_is_rebuilt() -> None:
    import pickle

    from app.search.schema import build_schema, has_current_layout

    stored = pickle.loads(pickle.dumps(build_schema()))  # As the index keeps it.
    assert has_current_layout(stored)
    stored["body"].analyzer.version -= 1
    assert not has_current_layout(stored)
    del stored["body"].analyzer.version  # Pickled before the version was kept with it.
    assert not has_current_layout(stored)


def test_every_combining_mark_is_in_the_planes_looked_at() -> None:
    looked_at = set(chain(*MARK_PLANES))
    marks = (c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)).startswith("M"))
    assert all(code in looked_at for code in marks)


def test_some_languages_also_index_the_stem_of_each_words_lemma() -> None:
    def terms(text: str, language: str, mode: str) -> list[tuple[str, int]]:
        tokens = TEXT_ANALYZER(marked(text, language), positions=True, mode=mode)
        return [(token.text, token.pos) for token in tokens]

    # Snowball stems 'supera' to 'sup' and 'superou' to 'super': the lemma's stem joins them.
    assert terms("supera o Palmeiras", "pt", "index") == [
        ("pt:sup", 0),
        ("pt:super", 0),
        ("pt:o", 1),
        ("pt:palmeir", 2),
    ]
    assert terms("superou", "pt", "query") == [("pt:super", 0)]
    # The analyzer stems a query word alone: the query adds its lemma's stem (below).
    assert terms("supera", "pt", "query") == [("pt:sup", 0)]
    # A language outside LEMMA_STEMMED has its words' stems alone.
    assert terms("Facebook sulki", "fi", "index") == [("fi:facebook", 0), ("fi:sulk", 1)]
    # Swedish: Snowball stems 'konkurs' to 'konkur' and 'konkursen' to 'konkurs'; Danish keeps
    # the irregular plural 'landmænd' apart from 'landmand'.
    assert terms("konkursen", "sv", "index") == [("sv:konkurs", 0), ("sv:konkur", 0)]
    assert terms("landmænd", "da", "index") == [("da:landmænd", 0), ("da:landmand", 0)]
    # Snowball stems 'haven' to 'haaf' and 'havens' to 'haven': the lemma's stem joins them.
    assert terms("havens", "nl", "index") == [("nl:haven", 0), ("nl:haaf", 0)]
    # Serbian's dictionary is in Latin script: a Cyrillic word is looked up in it ('Риму', Rim).
    assert terms("Риму", "sr", "index") == [("sr:rim", 0), ("sr:rima", 0)]
    # Snowball stems 'Leitzinsen' to 'leitzins' and 'Leitzins' to 'leitzin': the lemma joins them.
    assert terms("Leitzinsen", "de", "index") == [("de:leitzins", 0), ("de:leitzin", 0)]
    # Snowball keeps the plural's s after a vowel ('essais'); the lemma 'essai' joins them.
    assert terms("essais", "fr", "index") == [("fr:essais", 0), ("fr:essai", 0)]
    # Arabic's feminine plural, which simplemma does not know, is read as its singular.
    assert terms("جولات", "ar", "index") == [("ar:جولا", 0), ("ar:جول", 0)]
    assert terms("ذات", "ar", "index") == [("ar:ذات", 0)]  # Too short to be such a plural.
    # Snowball stems 'кредит' to 'кред' and 'кредитов' to 'кредит': the lemma's stem joins them.
    assert terms("кредитов", "ru", "index") == [("ru:кредит", 0), ("ru:кред", 0)]


def test_a_query_word_also_finds_articles_by_the_stem_of_its_lemma(archive: Archive) -> None:
    # Snowball stems 'gobiernos' to 'gobi', 'Gobierno' (the article's) to 'gobiern'; the lemma
    # 'gobierno' joins them. 'anuncio' (pt:anunci) finds 'anuncia' (pt:anunc) by 'anunciar'.
    assert "es" in _found(archive, "gobiernos")
    assert "pt" in _found(archive, "anuncio")
    assert "es" not in _found(archive, '"el gobiernos"')  # A phrase keeps each word's stem.


def test_a_german_compound_finds_its_parts_and_a_part_its_compound(archive: Archive) -> None:
    # The German article writes 'Bundesregierung' and 'Sanktionen' (app/compounds.py).
    assert "de" in _found(archive, "Regierung")
    assert "de" in _found(archive, "Regierungssanktionen")
    assert "de" not in _found(archive, "Regierungskrise")  # Every part, not one.


def test_a_rebuild_opens_the_archives_dictionaries_before_its_writers_fork(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.indexing import indexer

    events: list[object] = []
    monkeypatch.setattr(indexer, "load_base_forms", lambda languages: events.append(set(languages)))
    build = indexer.SearchIndex.build
    monkeypatch.setattr(
        indexer.SearchIndex,
        "build",
        lambda index, *args: events.append("build") or build(index, *args),
    )
    lines = [
        json.dumps(
            {"title": ARTICLES[code][0], "body": ARTICLES[code][1], "url": f"https://e.org/{code}"}
        )
        for code in ("uk", "pt", "en")
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opened = open_archive(Settings(data_dir=tmp_path / "data"))
    try:
        ingest_paths(opened, [str(path)])
        events.clear()
        opened.index.close()
        indexer.rebuild_index(opened.sessions, opened.settings.index_path)
    finally:
        opened.close()
    assert events == [{"uk", "pt", "en"}, "build"]


def test_dictionaries_are_kept_on_disk_as_tries(tmp_path: Path) -> None:
    from app.lemmas import KeptTries

    (tmp_path / "lemmas-1.0").mkdir()  # Another simplemma's, removed.
    folder = tmp_path / "lemmas-2.0"
    KeptTries(disk_cache_dir=str(folder)).get_dictionary("sq")
    assert [path.name for path in tmp_path.iterdir()] == ["lemmas-2.0"]
    assert [path.name for path in folder.iterdir()] == ["sq.dic"]  # No part left beside it.
    kept = KeptTries(disk_cache_dir=str(folder)).get_dictionary("sq")
    assert len(kept) > 1000
    assert (folder / "sq.dic").stat().st_mode & 0o044  # Others sharing the cache may read it.
    # A folder another process made meanwhile is used, not an error.
    KeptTries(disk_cache_dir=str(folder)).get_dictionary("sl")
    assert sorted(path.name for path in folder.iterdir()) == ["sl.dic", "sq.dic"]


def test_portuguese_plurals_stem_with_their_singulars() -> None:
    from app.search.languages import term_of

    pairs = [("sanções", "sanção"), ("nacionais", "nacional"), ("papéis", "papel")]
    pairs += [("espanhóis", "espanhol"), ("rivais", "rival"), ("heróis", "herói")]
    for plural, singular in pairs:
        assert term_of(plural, "pt") == term_of(singular, "pt"), plural
    assert term_of("pais", "pt") != term_of("pal", "pt")  # Parents, no plural of -al.


def test_korean_particles_and_urdu_endings_come_off_the_word() -> None:
    from app.search.languages import term_of

    # Neither Snowball nor simplemma has Korean or Urdu: a light stripper written here.
    same = [("미사일을", "미사일은", "ko"), ("이재민들", "이재민이", "ko")]
    same += [("연구팀이", "연구팀", "ko")]
    same += [("تاجروں", "تاجر", "ur"), ("معاہدوں", "معاہدہ", "ur"), ("کھلاڑیوں", "کھلاڑی", "ur")]
    same += [("محققین", "محقق", "ur"), ("قرضے", "قرض", "ur")]
    for form, other, code in same:
        assert term_of(form, code) == term_of(other, code), form
    assert term_of("국가", "ko") == "ko:국가"  # One syllable would be left: no particle.

    # Italian and Polish forms Snowball cuts apart find each other by their lemma's stem.
    def terms(text: str, language: str) -> set[str]:
        return {token.text for token in TEXT_ANALYZER(marked(text, language), mode="index")}

    assert terms("portieri", "it") & terms("portiere", "it")
    assert terms("naukowcy", "pl") & terms("naukowiec", "pl")


def test_a_persian_final_yeh_finds_the_word_without_it() -> None:
    def terms(text: str) -> set[str]:
        return {token.text for token in TEXT_ANALYZER(marked(text, "fa"), mode="index")}

    # Snowball cuts 'پاکستانی' (Pakistani) to 'پاکست'; the word without its 'ی' stands beside.
    for form, other in [("پاکستانی", "پاکستان"), ("زمستانی", "زمستان"), ("ایرانی", "ایران")]:
        assert terms(form) & terms(other), form


def test_a_persian_plural_finds_its_singular() -> None:
    def terms(text: str) -> set[str]:
        return {token.text for token in TEXT_ANALYZER(marked(text, "fa"), mode="index")}

    for plural, singular in [("پیمانکاران", "پیمانکار"), ("مصوبات", "مصوبه"), ("کارگران", "کارگر")]:
        assert terms(plural) & terms(singular), plural
    # A word the dictionary knows keeps its 'ان': Iran is no 'ایر'.
    assert not terms("ایران") & terms("ایر")


def test_a_vietnamese_plural_marker_is_left_out_of_a_word_query_not_out_of_the_index() -> None:
    def terms(text: str, **kwargs: object) -> list[str]:
        return [token.text for token in TEXT_ANALYZER(text, **kwargs)]

    assert terms("những cử tri", mode="query", removestops=True) == ["cu", "tri"]
    assert terms("các nhà máy", mode="query", removestops=True) == ["nha", "may"]
    assert terms("Những cử tri", mode="index") == ["nhung", "cu", "tri"]


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        # Bulgarian's definite article written onto a word the dictionary does not know.
        ("bg", "антибиотиците", "антибиотици"),
        # Romanian's feminine genitive of a name Snowball stems apart from it.
        ("ro", "Lisabonei", "Lisabona"),
        # Greek's genitive, which Snowball stems apart: simplemma's lemma beside.
        ("el", "Τουρκίας", "Τουρκία"),
        # German's genitive of a name in -o or -a, and a loanword's plural.
        ("de", "Kyotos", "Kyoto"),
        ("de", "Kameras", "Kamera"),
    ],
)
def test_a_form_the_stemmer_cuts_apart_shares_a_term_with_its_base(
    language: str, one: str, other: str
) -> None:
    def terms(text: str) -> set[str]:
        return {token.text for token in TEXT_ANALYZER(marked(text, language), mode="index")}

    assert terms(one) & terms(other)


def test_a_persian_infinitive_finds_its_past_tenses() -> None:
    def terms(text: str) -> set[str]:
        return {token.text for token in TEXT_ANALYZER(marked(text, "fa"), mode="index")}

    for infinitive, past in [("شدن", "شده"), ("کشتن", "کشت"), ("دادن", "داد")]:
        assert terms(infinitive) & terms(past), infinitive
    # Nouns in 'دن' or 'تن' with no past continuous in the dictionary: body, London, neck.
    # Nor Biden, though the dictionary has 'می‌باید' (must).
    for noun, other in [("بدن", "بد"), ("لندن", "لند"), ("گردن", "گرد"), ("بایدن", "باید")]:
        assert not terms(noun) & terms(other), noun


def test_a_turkish_word_finds_its_forms_whatever_its_last_consonant() -> None:
    def terms(text: str) -> set[str]:
        return {token.text for token in TEXT_ANALYZER(marked(text, "tr"), mode="index")}

    # 'asteroit' is written 'asteroid-' before a vowel; Snowball reads 'asteroidi' as 'asteroi'
    # and 'asteroidler' as 'asteroid'. A word the dictionary knows keeps its own reading.
    for form in ["asteroidi", "asteroidin", "asteroidinden", "asteroidler", "asteroitlerin"]:
        assert terms(form) & terms("asteroit"), form
    assert not terms("kedi") & terms("ket")
    # '-da' after a name is the locative, not a 'd' before the dative's 'a'.
    assert terms("istanbulda") & terms("istanbul")
    assert "tr:istanbult" not in terms("istanbulda")


def test_ukrainian_endings_come_off_and_the_lemma_stands_beside() -> None:
    from app.search.languages import term_of

    # Forms simplemma's dictionary gave two lemmas ('боєприпас', 'боєприпаси') or another
    # word's ('комах' as 'кома'), and a vowel that drops out before an ending.
    same = [("боєприпасів", "боєприпас"), ("комах", "комаха"), ("комахи", "комаха")]
    same += [("евакуації", "евакуація"), ("санкцій", "санкції"), ("мостом", "мости")]
    same += [("паводок", "паводки"), ("гривень", "гривні"), ("біженець", "біженців")]
    same += [("президентом", "президента"), ("українського", "українська")]
    for form, other in same:
        assert term_of(form, "uk") == term_of(other, "uk"), form
    # Three letters stay after a one-letter ending, four after a longer one: 'комах' keeps
    # its 'ах' (it is no locative of a 'ком'); 'суду' is 'суд', 'судом' has simplemma's lemma.
    assert term_of("комах", "uk") == "uk:комах"
    assert term_of("суду", "uk") == term_of("суд", "uk") == "uk:суд"

    def terms(text: str) -> set[str]:
        return {token.text for token in TEXT_ANALYZER(marked(text, "uk"), mode="index")}

    assert "uk:суд" in terms("судом")


def test_hebrew_words_simplemma_does_not_know_lose_their_prefixes_and_plural() -> None:
    from app.search.languages import term_of

    # 'הריביות' (the rates) and 'ריביות' are 'ריבית'; 'כלכלנים' is 'כלכלן' (final nun).
    for form, other in [("הריביות", "ריבית"), ("ריביות", "ריבית"), ("כלכלנים", "כלכלן")]:
        assert term_of(form, "he") == term_of(other, "he"), form
    # No prefix is cut to leave a word of three letters: 'כלכלנים' is no 'כ' + 'ל' + 'כלן'.
    assert term_of("כלכלנים", "he") == "he:כלכלן"


def test_a_hebrew_name_is_found_with_and_without_a_prefix_written_onto_it() -> None:
    from app.search.languages import lemma_term_of, term_of

    def terms(word: str) -> set[str | None]:
        return {term_of(word, "he"), lemma_term_of(word, "he")} - {None}

    # 'בלימסול' (in Limassol) and 'לימסול'; 'ברסיטל' (at a recital) and 'רסיטלים' (recitals).
    assert terms("בלימסול") & terms("לימסול")
    assert terms("ברסיטל") & terms("רסיטלים")
    # A word the dictionary knows keeps the one term it had ('הממשלה', the government;
    # 'בלונדון', in London), and every form of a name loses its letters down to one point.
    assert terms("הממשלה") == terms("ממשלה") == {"he:ממשלה"}
    assert terms("בלונדון") == terms("לונדון") == {"he:לונדון"}
    assert terms("מלבורן") & terms("ובמלבורן")


def test_each_index_knows_its_own_languages(tmp_path: Path) -> None:
    """Whoosh names segments with Python's `random`: two indexes of one process whose random
    state was the same (a test framework seeds it) have segments of the same id. What one
    learned of its segment's languages must not answer for the other's."""
    found, segments, state = [], [], random.getstate()
    for language in ("en", "de"):
        title, body = ARTICLES[language]
        path = tmp_path / f"{language}.jsonl"
        path.write_text(json.dumps({"title": title, "body": body, "url": f"https://x/{language}"}))
        random.seed(7)  # The same segment ids in both indexes.
        archive = open_archive(Settings(data_dir=tmp_path / language))
        try:
            ingest_paths(archive, [str(path)])
            found.append(search(archive.index, SearchRequest("Sanktion")).total)
        finally:
            archive.close()
            random.setstate(state)
        segments.append(sorted(p.name for p in (tmp_path / language / "index").glob("*.seg")))
    assert segments[0] == segments[1]  # The case this test is about.
    assert found == [0, 1]


def _index_terms(text: str, code: str) -> set[str]:
    """The terms an article's text in the language is indexed with."""
    return {token.text for token in TEXT_ANALYZER(marked(text, code), mode="index")}


def _query_terms(word: str, code: str) -> set[str]:
    """The terms a query word is looked up by in English and the language."""
    return set(chain.from_iterable(language_variants(word, ("", code), True, True)))


def test_an_arabic_broken_plural_is_found_by_its_singular_and_the_reverse() -> None:
    # Torrents, dams, villages, prices (its alif written bare), streets, tickets, refineries,
    # with the article, a conjunction or a preposition or without.
    for plural, singular in [
        ("السيول", "سيل"), ("السدود", "السد"), ("القرى", "قرية"), ("والاسعار", "سعر"),
        ("بالشوارع", "شارع"), ("التذاكر", "تذكرة"), ("المصافي", "مصفاة"),
    ]:  # fmt: skip
        assert _index_terms(plural, "ar") & _query_terms(singular, "ar"), plural
        assert _query_terms(plural, "ar") & _index_terms(singular, "ar"), plural
    # A word of a plural's shape that is none gains no other word's term: entry (دخول) is no
    # income (دخل), Algeria no island, a photographer (مصور) no Egypt, the Germans no 'for whom'.
    for word, other in [
        ("دخول", "دخل"), ("الجزائر", "جزيرة"), ("مصور", "مصر"), ("الألمان", "لمن"),
        ("قبول", "قبل"), ("العراقي", "عرقي"), ("خطوة", "خطة"), ("مقابل", "مقبل"),
    ]:  # fmt: skip
        assert not _index_terms(word, "ar") & _query_terms(other, "ar"), word
    for word, other in [("دخول", "دخل"), ("مصور", "مصر"), ("قبول", "قبل"), ("مقابل", "مقبل")]:
        assert not _query_terms(word, "ar") & _index_terms(other, "ar"), word
    # A sound plural with the article, which Snowball stems by its ending alone where it cuts
    # the singular's last -ان: floods, parliaments.
    for plural, singular in [("الفيضانات", "فيضان"), ("البرلمانات", "برلمان")]:
        assert _index_terms(plural, "ar") & _query_terms(singular, "ar"), plural


def test_an_arabic_word_with_a_conjunction_or_preposition_before_its_alif_is_found() -> None:
    # Snowball keeps 'ل' and 'و' on a word that opens with an alif, and the dictionary knows
    # neither 'لاضطرابات' nor 'اضطرابات': 'for unrest', 'and sit-ins', 'and for unrest'.
    for written, word in [
        ("لاضطرابات", "اضطراب"), ("واعتصامات", "اعتصامات"), ("ولاضطرابات", "اضطرابات"),
    ]:  # fmt: skip
        assert _index_terms(written, "ar") & _query_terms(word, "ar"), written
        assert _query_terms(written, "ar") & _index_terms(word, "ar"), written
    # A word the dictionary knows keeps its letters: whole (كامل) is no hope (امل), a player
    # (لاعب) no 'اعب'; the article after them is Snowball's to read.
    assert not _index_terms("كامل", "ar") & _query_terms("امل", "ar")
    assert _index_terms("لاعب", "ar") == {"ar:لاعب"}
    assert _index_terms("بالاتفاق", "ar") & _query_terms("اتفاق", "ar")
    # A participle's plural in -ات is no verbal noun: latent (كامنات) is no security (أمن),
    # cables no camels (إبل), and women writers (كاتبات) are still found by 'writer' (كاتب); a
    # word the dictionary knows is not cut (باقلاء, fava beans, is no 'few', قليل).
    for word, other in [("كامنات", "الأمن"), ("كابلات", "الإبل"), ("باقلاء", "قليل")]:
        assert not _index_terms(word, "ar") & _query_terms(other, "ar"), word
        assert not _query_terms(word, "ar") & _index_terms(other, "ar"), word
    assert _index_terms("كاتبات", "ar") & _query_terms("كاتب", "ar")


def test_a_short_persian_word_with_the_ezafe_after_its_vowel_is_found() -> None:
    # 'دمای هوا' (the air's temperature): the dictionary knows 'دما' and not 'دمای'; the same
    # written with the Arabic yeh.
    assert _index_terms("دمای", "fa") & _query_terms("دما", "fa")
    assert _index_terms("دماي", "fa") & _query_terms("دما", "fa")
    # A word the dictionary knows keeps its letters: a vote (رای) is not the object's mark (را).
    assert not _index_terms("رای", "fa") & _query_terms("را", "fa")
