"""Notes that close a page after the article's text, in the languages the archive reads most:
a note on the author in Spanish, French, German, Portuguese or Italian (`María Pérez es
periodista …`, the kind layout.is_end_note reads in English); a pitch for a newsletter, an
e-mail, an app or a device (`Receba em seu e-mail nosso ebook …`, `Every day we send an email
with …`, `Descarga nuestra app`); a prompt to comment on or share the article (`Leave a
comment`, `Deixe seu comentário`, `Partagez cet article`, `Поделитесь с друзьями`, in English,
Spanish, French, German, Portuguese, Italian and Russian), all read by layout.is_end_note; an
embedded tweet (its text, a picture's link, the signature under it); and a paragraph under an
'About …' heading (`About Jane Doe`, `Über Moritz Roe`, `Sobre o autor`).

No library recognises these in a page's text: boilerplate removers judge a block by its length
and link density, which such a note passes as text; what gives it away is its phrasing or its
shape, kept here as data. The learned scores weigh a match as one piece of evidence (an article
may quote such a line).
"""

from __future__ import annotations

import functools
import re

# A name of one to four capitalised words (accented capitals too), perhaps a bracket after it;
# not a pronoun or an article opening a sentence ('Ella es periodista y fue detenida', 'Il était
# correspondant à Moscou', 'Er war Professor').
_NAME = (
    r"^(?!(?:El|Él|La|Lo|Los|Las|Ella|Ellos|Il|Elle|Ils|Elles|Le|Les|Er|Sie|Es|Der|Die|Das|Ele|Ela"
    r"|Eles|O|A|Os|As|Lui|Lei|Loro|Un|Una|Une|Uno|Um|Uma|Ein|Eine)\s)"
    r"(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s){0,3}[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s\([^)]*\))?,?\s"
)
# What may stand between the verb and the trade: up to 150 characters of one sentence, as
# layout.is_end_note reads in English ('is a freelance writer and former …'), but no definite
# article right before the trade: 'fue el autor del gol', 'é o jornalista que revelou' tell what
# someone did, not who writes.
_GAP = (
    r"[^.]{0,150}?(?<!\bel\ )(?<!\bla\ )(?<!\bo\ )(?<!\ba\ )(?<!\bil\ )(?<!\blo\ )(?<!\ble\ )"
    r"(?<!\bl')(?<!\bl’)(?<!\bdel\ )(?<!\bdo\ )(?<!\bda\ )(?<!\bdu\ )\b"
)
# Per language: the verbs that introduce the author, the trades a note names, and the gap.
_AUTHOR_ROLES = (
    (  # Spanish.
        r"es|era|fue|ha\ sido|escribe|trabaja|colabora",
        r"periodista|escritora?|redactora?|reporter[oa]|corresponsal|columnista|editora?|autora?"
        r"|profesora?|investigadora?|analista|productora?|colaboradora?",
        _GAP,
    ),
    (  # French.
        r"est|était|a\ été|écrit|enseigne|collabore|travaille",
        r"journaliste|écrivaine?|rédact(?:eur|rice)|reporter|correspondante?|chroniqueu(?:r|se)"
        r"|éditorialiste|auteure?|autrice|professeure?|chercheu(?:r|se)|analyste"
        r"|product(?:eur|rice)|collaborat(?:eur|rice)",
        _GAP,
    ),
    (  # German: nouns capitalised, feminine in -in; between the verb and the trade only an
        # article, 'als', a year or a rank, as any sentence opens on capitalised words ('Der
        # Fotograf war mit einem Reporter …').
        r"ist|war|schreibt|arbeitet|lehrt",
        r"(?:[jJ]ournalist|[rR]edakteur|[aA]utor|[kK]orrespondent|[kK]olumnist|[rR]eporter"
        r"|[pP]rofessor|[aA]nalyst|[hH]erausgeber|[pP]roduzent)(?:in)?",
        r"(?:\s+(?:ein|eine|als|seit|\d{4}|freie[rn]?|freiberufliche[rn]?|leitende[rn]?"
        r"|stellvertretende[rn]?))*\s+",
    ),
    (  # Portuguese.
        r"é|era|foi|escreve|trabalha|colabora|leciona",
        r"jornalista|escritora?|redatora?|repórter|correspondente|colunista|editora?|autora?"
        r"|professora?|pesquisadora?|analista|produtora?|colaboradora?",
        _GAP,
    ),
    (  # Italian.
        r"è|era|è\ stat[oa]|scrive|insegna|collabora|lavora",
        r"giornalista|scrit(?:tore|trice)|redat(?:tore|trice)|corrispondente|editorialista"
        r"|autore|autrice|professor(?:e|essa)|ricerca(?:tore|trice)|analista|blogger"
        r"|collabora(?:tore|trice)",
        _GAP,
    ),
)
_AUTHOR_NOTE = re.compile(
    _NAME
    + "(?:"
    + "|".join(rf"(?:{verbs})\b{gap}(?:{roles})" for verbs, roles, gap in _AUTHOR_ROLES)
    # ...of no one thing: 'el presunto autor del asesinato', 'l'autore del gol'.
    + r")\b(?!(?:(?<=autor)|(?<=autora)|(?<=autore)|(?<=auteur)|(?<=autrice)|(?<=auteure))"
    + r"\s+(?:del|do|della|dello|du|de\ la|de\ l['’])\b)"
    # When the writer joined the newsroom, as English 'joined … in 2001' (layout.py): 'Markus
    # Balser kam 2001 zur Süddeutschen Zeitung', 'a rejoint la rédaction du Monde en 2012',
    # 'se incorporó a la redacción en 2015'; a newsroom's word is asked for, as players and
    # ministers join clubs and parties so too ('kam 2000 zum FC Bayern', 'kam 1954 zur Welt').
    + r"|"
    + _NAME
    + r"(?:kam\ (?:im\ Jahr\ )?(?:19|20)\d\d\ (?:als\ [^.]{0,60}?)?zu[rm]\ [^.]{0,40}?"
    + r"(?:Zeitung|Redaktion|Magazin|Ressort|Blatt|Verlag|Nachrichten)"
    + r"|ist\ seit\ (?:19|20)\d\d\ (?:Redakteur|Korrespondent|Autor|Reporter)"
    + r"|a\ rejoint\ (?:la\ rédaction|le\ journal|le\ quotidien|le\ magazine)\b[^.]{0,60}?"
    + r"\ en\ (?:19|20)\d\d"
    + r"|se\ (?:incorporó|unió)\ a\ (?:la\ redacción|el\ periódico|el\ diario)\b[^.]{0,60}?"
    + r"\ en\ (?:19|20)\d\d"
    + r"|(?:entrou|ingressou)\ n[oa]\ (?:redação|jornal)\b[^.]{0,60}?\ em\ (?:19|20)\d\d"
    + r"|è\ entrat[oa]\ (?:nella\ redazione|al\ giornale|al\ quotidiano)\b[^.]{0,60}?"
    + r"\ nel\ (?:19|20)\d\d)"
    # In the first person: 'Soy periodista y …', 'Je suis journaliste …', 'Ich bin Autorin …'.
    + r"|^(?:Soy|Je\ suis|Ich\ bin|Sou|Sono)\ (?:une?\ |uma?\ |eine?\ )?(?:[\w-]+,\ )*(?:"
    + "|".join(roles for _, roles, _ in _AUTHOR_ROLES)
    + r")\b",
    re.X,
)

