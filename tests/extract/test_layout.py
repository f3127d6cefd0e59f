"""Tests of app/extract/layout.py: what a line of a page dump is."""

from __future__ import annotations

import pytest

from app.extract import layout


@pytest.mark.parametrize(
    "caption",
    [
        "President Moon speaks in Seoul, January 5, 2020. REUTERS/Kim Hong-Ji",
        "A man walks in the rain Reuters/Kim Hong-Ji",
        "Photo by Doe/AP",
        "Photographer: Mark Elias/Bloomberg",
        "A cyclist rides past the bridge. Photo by Jane Doe/AP",
        "Crowds gather in the rain REUTERS/Kim Hong-Ji/File Photo",
    ],
)
def test_a_line_ending_with_an_agency_and_a_name_is_a_caption(caption: str) -> None:
    assert layout.is_caption(caption)


@pytest.mark.parametrize(
    "credit", ["Courtesy of MailChimp's Instagram", "Photo courtesy NWS/NOAA", "Courtesy Google"]
)
def test_a_courtesy_credit_alone_is_a_caption(credit: str) -> None:
    assert layout.is_caption(credit)


def test_a_sentence_opening_with_courtesy_is_prose() -> None:
    assert not layout.is_caption(
        "Courtesy of the new parking rules, the city collected twice as much in fines last year."
    )


def test_a_pair_of_places_after_a_preposition_is_no_credit() -> None:
    headline = "Hockey and skate jam among big events next month in Huntsville/Madison County"
    assert not layout.is_caption(headline)
    # The same pair set after a sentence, as a credit stands, still reads as one.
    assert layout.is_caption("Skaters on the ice. Huntsville/Madison County")


@pytest.mark.parametrize(
    "link",
    [
        "Related article: Could the harbour board's plan for the fish market go up in smoke?",
        "Related stories: Mayor opens the new library",
        "RELATED COVERAGE: Storm closes the coast road for a second day.",
    ],
)
def test_a_labelled_link_to_another_story_is_told(link: str) -> None:
    assert layout.is_related_link(link)


def test_prose_about_related_things_is_no_link() -> None:
    assert not layout.is_related_link("Related articles appeared in two other papers: both ran.")
    assert not layout.is_related_link("Related: the council's budget")  # Furniture already.


@pytest.mark.parametrize("label", ["Publicidad", "PUBLICIDAD", "Anzeige", "Publicité", "Реклама"])
def test_an_advertisement_label_in_another_language_interrupts_the_text(label: str) -> None:
    assert layout.is_furniture(label)


@pytest.mark.parametrize(
    "line",
    [
        "Temas Relacionados",
        "Compartir nota:",
        "Más Noticias",
        "Les plus lus",
        "Weitere Meldungen",
        "เรื่องที่เกี่ยวข้อง",
        "関連記事",
        "あわせて読みたい",
        "관련기사",
        "相关新闻",
        "مقالات ذات صلة",
        "Tin liên quan",
        "Baca Juga",
        "İlgili Haberler",
        "Czytaj także:",
        "A lire aussi :",  # French capitals often go without their accent.
        "Lee también: El Gobierno anuncia nuevas medidas",
        "Veja também",
        "Lesen Sie auch:",
        # Links to the readers' comments, with their count and what follows on the line.
        "View all 35 comments",
        "Kommentare lesen (128) Zur Startseite",
        "Voir les commentaires",
        "Leggi i commenti",
        # Related and more headings in more languages.
        "Alte ştiri de Unica.md",
        "Kapcsolódó cikkek",
        "Още новини",
        "Διαβάστε επίσης",
        "Pročitajte još",
        "Læs også",
        "Lue myös",
        "כתבות נוספות",
    ],
)
def test_a_footer_heading_in_another_language_ends_the_text(line: str) -> None:
    assert layout.is_footer(line)


