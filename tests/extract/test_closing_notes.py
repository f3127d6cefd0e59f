"""Notes that close a page after the article's text: notes on the author, pitches, prompts to
comment or share, embedded tweets."""

from __future__ import annotations

import pytest

from app.extract import closing_notes, layout
from app.extract.textdump import extract_text_dump

_STORY = [
    "The harbour board voted on Monday to close the old fish market at the end of the year.",
    "Traders said they had not been told where they would sell once the market shuts its doors.",
    "The board said a new hall would open on the east quay before the summer season starts.",
]


@pytest.mark.parametrize(
    "note",
    [
        "Lucía Gómez es periodista y cubre la información municipal desde 2015.",
        "Pierre-Yves Martin est journaliste indépendant, installé à Lyon.",
        "Hanna Vogel ist freie Journalistin und schreibt über Stadtplanung.",
        "Beatriz Antunes é repórter do jornal e escreve sobre economia.",
        "Giulia Ferri è giornalista e collabora con diverse testate.",
        "Élodie Roux (@eroux) est rédactrice en chef adjointe.",
        "Soy periodista y vivo en Valparaíso.",
        "Ich bin Autorin zweier Bücher über die Küste.",
        # When the writer joined the outlet, as English 'joined … in 2001'.
        "Markus Balser kam 2001 zur Süddeutschen Zeitung. Er ist Absolvent der Journalistenschule.",
        "Marie Dupont a rejoint la rédaction du Monde en 2012 après dix ans à Libération.",
        "Ana Gómez se incorporó a la redacción de EL PAÍS en 2015 como redactora.",
        "Paulo Reis ingressou na redação da Folha em 2010 e cobre política.",
    ],
)
def test_a_note_on_the_author_in_other_languages_is_told(note: str) -> None:
    assert closing_notes.is_closing_note(note)


@pytest.mark.parametrize(
    "pitch",
    [
        "Every week we send an email with the best stories from the coast.",
        "Get the morning briefing delivered to your inbox.",
        # The platform named between 'your' and the feed or the inbox.
        "Get updates in your Mastodon news feed.",
        "Receive the harbour headlines in your Gmail inbox.",
        "Download our free app for iPhone and Android.",
        "Have an Amazon Echo? Ask it for the harbour news each morning.",
        "Recibe en tu correo las noticias más leídas del día.",
        "Recevez chaque matin notre newsletter par e-mail.",
        "Erhalten Sie unseren Newsletter jeden Freitag per E-Mail.",
        "Receba em seu e-mail o nosso boletim semanal.",
        "Baixe agora o nosso aplicativo gratuito.",
        "Scarica la nostra app per leggere le notizie.",
    ],
)
def test_a_pitch_for_a_newsletter_an_email_or_an_app_is_a_note(pitch: str) -> None:
    assert closing_notes.is_closing_note(pitch)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said she would email every trader before the market closes.",
        "La alcaldesa dijo que el mercado cerrará en diciembre.",
        "Le maire a reçu les commerçants lundi soir à la mairie.",
        "Traders said the app the board built to book stalls never worked.",
        "Maria Souza, que trabalha no mercado há 30 anos, disse que vai se mudar.",
        # German opens any sentence on capitalised nouns: the trade must follow the verb closely.
        "Der Fotograf war mit einem Reporter der Zeitung am Hafen unterwegs.",
        # A pronoun is no name, and a trade with a definite article tells what someone did.
        "Ella es periodista y fue detenida el martes frente al mercado.",
        "Er war Professor für Geschichte, bevor er den Markt übernahm.",
        "Il était correspondant à Lisbonne avant de reprendre l'étal.",
        "Tomás Ruiz fue el autor del gol que dio el título al equipo del puerto.",
        "Joana Lima foi a autora do projeto do novo mercado.",
        "Marco Bini è stato l'autore del gol decisivo.",
        "Pedro Gil es el presunto autor del robo en el mercado.",
        # Joining something else, or in another order: not the writer's note.
        "Die Regierung kam 2001 zur Einsicht, dass der Hafen zu klein war.",
        "Im Jahr 2001 kam er zur Hafenbehörde.",
        # Players, ministers and anyone else join clubs and parties, and are born, so too.
        "Angela Merkel kam 1954 zur Welt.",
        "Thomas Müller kam 2000 zum FC Bayern und wurde dort Profi.",
        "Kylian Mbappé a rejoint le Real Madrid en 2024.",
        "Cristiano Ronaldo ingressou no Sporting em 2002.",
    ],
)
def test_article_text_is_no_note_on_the_author_nor_a_pitch(line: str) -> None:
    assert not closing_notes.is_closing_note(line)


@pytest.mark.parametrize(
    "prompt",
    [
        "Leave a comment below and tell us how you get to work.",
        "Share this with your friends!",
        "Déjanos tu comentario sobre el nuevo mercado.",
        "Laissez un commentaire ci-dessous.",
        "Partagez cet article avec vos proches !",
        "Hinterlassen Sie einen Kommentar zu diesem Beitrag.",
        "Teilen Sie diesen Artikel mit Ihren Freunden.",
        "Deixe seu comentário e compartilhe com os amigos!",
        "Obrigada por compartilhar o nosso blog.",
        "Lascia un commento qui sotto.",
        "Devi essere registrato per lasciare una risposta.",
        "Оставьте свой комментарий ниже.",
        "Поделитесь с друзьями в социальных сетях.",
    ],
)
def test_a_prompt_to_comment_or_share_is_a_note(prompt: str) -> None:
    assert closing_notes.is_closing_note(prompt)
    assert layout.is_end_note(prompt)