# A pitch for a newsletter, an e-mail, an app or a device, opening the line: what the reader
# gets (in the inbox, by e-mail, on the phone) or is asked to download.
_PITCH = re.compile(
    r"""^\W*(?:
      # English.
        (?:get|receive|have)\b[^.!?]{0,60}\b(?:in|to)\ your\ (?:\w+\ )?(?:inbox|e-?mail|news\ ?feed)
      | (?:every\ (?:day|week|morning)|each\ (?:day|week|morning)),?\ we\ (?:send|e-?mail)
      | download\ (?:our|the)\b[^.!?]{0,40}\bapp\b | get\ (?:our|the)\ (?:free\ )?app\b
      | have\ an?\ (?:amazon\ )?(?:alexa|echo|google\ home|smart\ speaker)\b
      | [^.!?]{0,60}\bnever\ miss\ (?:an?\ |the\ )?(?:update|story|post|issue|thing)
      # Spanish.
      | recib[ea]\b[^.!?]{0,60}\b(?:e-?mail|correo|bolet[ií]n|newsletter|app)
      | descarga\ (?:nuestra|la|gratis)\b[^.!?]{0,40}\b(?:app|aplicaci[oó]n)
      # French.
      | recevez\b[^.!?]{0,60}\b(?:e-?mail|courriel|newsletter|lettre)
      | téléchargez\ (?:notre|l['’])\ ?(?:app|application)
      # German.
      | erhalten\ sie\b[^.!?]{0,60}\b(?:e-?mail|newsletter|postfach)
      | laden\ sie\ (?:unsere|die)\b[^.!?]{0,40}\bapp\b
      # Portuguese.
      | receba\b[^.!?]{0,60}\b(?:e-?mail|newsletter|boletim|ebook|app)
      | baixe\ (?:agora\ |j[aá]\ |grátis\ )?(?:o\ |nosso\ |o\ nosso\ )?(?:app|aplicativo|e-?book)
      # Italian.
      | ricevi\b[^.!?]{0,60}\b(?:e-?mail|newsletter)
      | scarica\ (?:la\ nostra\ |l['’]\ ?)(?:app|applicazione)
    )""",
    re.I | re.X,
)