@pytest.mark.parametrize(
    "line",
    ["Loading Related Articles...", "Related Trending", "More Articles in Politics",
     "More articles tagged as", "Popular Articles", "Top Picks", "Related Videos"],
)  # fmt: skip
def test_a_heading_over_other_stories_ends_the_text(line: str) -> None:
    # tnr.com's related box under a letter ran into the text's end: its last headline asks a
    # question, so it read as the last paragraph.
    assert layout.is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Más noticias llegaron el martes desde la frontera, según la policía.",
        "Weitere Artikel des Gesetzes sollen im Herbst folgen.",
        "Самое популярное блюдо в стране — борщ.",
        "Compartir en redes sociales se ha vuelto un hábito, dijo.",
        "Read comments from the minister, who spoke on Friday.",
        "Lesen Sie auch, was der Minister am Freitag dazu sagte.",
        "Saiba mais sobre o caso no site oficial da empresa.",
        # A sentence introducing a quote or a list, not a heading.
        "Read comments from the minister below:",
        "Lesen Sie auch, was der Minister dazu sagte:",
        "Potrebbe interessare anche i lavoratori autonomi:",
        "Alte știri au apărut ieri despre caz.",
        "Alte știri din Cluj au confirmat vestea.",
        "More articles were published in 2019 than ever.",
        "Top picks for the draft were announced on Monday.",
    ],
)
def test_prose_opening_like_a_heading_is_no_footer(line: str) -> None:
    assert not layout.is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Example Media. Alle Rechte vorbehalten.",
        "Copyright © Le Monde. Tous droits réservés.",
        "© 2019 El Diario. Todos los derechos reservados.",
        "© РИА Новости. Все права защищены.",
        "جميع الحقوق محفوظة © 2023",
        "کلیه حقوق این سایت محفوظ است.",
        "ⓒ 연합뉴스 무단전재 및 재배포 금지",
        "読売新聞オンライン 無断転載を禁じます",
        "中国日报版权所有",
        "京ICP备13028878号-6",
        "京公网安备11010502032503号",
        "信息网络传播视听节目许可证0108263号",
        # A notice on the terms of reuse runs long, but opens with what it is.
        "中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议"
        "的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。如需使用，请与010-84883777联"
        "系；凡本网注明“来源：XXX（非中国日报网）”的作品，均转载自其它媒体，目的在于传播更多信息。",
    ],
)
def test_a_rights_notice_in_any_language_ends_the_text(line: str) -> None:
    assert layout.is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Права защищены законом, напомнил министр.",
        "该建筑未经许可擅自加建，已被责令拆除。",
        "불법 다운로드와 무단 복제로 인한 피해가 커지고 있다.",
        "حقوق الإنسان محفوظة في الدستور، قال الوزير.",
        "Der Verlag hatte sich alle Rechte vorbehalten, sagte die Sprecherin am Montag.",
        "وأكد الوزير أن جميع حقوق العمال محفوظة في القانون الجديد.",
        "法院认定，该画作的版权归原告所有，被告应赔偿损失。",
        "Los derechos reservados a los pueblos indígenas son claros.",
        # A paragraph of prose that a notice closes is still the article's.
        "The ministry said on Friday that the new rules would take effect in March, after months "
        "of talks with the unions and the employers, and that the government would review them "
        "within a year if the number of disputes did not fall as it expected it to. "
        "All rights reserved.",
    ],
)
def test_prose_on_rights_and_permits_is_no_footer(line: str) -> None:
    assert not layout.is_footer(line)


def test_a_piece_closing_with_its_legal_class_mark_ends_a_sentence() -> None:
    # Ecuadorian outlets close each piece with `(I)`, `(O)`, ... by law.
    assert layout.ends_sentence("La decisión fue informada en Radio Centro. (I)")
    assert not layout.ends_sentence("Se reunió con el ministro (I)")


@pytest.mark.parametrize(
    "line", ["Please follow and like us:", "Follow & Like Us", "Popular Videos"]
)
def test_a_social_box_or_a_video_rail_ends_the_text(line: str) -> None:
    assert layout.is_footer(line)


def test_prose_on_popular_videos_is_no_footer() -> None:
    assert not layout.is_footer("Popular videos of the protest spread quickly on Friday night.")


def test_an_abbreviated_agency_before_a_credits_slash_is_a_credit() -> None:
    assert layout.is_caption("RIVERSIDE COUNTY SHERIFF'S DEPT./CONTRIBUTED IMAGE")
    assert not layout.is_caption("He moved to the U.S./Canada border in 2010.")


