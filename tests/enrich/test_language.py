"""Languages detected from the text, the declared one a hint only (app/enrich/language.py)."""

from __future__ import annotations

import unicodedata

import pytest

from app.enrich.language import (
    _has_letters,
    _with_variety,
    _without_controls,
    count_words,
    detect_language,
    normalise_tag,
)

TEXTS = {
    "es": "El Gobierno aprobó este martes un nuevo paquete de sanciones contra los responsables "
    "de la represión, según informó el ministerio de Asuntos Exteriores en un comunicado.",
    "ru": "Президент подписал указ о новых санкциях против ряда компаний, сообщила пресс-служба "
    "Кремля во вторник. Меры вступят в силу через месяц.",
    "ar": "أعلنت وزارة الخارجية الإيرانية اليوم أن المحادثات مع الوفد الأوروبي ستستأنف الأسبوع "
    "المقبل في العاصمة النمساوية فيينا.",
    "de": "Die Bundesregierung hat am Dienstag neue Sanktionen gegen mehrere Unternehmen "
    "beschlossen, teilte das Auswärtige Amt in Berlin mit.",
    "zh-Hant": "財政部今天下午將公佈今年一至二月期統一發票中獎清冊，本期千萬中獎張數為十八張，"
    "民眾可上網查詢。",
    "zh-Hans": "财政部今天下午将公布今年一至二月期统一发票中奖清册，本期千万中奖张数为十八张，"
    "民众可上网查询。",
    "fa": "وزیر امور خارجه ایران امروز در نشست خبری گفت که مذاکرات با هیئت اروپایی هفته آینده "
    "در وین از سر گرفته خواهد شد.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_language_of_the_text_wins_over_a_template_default(language: str) -> None:
    assert detect_language(None, TEXTS[language], declared="en") == language


def test_a_declared_region_or_close_language_refines_the_detection() -> None:
    assert detect_language(None, TEXTS["es"], declared="es_ve") == "es-VE"
    bosnian = (
        "Generalni direktor Elektroprivrede Republike Srpske pozitivan je na koronavirus. "
        "Dragi prijatelji, želim da vas obavijestim da sam i ja zakačio koronavirus."
    )
    assert detect_language(None, bosnian, declared="bs") == "bs"
    assert detect_language(None, bosnian) in {"bs", "hr", "sr-Latn"}


def test_the_headline_and_lead_decide_when_quotes_are_in_another_language() -> None:
    lead = "Naglabas na ng pahayag ang kompanya tungkol sa paglipat ng tagapamahala ni Bea."
    quote = (
        "“After a series of consultations, she has decided to pursue her professional goals under "
        "a new talent management. We respect her decision and wish her well in the years ahead.” "
    )
    after = "Ayon sa kompanya, patuloy nilang susuportahan ang aktres sa kanyang mga proyekto."
    body = f"{lead}\n\n{quote}\n\n{after}"
    assert detect_language("Nagsalita na ang kompanya sa paglayas ni Bea", body) == "tl"


def test_too_little_text_keeps_the_declared_language() -> None:
    assert detect_language("OK", "", declared="pt_BR") == "pt-BR"
    assert detect_language("OK", "") is None


def test_a_few_words_keep_the_declared_language_rather_than_a_guess() -> None:
    # CLD2 reads this English headline as Latin; three words cannot settle a language.
    assert detect_language("Enhancing quantum sensing", "") is None
    assert detect_language("Enhancing quantum sensing", "", declared="en-gb") == "en-GB"
    assert detect_language("Sediments tell a tsunami story", "") == "en"


def test_a_short_text_in_a_script_without_spaces_is_long_enough() -> None:
    assert detect_language("นายกรัฐมนตรีลงพื้นที่ตรวจน้ำท่วมเชียงใหม่", "") == "th"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("es_ve", "es-VE"), ("ZH-hant", "zh-Hant"), ("sh", "sr-Latn"), ("iw", "he"), ("x", None)],
)
def test_tags_are_written_as_bcp_47_writes_them(tag: str, expected: str | None) -> None:
    assert normalise_tag(tag) == expected


def test_words_are_counted_in_scripts_without_spaces() -> None:
    assert count_words("The minister said so.") == 4
    assert count_words("これは日本語の文章です。") == 11
    assert count_words("華為 said 写真集") == 6
    # Tokens of punctuation alone are not words; numbers and underscores' neighbours are.
    assert count_words("Prices rose 4.5% — ½ of _ them \u200d — 2026 _x_") == 8


def test_too_few_letters_are_counted_up_to_the_last_one() -> None:
    assert _has_letters("ab 1 2 ½ ç", 3)
    assert not _has_letters("ab 1 2 ½ 3", 3)
    assert not _has_letters("", 1)


def test_control_characters_are_taken_out_before_detection_and_nothing_else() -> None:
    # Every character of Unicode's "other" categories (controls, format characters such as
    # the zero-width joiner, private use, unassigned) goes, tabs and line ends excepted.
    every = "".join(map(chr, range(0, 0x30000, 7))) + "\t\n\r\u200d\ue000\U000e0001 "
    kept = "".join(ch for ch in every if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    assert _without_controls(every) == kept


def test_portugals_and_brazils_portuguese_by_their_spelling() -> None:
    portugal = (
        "O centro de saúde de Mirandela só abre em setembro e os utentes continuam a fazer "
        "quilómetros para uma consulta. A autarquia diz que a obra está a avançar."
    )
    brazil = (
        "O índice econômico do trimestre mostra que o setor está crescendo, e a equipe do "
        "ministério espera um ano melhor para os ônibus da capital."
    )
    neither = "O governo anunciou hoje novas medidas para o setor da saúde e da educação."
    assert detect_language("Centro de saúde adiado", portugal) == "pt-PT"
    assert detect_language("Economia cresce no trimestre", brazil) == "pt-BR"
    assert detect_language("Governo anuncia medidas", neither) == "pt"
    # A region the page declares stands over the spelling; a script read stands over one declared.
    assert detect_language("Centro de saúde adiado", portugal, declared="pt-BR") == "pt-BR"
    serbian = "Vlada Srbije je danas usvojila novi zakon o radu koji donosi promene zaposlenima."
    assert detect_language("Vlada usvojila zakon", serbian, declared="sr-Cyrl") == "sr-Latn"
    assert detect_language("Trens", brazil + " O trem parou na estação.") == "pt-BR"


def test_indonesian_and_malay_by_their_spelling() -> None:
    # An Indonesian story about Malaysian places reads as Malay to CLD2; its spelling says
    # Indonesian (Senin, tentara, karena). Malay's own spelling keeps it Malay.
    indonesian = (
        "Banjir melanda Johor dan Pahang sejak Senin. Tentara dan petugas dikerahkan karena "
        "Sungai Muar meluap di Segamat, Kuantan dan Kota Tinggi, negeri Johor."
    )
    malay = (
        "Harga minyak sawit mentah naik 3 peratus minggu ini selepas permintaan dari India "
        "meningkat. Syarikat perladangan di Sabah menjangkakan eksport bertambah kerana cuaca."
    )
    assert detect_language("Banjir melanda Johor dan Pahang", indonesian) == "id"
    assert detect_language("Harga minyak sawit naik", malay) == "ms"
    # Wang the surname is no Malay spelling of uang (money): 'karena' alone decides.
    assert _with_variety("ms", "Wang Yi datang ke Jakarta karena undangan Presiden.") == "id"