# A prompt to comment on the article or to share it, anywhere in a short line: 'Leave a comment',
# 'Deixe seu comentário', 'Partagez cet article', 'Поделитесь с друзьями'. Not 'let us know in
# the comments': an article's own last sentence asks that.
_SHARE_OR_COMMENT = re.compile(
    r"""(?:
      # English.
        \b(?:leave|post|add|drop)\ (?:us\ )?(?:a|your)\ (?:comment|reply|thoughts)
      | \bshare\ your\ (?:thoughts|views|opinions?|stories|photos|pictures|videos|experiences?)\b
      | (?-i:(?:^|[.?!]\ )Please\ share)\b
      # Spanish.
      | \bdéja(?:nos|me)?\ (?:tu|un|su)\ (?:comentario|opini[oó]n)
      # French.
      | \blaissez(?:-nous)?\ (?:un|votre|vos)\ (?:commentaire|avis)
      | \bpartagez\ (?:cet|cette|ce|l['’]|avec)\b | \bdonnez(?:-nous)?\ votre\ avis\b
      # German.
      | \b(?:hinterlassen|schreiben)\ sie\ (?:einen|ihren|uns\ einen)\ kommentar
      # Portuguese.
      | \bdeixe\ (?:o\ |aqui\ )?(?:seu|sua|suas|seus|um)\ (?:comentário|opini|dúvidas|recado)
      | \bcompartilhe\ (?:este|esta|com|nas)\b | \bobrigad[oa]\ por\ compartilhar\b
      # Italian.
      | \blascia\ (?:un|il\ tuo|la\ tua)\ (?:commento|opinione)
      | \bcondividi\ (?:questo|questa|l['’]|con)\b
      | \bdevi\ essere\ (?:connesso|registrato|loggato)\ per\b
      # Russian.
      | \bоставьте\ (?:свой\ |ваш\ )?(?:комментари|отзыв|мнение)
      | \bподелитесь\ (?:с\ друзьями|этой|статьей|новостью|своим)
      | \bнапишите\ в\ комментариях\b
    )""",
    re.I | re.X,
)
# Words that are prompts only where they open the line, as a button or a heading does: in a
# sentence they tell what someone did ('she would share it with the committee', 'leaders will
# join the discussion', 'El Gobierno comparte esta preocupación', 'Am Montag diskutieren sie
# mit der Kanzlerin'). Not after a quotation mark: '“Please share anything you saw,” police said'.
_PROMPT_OPENING = re.compile(
    r"""^[^\w"“”„«»'‘’]{0,3}(?:
        (?i:share\ (?:this|it|them)\ with|join\ the\ (?:discussion|conversation))\b
      | (?i:comparte|comenta)\ (?:esta|este)\b
      | (?i:teilen)\ Sie\ (?:diesen|den|diese|das)\b | (?i:diskutieren)\ Sie\ mit\b
    )""",
    re.X,
)
_PROMPT_WORDS = 40  # Longer lines that say so are prose about comments or sharing.
# A piece of a word every prompt above holds: lines holding none are passed over first.
_PROMPT_KEYS = (
    "comment", "coment", "kommentar", "reply", "thoughts", "share", "discussion", "conversation",
    "opini", "compart", "partag", "avis", "teilen", "diskut", "dúvidas", "recado", "condivid",
    "connesso", "registrato", "loggato", "коммент", "отзыв", "мнение", "подел",
)  # fmt: skip
_PROMPT_KEY = re.compile("|".join(_PROMPT_KEYS))