def test_a_paragraph_closing_on_the_wires_copyright_credit_is_no_caption() -> None:
    paragraph = (
        "政府はボコ・ハラムが劣勢にあると繰り返し主張しているが、あるアナリストは「ボコ・ハラムは"
        "ナイジェリア北東部で攻撃を行う意図と作戦能力を維持している」と指摘している。"
        "(c)AFP/Aminu ABUBAKAR"
    )
    assert not layout.is_caption(paragraph)
    assert layout.ends_sentence(paragraph)
    # A caption's credit stays one, with or without the mark.
    assert layout.is_caption("兵士ら（2018年6月17日撮影）。(c)AFP/AUDU MARTE")
    assert layout.is_caption("President Moon speaks in Seoul, January 5, 2020. REUTERS/Kim Hong-Ji")


@pytest.mark.parametrize(
    "line",
    [
        "To Read the Full Story",
        "Subscribe to continue reading.",
        "Log in to read the rest of this article.",
        "This article is only available to subscribers.",
        "この記事は会員限定です。",
        "続きをお読みいただけます",
        "订阅后阅读全文",
        "Cet article est réservé aux abonnés.",
        "La suite est réservée aux abonnés.",
        "Il vous reste 80 % de cet article à lire.",
        "Nur für Abonnenten",
        "Contenido exclusivo para suscriptores",
        "Conteúdo exclusivo para assinantes",
        "Articolo riservato agli abbonati",
        # An archive's wall.
        "The article you requested has been archived",
        "This story has been archived.",
    ],
)
def test_a_notice_that_the_rest_is_for_subscribers_is_told(line: str) -> None:
    assert layout.is_paywall(line)


def test_a_sentence_on_archived_records_is_no_wall() -> None:
    assert not layout.is_paywall("The records of this story have been archived since 1990.")


@pytest.mark.parametrize(
    "line",
    [
        "Like this? You might also be interested in:",
        "Enjoyed this article? Sign up for our newsletter",
    ],
)
def test_a_footer_heading_after_a_short_question_ends_the_text(line: str) -> None:
    assert layout.is_footer(line)


def test_a_question_and_its_answer_are_no_footer() -> None:
    assert not layout.is_footer("Why did they leave? Related reasons were never given, he said.")


@pytest.mark.parametrize(
    "sentence",
    [
        "प्रधानमंत्री ने मंगलवार को नई योजना की घोषणा की।",  # Hindi's danda.
        "وزیر اعظم نے منگل کو نئی اسکیم کا اعلان کیا۔",  # Urdu's full stop.
        "هل ستستأنف المحادثات الأسبوع المقبل؟",  # Arabic's question mark.
        "የኢትዮጵያ መንግስት ዛሬ አዲስ ፖሊሲ ማውጣቱን አስታውቋል።",  # Ethiopic.
        "မြန်မာနိုင်ငံ အစိုးရသည် ယနေ့ မူဝါဒအသစ်ကို ကြေညာခဲ့သည်။",  # Burmese.
        "Հայաստանի կառավարությունը այսօր հայտարարել է նոր ծրագրի մասին։",  # Armenian.
        "« Nous ne céderons pas », a-t-il dit. « C'est fini. »",  # A French closing quote.
    ],
)
def test_a_sentence_ends_with_its_scripts_full_stop(sentence: str) -> None:
    assert layout.ends_sentence(sentence)
    assert layout.is_paragraph(sentence)


def test_words_of_scripts_written_without_spaces_are_counted() -> None:
    # About two characters a word, as in Chinese and Thai: a Lao or Khmer line is no one word.
    assert layout.word_count("ລັດຖະບານລາວໄດ້ປະກາດນະໂຍບາຍເສດຖະກິດໃໝ່ໃນມື້ນີ້") > 10
    assert layout.word_count("រដ្ឋាភិបាលកម្ពុជាបានប្រកាសគោលនយោបាយថ្មី") > 10


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("He said no. She said yes.", 1),
        ("Il a dit non. Émile a dit oui.", 1),  # A capital outside ASCII.
        ("प्रधानमंत्री ने घोषणा की। सरकार का कहना है।", 1),  # A script without capitals.
        ("东京发布新政策。大阪也发布了。", 1),  # No space after a CJK full stop.
        ("Troops left the U.S. base at dawn.", 0),
        ("One sentence only.", 0),
    ],
)
def test_sentence_breaks_are_counted_in_every_script(text: str, breaks: int) -> None:
    assert layout.sentence_breaks(text) == breaks
