"""What a line of a page dump is: a caption, page furniture, a heading, or article text."""

from __future__ import annotations

import functools
import re

from app.extract import closing_notes

_CREDIT_TAIL = re.compile(
    r"""(
        \(\s*(?:photo\s*|image\s*|picture\s*)?credits?\s*:[^)]*\)     # (photo credit: X/REUTERS)
      | \(\s*(?:photo|image|picture|photograph|file\ photo)s?\s*:[^)]*\)  # (Photo: AP)
      | \(\s*AP\ Photo/[^)]*\)                                         # (AP Photo/Ahn Young-joon)
      # Photograph: X/AP, Crédits : Getty
      | (?:Photograph|Photo|Image|Picture|Credit|Source|Crédit|Crédito|Bild|Foto|Фото)s?
        \s*:\s*[^.]{2,80}$
      # AFP/X, also after an abbreviation (SHERIFF'S DEPT./CONTRIBUTED IMAGE)
      | (?P<slash>\b[A-Z]{2,}\.?/[A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+){0,3}(?:/File\ Photo)?)\s*$
      | \([A-Z][^()]{1,60}\s?/\s?[^()]{1,60}\)\s*$                      # (Ellen Banner / Times)
      | (?:via\ )?Getty\ Images\s*$ | Shutterstock\s*$ | EPA-EFE(?:/[^.]*)?\s*$
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# A preposition right before a slash pair names places (`in Huntsville/Madison County`).
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:in|at|of|near|from|to|for|and|across|around|outside)\s$")
_CAPTION_START = re.compile(
    r"^(?:image caption|image source|file photo|photo|above|pictured|top|left|right)\s*[,:]", re.I
)
# A credit alone: 'Courtesy of NASA/JSC', 'Photo courtesy NWS Collection/NOAA', 'Courtesy Google'.
_COURTESY = re.compile(r"^\W*(?:(?:photo|image|picture|video)s?\s+)?courtesy\b(?:\s+of)?\s", re.I)
_COURTESY_WORDS = 10  # Longer, it is a sentence ('Courtesy of the new rules, the city …').
# Where people in a photo stand, or a copyright sign: marks of a caption, not of prose.
_CAPTION_MARK = re.compile(
    r",\s(?:left|right|center|centre|second\sleft|second\sright)(?:,|\s+and\b)"
    r"|\((?:left|right|center|centre|background|foreground|l|r)\)|©",
    re.I,
)

# Capital letters of the Latin, Greek and Cyrillic scripts, for a character class: a dateline's
# place is written in them ('MOSCOW', 'МОСКВА', 'КИЇВ', 'ΑΘΗΝΑ', 'SÃO PAULO').
CAPITALS = "A-ZÀ-ÖØ-ÞΑ-ΩЀ-ЯҐ"

# Lines that end the article: what follows them is lists, footers and sign-up boxes.
_FOOTER = re.compile(
    # A short question may lead in: 'Like this? You might also be interested in:', 'Enjoyed
    # this article? Sign up for our newsletter'.
    r"""^\W*(?:[^.?!\n]{1,30}\?\s+)?(?:
        related(?:\ (?:articles?|stories|coverage|content|news|topics|reading))?
      | more\ (?:from|on|stories|news|in)\b.* | read\ more | see\ also | also\ read
      | recommended(?:\ for\ you)? | most\ (?:read|popular|viewed|shared)\b.* | trending(?:\ now)?
      | (?:loading\ )?related\ (?:trending|articles?\ loading|videos?)\b.* | loading\ related\b.*
      | popular\ (?:articles|stories|posts|now) | top\ picks
      | popular\ videos? | (?:please\ )?follow\ (?:and|&)\ like\ us\b.*
      | you\ (?:may|might)\ (?:also\ )?like\b.* | don'?t\ miss | top\ stories | latest\ news
      | sign\ up\b.* | subscribe\b.* | newsletter\b.* | get\ our\b.*newsletter.*
      | follow\ us\b.* | share\ (?:this|on)\b.* | comments?(?:\ \(\d+\))?
      | ©.* | copyright\b.* | all\ rights\ reserved.* | terms\ (?:of\ use|and\ conditions)
      | privacy\ policy | about\ us | contact\ us | (?:additional\ )?reporting\ by\b.*
      | editing\ by\b.* | our\ standards\b.* | .*contributed\ to\ this\ report
      | support\ (?:independent|our|quality)\ journalism\b.* | become\ a\ (?:member|subscriber)\b.*
      | (?:this\ (?:article|story)\ was\ )?(?:originally|first)\ published\ (?:by|in|on)\b.*
      | explore\ more\ on\ these\ topics | topics | reuse\ this\ content
      | follow\ (?:us|me|him|her|them)\b.*
      | follow\b(?!-).*\b(?:twitter|facebook|instagram|linkedin|youtube|newsletters?)\b.*
      | get\ (?:breaking|the\ latest)\b.* | have\ your\ say\b.* | tell\ us\ what\b.*
      | leave\ a\ (?:comment|reply)\b.* | post\ limit\ reached.* | stay\ up\ to\ date\b.*
      | you\ (?:may|might)\ also\ be\ interested\b.* | watch\ the\ latest\b.*
      | (?:writing|reporting)\ by\b.* | .*\bcontributed\ reporting\b.*
      | what\ term\ do\ you\ want\ to\ search.*
      # The same furniture in the other languages the archive reads (de, es, fr, it, pt, ru).
      | teilen | compartir | partager | condividi | compartilhe | поделиться
      | abonnieren\b.* | suscr[ií]bete\b.* | abonnez-vous\b.* | iscriviti\b.* | assine\b.*
      | подпи(?:шитесь|сывайтесь)\b.* | folgen\ sie\b.* | s[ií]guenos\b.* | suivez-nous\b.*
      | seguici\b.* | siga-nos\b.* | comentários | comentarios | commentaires | kommentare
      | commenti | комментарии | leia\ (?:mais|também)\b.* | lea\ también\b.* | lire\ aussi\b.*
      | leggi\ anche\b.* | mehr\ zum\ thema\b.* | читайте\ также\b.*
      | (?:artículos|noticias)\ relacionad[oa]s | articles\ liés | verwandte\ artikel
      | articoli\ correlati | notícias\ relacionadas | похожие\ (?:новости|статьи)
      | temas\ relacionados | más\ noticias | lo\ (?:más\ )?(?:último|leído|visto)
      | te\ recomendamos | les\ plus\ (?:lus|partagés|commentés) | dans\ la\ même\ rubrique
      | sur\ le\ même\ sujet
      # Related, more and most-read headings in other languages and scripts (zh, ja, ko, th, ar,
      # fa, hi, vi, id, tr, pl, nl, sv, cs, uk).
      | 相[关關](?:新[闻聞]|[阅閱][读讀]|文章|[报報][道導]) | 延伸[阅閱][读讀] | 推荐阅读 | 猜你喜欢
      | 热门(?:新闻|文章) | 熱門(?:新聞|文章) | 関連(?:記事|ニュース) | [あ合]わせて読みたい
      | おすすめ記事 | 人気記事(?:ランキング)? | 관련\ ?(?:기사|뉴스) | 많이\ 본\ 뉴스 | 인기\ ?기사
      | (?:เรื่อง|ข่าว|บทความ)ที่เกี่ยวข้อง | ข่าวยอดนิยม
      | (?:مقالات|أخبار|اخبار|مواضيع)\ ذات\ صلة | اقرأ\ أيضا\W* | الأكثر\ (?:قراءة|مشاهدة)
      | (?:مطالب|اخبار)\ مرتبط | بیشتر\ بخوانید
      | संबंधित\ (?:खबरें|ख़बरें|समाचार|लेख) | यह\ भी\ पढ़ें
      | tin\ (?:liên\ quan|cùng\ chuyên\ mục) | bài\ (?:viết\ )?liên\ quan | đọc\ nhiều\ nhất
      | (?:berita|artikel)\ terkait | baca\ juga | terpopuler
      | [iİ]lgili\ haberler | benzer\ haberler | en\ çok\ okunan(?:lar)?
      | (?:czytaj|zobacz)\ (?:także|też|również) | najczęściej\ czytane | powiązane\ artykuły
      | lees\ ook | gerelateerde\ artikelen | meest\ gelezen
      | läs\ också | relaterade\ artiklar | mest\ lästa
      | čtěte\ také | související\ články | nejčtenější
      | читайте\ також | схожі\ новини
      # And ro, hu, bg, el, hr/sr/bs, da/no, fi, he.
      | alte\ (?:știri|ştiri|stiri|articole) | cite[șşs]te\ (?:și|şi|si)
      | articole\ (?:similare|asemănătoare)
      | kapcsolódó\ (?:cikkek|hírek) | további\ híreink | legolvasottabb
      | още\ (?:новини|по\ темата) | свързани\ (?:новини|статии) | най-четени
      | διαβάστε\ (?:επίσης|ακόμη) | σχετικά\ άρθρα | δημοφιλή
      | povezane\ (?:vijesti|vesti|novosti) | pročitajte\ (?:još|i|također|takođe)
      | најчитаније | повезане\ вести
      | læs\ også | les\ også | relaterte\ (?:saker|artikler) | relaterede\ artikler
      | lue\ myös | luetuimmat
      | כתבות\ נוספות | עוד\ בנושא | הכי\ נקראות
      # Headings, with what follows them on the line but not a sentence they begin
      # ('Weitere Artikel des Gesetzes sollen folgen.', 'Самое популярное блюдо — борщ.').
      | (?:compartir\ (?:nota|en|esta) | también\ te\ puede\ interesar
        | [aà]\ lire\ (?:aussi|également) | weitere\ (?:meldungen|nachrichten|artikel)
        | meistgelesen | more\ articles
        | das\ könnte\ sie\ auch\ interessieren | più\ lett[ie] | mais\ (?:lidas|lidos)
        | самое\ (?:читаемое|популярное) | alte\ (?:știri|ştiri|stiri)\ (?:de|din|pe)
        )\b(?!.*\w[.!?…]["'”’»)]*\s*$).*
      # Headings that also open sentences ('Lesen Sie auch, was der Minister sagte:'): alone,
      # or with a colon, a bracket or a bar before what follows ('Lee también: …'); and links
      # to the readers' comments ('View 12 comments', 'Kommentare lesen (128) Zur Startseite').
      | (?:le[ae]\ también | ver\ también | te\ puede\ interesar | puede\ interesarte
        | veja\ também | saiba\ mais | (?:ti\ )?potrebbe\ (?:interessarti|interessare)
        | lesen\ sie\ auch | auch\ interessant | voir\ aussi | sur\ le\ même\ thème
        | (?:read|view|show|see|load)\ (?:all\ )?(?:\(?\d+\)?\ )?comments
        | kommentare\ (?:lesen|anzeigen)
        | (?:voir|afficher|lire)\ (?:les\ )?(?:\d+\ )?commentaires
        | (?:ver|mostrar|leer|ler)\ (?:los\ |os\ )?(?:\d+\ )?coment[aá]rios
        | (?:leggi|mostra)\ (?:i\ )?(?:\d+\ )?commenti | (?:читать|показать)\ комментарии
        )(?:\s*[:(|].*)?
    )\W*$""",
    re.VERBOSE | re.IGNORECASE,
)
# Lines that interrupt an article without ending it.
_INLINE_FURNITURE = re.compile(
    r"""^\W*(?:
        advertisement | ad | sponsored(?:\ content)? | scroll\ to\ continue.* | story\ continues.*
      | continue\ reading.* | skip\ (?:to\ )?(?:main\ )?content | skip\ advertisement | menu
      | search | sign\ in | log\ in | home | share | tweet | email | print | listen(?:\ to\ this.*)?
      | (?:read(?:\ more)?|also\ read|read\ also|see\ also|related|more|watch|listen)\s*:.+
      | \d+\s+min(?:ute)?s?\ read | click\ here\b.* | (?:view\ )?comments? | close | toggle.*
      # The advertisement label in the other languages the archive reads, and a few more.
      | publicidad | anuncio | publicité | anzeige | werbung | pubblicità | publicidade | реклама
      | advertentie | reklama | reklam | 广告 | 広告 | 광고 | إعلان
    )\W*$""",
    re.VERBOSE | re.IGNORECASE,
)
# A sentence's last mark in every script the news is written in: the Latin and CJK ones, the
# danda of Hindi and Bengali (।), Urdu's and Arabic's full stop (۔), question mark and semicolon
# (؟ ؛), the Ethiopic (። ፧), Burmese (။), Armenian (։), Tibetan (།) and Khmer (។) full stops;
# then closing quotes, French's guillemet after its thin space ('C'est fini. »'). Ecuador's
# media close each piece with its class in brackets (`... en Radio Centro. (I)`: informative,
# opinion, formative, entertainment, sport), by law (Ley Orgánica de Comunicación).
_SENTENCE_END = re.compile(
    r"""[.!?…:;。！？｡．।॥۔؟؛።፧။։།។]["'”’)\]」』]*(?:[ \u00a0\u202f]?»)?["'”’)\]」』]*"""
    r"""(?:\s\([IOFED]\))?$"""
)


# Every credit form above names a photo, image, picture, credit, source or agency, or ends with
# a slash in its last words: the cheap test spares the long pattern most prose.
_CREDIT_WORDS = (
    "photo", "image", "picture", "credit", "source", "getty", "shutterstock", "epa",
    "crédit", "bild", "foto", "фото",
)  # fmt: skip
_CREDIT_SLASH = 200  # Characters from the end where a 'REUTERS/Name' credit's slash stands.


def _may_carry_credit(line: str) -> bool:
    lower = line.lower()
    return any(word in lower for word in _CREDIT_WORDS) or "/" in line[-_CREDIT_SLASH:]


def _is_rights(line: str) -> bool:
    return line.lstrip().startswith("©") or "rights reserved" in line.lower()


# One line is asked about from several places in a dump: these tests are cached.
_CACHED = functools.lru_cache(maxsize=4096)


# A wire story's paragraph closing on its credit, marked as a copyright after a full sentence
# (`…と指摘している。(c)AFP/Aminu ABUBAKAR`): the text's last paragraph, not a photo's caption.
_CREDITED_END = re.compile(
    r"""[.!?。！？]["'”’)\]」』]*\s*(?:\([cC]\)|©)\s?[A-Z]{2,}/[^/()]{1,40}$"""
)
_CREDITED_WORDS = 30  # Longer than a caption runs.


def is_credited_paragraph(line: str) -> bool:
    """A paragraph of prose with the wire's copyright credit as its tail."""
    return word_count(line) >= _CREDITED_WORDS and bool(_CREDITED_END.search(line.strip()))


@_CACHED
def is_caption(line: str) -> bool:
    """A photo caption or credit line."""
    if is_credited_paragraph(line):
        return False
    if _CAPTION_START.match(line) or (_CAPTION_MARK.search(line) and not _is_rights(line)):
        return True
    if _COURTESY.match(line) and word_count(line) <= _COURTESY_WORDS:
        return True
    return _may_carry_credit(line) and _has_credit_tail(line.strip())


def _has_credit_tail(line: str) -> bool:
    """Whether the line ends with a credit; `… in Huntsville/Madison County` names places."""
    found = _CREDIT_TAIL.search(line)
    if found is None:
        return False
    if found["slash"] is None or found["slash"].split("/")[0].isupper():
        return True  # Not the agency's pattern, or an agency in capitals (`REUTERS/…`).
    # The agency's pattern is read without case (`Reuters/Kim`), so a pair of places after a
    # preposition passes it too: a credit follows a sentence, a name or a caption's words.
    return _PLACE_BEFORE.search(line, 0, found.start()) is None


def split_captions(line: str) -> list[str]:
    """Captions run together on one line ('…(credit: X)Next caption…') as separate captions."""
    pieces, start = [], 0
    for match in _CREDIT_TAIL.finditer(line):
        if match.end() < len(line) and not line[match.end()].isspace():
            pieces.append(line[start : match.end()])
            start = match.end()
    pieces.append(line[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def caption_key(caption: str) -> str:
    """What makes two captions the same caption, whatever credit line or punctuation they carry."""
    without_credit = _CREDIT_TAIL.sub("", caption)
    return re.sub(r"\W+", " ", without_credit).strip().casefold()


_CONTACT = re.compile(r"\S+@\S+\.\w+|(?:^|\s)@\w{2,}")


# Cookie notices run long, so they are known by what they speak of rather than by their length:
# cookies and this site or its use (in English, Italian, Spanish, Portuguese, French, German).
_COOKIES = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:(?:this|our|questo|nostro|este|nuestro|nosso|ce|notre|diese[rm]?|unsere[rm]?)\s+"
    r"(?:site|website|sito|sitio|página|webseite|seite)|browsing|navigat\w*|navega\w*)\b",
    re.I,
)


_FOOTER_WORDS = 12  # Longer lines that open like furniture are mostly prose.
# Sentences only furniture writes, wherever they stand in the line.
_FURNITURE_SENTENCE = re.compile(
    r"all rights reserved|may not be (?:published|reproduced|redistributed|rewritten)"
    r"|contributed to this report"
    r"|(?:we|i) may (?:receive|earn|get) (?:a )?(?:small )?(?:commission|share)"
    r"|delivered (?:to your inbox|weekday mornings|through your letterbox)"
    r"|error processing your subscription|temporarily moderating all comments"
    r"|no part may be reproduced"
    # The licence numbers every Chinese site prints in its footer (ICP filing, public security
    # filing, the licences for news and audiovisual services).
    r"|icp[备備证證]|公网安备|公網安備|许可证\s*(?:编号|號|号)?\s*[:：]?\s*\d|許可證\s*\d",
    re.I,
)


# Labelled lists and credits that close an article however long they run.
_CLOSING_LIST = re.compile(
    r"^\W*(?:tags|filed\ under|topics|categories|keywords|schlagw[öo]rter|etiquetas|tag)\s*:"
    r"|^\W*(?:additional\ )?reporting\ by\b.*\bedit(?:ing|ed)\ by\b"
    r"|^\W*(?:about\ the\ authors?|über\ (?:den\ autor|die\ autorin)|sobre\ (?:el|o)\ autor"
    r"|à\ propos\ de\ l'auteur|об\ авторе)\W*$",
    re.I | re.X,
)


# A notice that the rest of the article is for subscribers: the page cuts the text there.
_PAYWALL = re.compile(
    r"""^\W*to\ read\ the\ full\ (?:story|article)
      | \b(?:subscribe|sign\ in|log\ in)\ to\ (?:continue\ reading|read\ the\ (?:full|rest))
      | \bthis\ (?:article|story)\ is\ (?:only\ )?(?:for|available\ to|reserved\ for)
        \ (?:subscribers|members|premium)
      | 会員限定です | 続きをお読みいただけます | 续阅读全文 | 订阅后阅读全文
      | (?:article|contenu)\ (?:est\ )?réservée?\ aux\ abonnés | la\ suite\ est\ réservée
      | il\ vous\ reste\ \d+\s?%\ de\ cet\ article | nur\ für\ abonnenten
      | (?:contenido|conteúdo)\ exclusivo\ para\ (?:suscriptores|assinantes|abonados)
      | riservato\ agli\ abbonati
      # An archive's wall: the rest of the page is the notice and a link to the archive.
      | \b(?:article|story|page)\ you\ (?:requested|are\ looking\ for)\ has\ been\ archived
      | \bthis\ (?:article|story)\ has\ been\ archived
    """,
    re.I | re.X,
)


# A literal piece of each notice above: a case-blind search of so many alternatives tries each
# at every position of a line, so lines holding none of these are passed over first.
_PAYWALL_KEYS = (
    "read the full", "subscribe", "sign in", "log in", "this article", "this story", "会員限定",
    "続きをお読み", "阅读全文", "abonn", "réservé", "il vous reste", "exclusivo", "riservato",
    "archived",
)  # fmt: skip


def is_paywall(line: str) -> bool:
    """A notice that the rest of the text is for subscribers (`To Read the Full Story`,
    `この記事は会員限定です`, `Cet article est réservé aux abonnés`)."""
    if word_count(line) > 40:
        return False
    lower = line.lower()
    return any(key in lower for key in _PAYWALL_KEYS) and bool(_PAYWALL.search(line))


# A site's notice of its rights, in the languages the archive reads: 'all rights reserved', 'no
# reproduction' (`版权所有`, `未经许可不得转载`, `無断転載を禁じます`, `무단전재 및 재배포 금지`,
# `Alle Rechte vorbehalten`, `جميع الحقوق محفوظة`). Prose uses the same words ('Der Verlag hatte
# sich alle Rechte vorbehalten, sagte …', 'جميع حقوق العمال محفوظة'), so a line is a notice
# only where it has a copyright sign or word, or the notice opens it, or ends a short one, or
# stands as a label near its start ('中国日报网版权说明：…', a paragraph on the terms of reuse).
_RIGHTS_NOTICE = re.compile(
    r"all rights reserved|derechos reservados|direitos reservados"
    r"|tous droits réservés|tutti i diritti riservati|alle rechte vorbehalten"
    r"|alle rechten voorbehouden|все права защищены|(?:усі|всі) права захищені"
    r"|wszelkie prawa zastrzeżone|všechna práva vyhrazena|minden jog fenntartva"
    r"|toate drepturile rezervate|alla rättigheter förbehållna|alle rettigheder forbeholdes"
    r"|tüm hakları saklıdır|hak cipta dilindungi|bảo lưu mọi quyền"
    r"|جميع الحقوق محفوظة|(?:کلیه|تمامی) حقوق[^.]{0,40}(?:سایت|پایگاه|خبرگزاری)[^.]{0,20}محفوظ"
    r"|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์|版[权權]所有"
    r"|版[权權](?:说明|說明|声明|聲明|保护|保護)\s*[:：]|(?:禁止|不得)(?:转载|轉載)"
    r"|無断(?:転載|複製|転用).{0,10}禁|著作権は.{0,30}帰属|무단\s?전재|재배포\s?금지",
    re.I,
)
_RIGHTS_KEYS = (
    "reserv", "rechte", "права", "prawa", "práva", "jog ", "drepturile", "rättigheter",
    "rettigheder", "hakları", "hak cipta", "quyền", "حقوق", "הזכויות", "सर्वाधिकार",
    "ลิขสิทธิ์", "版", "转载", "轉載", "無断", "著作権", "무단", "재배포",
)  # fmt: skip
_COPYRIGHT = re.compile(r"©|ⓒ|\(c\)|\bcopyright", re.I)
_RIGHTS_WORDS = 40
_RIGHTS_LABEL = 30  # Characters from the line's start where a notice may stand as a label.
_RIGHTS_SHORT = 12  # Words of a line a notice may end.
_RIGHTS_TAIL = 6  # Characters after a notice that ends its line ('を禁じます').


def is_rights_notice(line: str) -> bool:
    """A site's notice of its rights over what it publishes, in any language it reads."""
    lower = line.lower()
    if not any(key in lower for key in _RIGHTS_KEYS):
        return False
    found = _RIGHTS_NOTICE.search(line)
    if found is None:
        return False
    words = word_count(line)
    return (
        (words <= _RIGHTS_WORDS and bool(_COPYRIGHT.search(line)))
        or not line[: found.start()].strip(" \t-–—|·•:.")
        or (words <= _RIGHTS_SHORT and len(line[found.end() :].strip(" .。!")) <= _RIGHTS_TAIL)
        or (found.start() <= _RIGHTS_LABEL and line[found.end() :].lstrip()[:1] in (":", "："))
        or (found.start() <= _RIGHTS_LABEL and found.group().rstrip().endswith((":", "：")))
    )


@_CACHED
def is_footer(line: str) -> bool:
    """A line after which the article is over (related lists, sign-ups, contacts, copyright)."""
    words = word_count(line)
    return (
        (words <= _FOOTER_WORDS and bool(_FOOTER.match(line)))
        or (words <= 60 and bool(_CLOSING_LIST.match(line)))
        or (words <= 40 and _has_furniture_sentence(line))
        or is_rights_notice(line)
        or (words <= 15 and "@" in line and bool(_CONTACT.search(line)))
        or (words <= 60 and _is_cookie_notice(line))
        or is_paywall(line)
    )


# Every furniture sentence holds one of these words: the cheap test spares the pattern most prose.
_FURNITURE_WORDS = (
    "reserved", "may ", "contributed", "delivered", "subscription", "moderating", "icp", "安备",
    "安備", "许可证", "許可證",
)  # fmt: skip


def _has_furniture_sentence(line: str) -> bool:
    lower = line.lower()
    return any(word in lower for word in _FURNITURE_WORDS) and bool(
        _FURNITURE_SENTENCE.search(line)
    )


def _is_cookie_notice(line: str) -> bool:
    return (
        ("ookie" in line or "OOKIE" in line)
        and bool(_COOKIES.search(line))
        and bool(_COOKIE_CONTEXT.search(line))
    )


# What follows an article's last paragraph without being part of it: a note on the author,
# a prompt to share, follow or write in, a disclaimer.
_AUTHOR_NOTE = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*(?:\s\([^)]*\))?\s"
    r"(?:(?:is|was|has\ been|teaches|writes|covers|reports)\b[^.]{0,150}?"
    r"\b(?:writer|editor|reporter|contributor|correspondent|columnist|journalist|author|publisher"
    r"|developer|professor|fellow|analyst|producer)|joined\b[^.]{0,80}?\b(?:19|20)\d\d)\b"
    r"|^I\ am\ an?\ (?:[\w-]+,\ )*(?:writer|journalist|reporter|editor|columnist)\b",
    re.X,
)
_PROMPT = re.compile(
    r"^\W*(?:like\ this\ (?:story|article)\?|have\ a\ (?:news\ )?tip\?|love\ this\?"
    r"|to\ (?:listen|watch|read)\ (?:to\ )?the\ (?:complete|full)\b|join\ our\b"
    r"|follow\ [A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+)*\ on\ (?:twitter|facebook))",
    re.I | re.X,
)
_DISCLAIMER = re.compile(
    r"\b(?:opinions|views)\ expressed\b|\bdo(?:es)?\ not\ necessarily\ reflect\b", re.I | re.X
)


def is_author_note(line: str) -> bool:
    """A note on the article's author ('Jane Doe is a reporter for …', 'Markus Balser kam 2001
    zur Süddeutschen Zeitung'), in any language closing_notes.py reads."""
    return bool(_AUTHOR_NOTE.match(line)) or closing_notes.is_author_note(line)


def is_end_note(line: str) -> bool:
    """A note after the text: about its author, a prompt to share or follow, a disclaimer, a
    pitch, notes on the author and prompts in other languages (closing_notes.py)."""
    return (
        bool(_AUTHOR_NOTE.match(line))
        or bool(_PROMPT.match(line))
        or (word_count(line) <= 60 and bool(_DISCLAIMER.search(line)))
        or closing_notes.is_closing_note(line)
    )


# A link to another story under a label: 'Related article: …', 'Related stories: …'.
_RELATED_LINK = re.compile(
    r"^\W*related\ (?:articles?|posts?|stor(?:y|ies)|links?|coverage|content|reading|videos?)\s*:",
    re.I | re.X,
)


def is_related_link(line: str) -> bool:
    """A labelled link to another story, which no article's text ends on."""
    return bool(_RELATED_LINK.match(line))


@_CACHED
def is_furniture(line: str) -> bool:
    """Page furniture inside or before the article: ads, share buttons, menus."""
    return bool(_INLINE_FURNITURE.match(line)) or _is_menu(line)


_BREADCRUMB = re.compile(r"^Home(?:\s+(?:[A-Z][\w'’.-]*|&))+$")


_MENU_MARK = re.compile(r"[|›»>/•·]")
_MENU_SPLIT = re.compile(r"\s*[|›»>/•·]\s*")


def _is_menu(line: str) -> bool:
    # "Home | World | Asia", "World › Asia › Korea", or a breadcrumb "Home News World Africa".
    if (
        line.lstrip().startswith("Home")
        and word_count(line) <= 10
        and _BREADCRUMB.match(line.strip())
    ):
        return True
    if not _MENU_MARK.search(line):
        return False
    items = [item for item in _MENU_SPLIT.split(line) if item.strip()]
    return len(items) >= 3 and all(word_count(item) <= 3 for item in items)


def ends_sentence(line: str) -> bool:
    """Whether the line ends the way prose does (a sentence, then perhaps the wire's credit)."""
    return bool(_SENTENCE_END.search(line.strip())) or is_credited_paragraph(line)


def is_paragraph(line: str) -> bool:
    """Article prose: a sentence, or a long line."""
    words = word_count(line)
    return words >= 20 or (words >= 4 and ends_sentence(line))


# Where one sentence ends and the next begins: a full stop of any script (an ellipsis too), its
# closing quote, a space (none after a CJK one), and a capital or a letter of a script without
# capitals ('… dit-il. Émile', '… घोषणा की। सरकार'), perhaps after an opening quote.
_BREAK = re.compile(r"(?:[.!?…।۔؟።။։།។]['\"”’)»]?\s+|[。！？]['\"”’」』)]?\s*)['\"“«‘]?([^\W\d_])")


def sentence_breaks(line: str) -> int:
    """How many sentences of the line follow another (0 for one sentence)."""
    return sum(1 for found in _BREAK.finditer(line) if not found.group(1).islower())


def could_be_headline(line: str) -> bool:
    """A headline is short; prose of several sentences is not one."""
    words = word_count(line)
    sentences = sentence_breaks(line)
    if sentences == 0:
        return words <= 30
    return sentences == 1 and words <= 20


def could_be_heading(line: str) -> bool:
    """Short, unpunctuated text: a sub-heading when prose follows it."""
    return 1 <= word_count(line) <= 12 and not ends_sentence(line) and line.strip()[0].isalnum()


# Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer): about two characters
# make a word.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)


@_CACHED
def word_count(line: str) -> int:
    """Words on the line; in scripts without spaces, a word every two characters."""
    spaced = len(line.split())
    if line.isascii():
        return spaced
    return spaced + len(_UNSPACED.findall(line)) // 2


# A byline or a date: 'By ...', a line opening with a number ('1 day ago', '19.11.2019'), a year
# or a time of day.
_FIELD = re.compile(r"^(?:by\s|\W*\d)|\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b", re.I)


def is_field(line: str) -> bool:
    """A short line that names a person or a day: the byline or date under a headline."""
    return word_count(line) <= 12 and bool(_FIELD.search(line))