@pytest.mark.parametrize(
    "line",
    [
        # An article's own last sentence may ask for the readers' view.
        "What do you make of the new hall? Let us know in the comments.",
        "Readers in the comment section began to share their own stories of the old market.",
        "Los comerciantes comparten la preocupación por el cierre del mercado.",
        "Die Händler teilen die Sorge um die Zukunft des alten Marktes.",
        "Il sindaco ha lasciato il mercato senza commentare la decisione.",
        "Many traders declined to comment on the board's decision to close the market.",
        # Words that are prompts only when they open a line, as a button does.
        "The mayor said she would share it with the harbour board on Monday.",
        "Traders are expected to join the discussion when the board meets next week.",
        "“Please share anything you saw,” the harbour master said.",
        "El alcalde comparte esta preocupación con los comerciantes del puerto.",
        "Am Montag diskutieren sie mit der Bürgermeisterin über den Markt.",
    ],
)
def test_prose_about_comments_or_sharing_is_no_prompt(line: str) -> None:
    assert not closing_notes.is_closing_note(line)


@pytest.mark.parametrize(
    "signature",
    [
        "— Harbour Board (@harbourboard) March 4, 2019",
        "— Ana Souza (@anasouza) 4 de março de 2019",
        "— Jean Dupont 🇫🇷 (@jdupont) 4 mars 2019",
        "— Ayuntamiento (@ayto_puerto) 4 de marzo de 2019",
    ],
)
def test_a_tweet_signature_is_told_in_any_language(signature: str) -> None:
    assert closing_notes.is_tweet_signature(signature)


@pytest.mark.parametrize(
    "line",
    [
        "Follow the board on Twitter (@harbourboard) for updates.",
        "— The harbour master, speaking on March 4, 2019",
        "The board (@harbourboard) said it would meet again in 2019 to decide.",
    ],
)
def test_other_lines_with_a_handle_or_a_date_are_no_signature(line: str) -> None:
    assert not closing_notes.is_tweet_signature(line)


def test_a_tweet_is_its_text_its_picture_and_its_signature() -> None:
    lines = [
        _STORY[0],
        "Market closes for good in December. Details here pic.twitter.com/abc123XYZ",
        _STORY[1],
        "Adiós al mercado viejo, ¡nos vemos en el muelle este!",
        "— Mercado del Puerto (@mercadopuerto) 4 de marzo de 2019",
        _STORY[2],
    ]
    told = [closing_notes.is_tweet(lines, index) for index in range(len(lines))]
    assert told == [False, True, False, True, True, False]


def test_a_tweet_after_the_last_paragraph_is_left_out() -> None:
    tweet = ["Sad day for the old market. We will miss it!", "— Jo Fisher (@jofish) March 4, 2019"]
    page = [" date 2019-03-05 Harbour News - Local Sport", "Board closes the old fish market"]
    draft = extract_text_dump("\n\n".join([*page, *_STORY, *tweet, "Related stories"]) + "\n")
    assert draft.paragraphs[-1] == _STORY[-1]


def test_a_last_paragraph_that_mentions_sharing_is_kept() -> None:
    page = [" date 2019-03-05 Harbour News - Local Sport", "Board closes the old fish market"]
    last = "The mayor said she would share the plan with the regional transport board on Monday."
    draft = extract_text_dump("\n\n".join([*page, *_STORY, last, "Related stories"]) + "\n")
    assert draft.paragraphs[-1] == last


def test_a_prompt_after_the_last_paragraph_is_left_out() -> None:
    page = [" date 2019-03-05 Harbour News - Local Sport", "Board closes the old fish market"]
    prompt = "Deixe seu comentário e compartilhe com os amigos!"
    draft = extract_text_dump("\n\n".join([*page, *_STORY, prompt, "Related stories"]) + "\n")
    assert draft.paragraphs[-1] == _STORY[-1]


@pytest.mark.parametrize(
    "heading",
    [
        "About Jane Roe",
        "Über Moritz Roe",
        "Sobre o autor",
        "À propos de l'auteur",
        "ABOUT THE AUTHOR",
    ],
)
def test_a_paragraph_under_an_about_heading_is_told(heading: str) -> None:
    lines = [_STORY[0], heading, "Jane Roe has covered the harbour for the paper since 2009."]
    assert closing_notes.under_about(lines, 2)
    assert not closing_notes.under_about(lines, 0)


@pytest.mark.parametrize(
    "heading", ["About 300 traders work at the market", "About the harbour", "About three stalls"]
)
def test_a_heading_that_merely_opens_on_about_is_no_about_heading(heading: str) -> None:
    assert not closing_notes.under_about([heading, _STORY[1]], 1)


def test_a_note_under_an_about_heading_is_no_last_paragraph() -> None:
    page = [" date 2019-03-05 Harbour News - Local Sport", "Board closes the old fish market"]
    about = "Als Reporterin begleitet Hanna Roe seit Jahren den Hafen und seine Händler in Kiel."
    text = "\n\n".join([*page, *_STORY, "Über Hanna Roe", about, "Related stories"]) + "\n"
    assert extract_text_dump(text).paragraphs[-1] == _STORY[-1]