def is_author_note(line: str) -> bool:
    """Whether the line is a note on the author, in the languages above."""
    return bool(_AUTHOR_NOTE.match(line))


@functools.lru_cache(maxsize=8192)
def is_closing_note(line: str) -> bool:
    """Whether the line is a note on the author, a pitch, or asks the reader to comment on or
    share the article (see the module's docstring)."""
    if _AUTHOR_NOTE.match(line) or _PITCH.match(line):
        return True
    lower = line.lower()
    if not _PROMPT_KEY.search(lower):
        return False
    return len(line.split()) <= _PROMPT_WORDS and bool(
        _SHARE_OR_COMMENT.search(line) or _PROMPT_OPENING.match(line)
    )


# An embedded tweet as a page's text gives it: its text, perhaps ending on a picture's link, then
# a signature line, '— Jane Doe (@jdoe) October 9, 2018' (the date in the embed's language).
_TWEET_SIGNATURE = re.compile(r"^\W{0,3}[—–-]\s?[^()\n]{1,80}\(@\w{1,15}\)\s+\S.{0,40}\b\d{4}\s*$")
_TWEET_PICTURE = "pic.twitter.com/"


def is_tweet_signature(line: str) -> bool:
    """Whether the line is the signature under an embedded tweet (see above)."""
    return "(@" in line and bool(_TWEET_SIGNATURE.match(line))


def is_tweet(lines: list[str], index: int) -> bool:
    """Whether the line is part of an embedded tweet: its signature, a line with a picture's
    link, or the tweet's text just above the signature (only that line: a tweet of several
    lines cannot be told from the article's paragraphs above it)."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return _TWEET_PICTURE in line or is_tweet_signature(line) or is_tweet_signature(following)


# A heading over a note on the author or the site: 'About Jane Doe', 'Über Moritz Roe', 'Sobre o
# autor', 'À propos de l'auteur'.
_ABOUT = re.compile(
    r"^(?i:about|über|sobre|à\ propos\ de|a\ propos\ de|acerca\ de|informazioni\ su|об)\s+"
    r"(?:(?i:the\ author|el\ autor|o\ autor|l['’]auteur|den\ autor|die\ autorin|авторе)"
    # A name: capitalised words (read with case, as 'About three hundred traders' is none).
    r"|[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3})\s*$",
    re.X,
)


def under_about(lines: list[str], index: int) -> bool:
    """Whether the line stands right under an 'About …' heading (see above)."""
    return index > 0 and bool(_ABOUT.match(lines[index - 1].strip()))
