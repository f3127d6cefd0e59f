"""Countries named by one character in Chinese and Japanese news: '美' for the United States
in '美方' (the US side), '访华' (a visit to China), '中美关系' (China-US relations), '米政府' (the
US government), '日米首脳会談'; and by one syllable in Korean: '한미 정상회담' (the Korea-US
summit), '미 국무부' (the US State Department), or one Chinese character in its headlines: '美'.

CLDR gives no such short forms, so they are written here by hand, and read only where the words
around them make the character a country: the same characters are words ('美' beautiful, '中'
middle, '日' day, '米' rice, '以' by) and, with no spaces between words, inside other words
('其中美国': among them the US; '节日方面': as for the holiday).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from app.enrich.geo.gazetteer import Alias, Kind

_ZH = {
    "美": "US", "中": "CN", "华": "CN", "華": "CN", "俄": "RU", "日": "JP", "韩": "KR", "韓": "KR",
    "朝": "KP", "英": "GB", "法": "FR", "德": "DE", "乌": "UA", "烏": "UA", "印": "IN", "巴": "PK",
    "以": "IL", "伊": "IR", "澳": "AU", "越": "VN", "菲": "PH",
}  # fmt: skip
_JA = {
    "米": "US", "中": "CN", "露": "RU", "日": "JP", "韓": "KR", "朝": "KP", "英": "GB",
    "仏": "FR", "独": "DE", "印": "IN", "豪": "AU",
    # Read in pairs only ('日比首脳会談', '日伊外相会談', '中台関係'): alone they are words.
    "比": "PH", "伊": "IT", "加": "CA", "台": "TW", "越": "VN",
}  # fmt: skip
# Two countries side by side before a word of what is between them: '中美关系', '俄乌冲突'.
_ZH_BETWEEN = (
    "关系|關係|两国|兩國|双方|雙方|会谈|會談|会晤|會晤|峰会|峰會|贸易|貿易|经贸|經貿|冲突|衝突"
    "|战争|戰爭|对话|對話|合作|元首|外长|外長|首脑|首腦|防长|联合|聯合|同盟|谈判|談判|竞争|競爭|对抗"
)
# 間 (between) but not the word 中間 (middle) beginning another: '米中間選挙' (the US midterm
# election), '本日中間決算' (today, interim results); '日中間の対話' is between Japan and China.
_JA_BETWEEN = (
    "関係|首脳|会談|対立|同盟|協議|貿易|外相|外務|防衛|共同|(?<!中)間|間(?![\u4e00-\u9fff])"
    "|戦争|摩擦|協力|交渉|合意"
)
# One country before what belongs to it, or after a visit or an embassy: '美方', '俄军', '访华'.
_ZH_OWN = "方(?!面|法|式|向|针|案|便)|军(?!事)|軍(?!事)|媒|政府|外交部|国防部|總統|总统|驻"
_ZH_SINGLE = "美俄日韩韓朝英法德乌烏澳越菲"  # Not 中 (其中), 以 (以军事), 巴, 伊, 印: words.
# What ends a word with one of them: 拉美 and 南美 (Latin and South America), 港澳 (Hong Kong and
# Macau), 依法 and 做法 (by law, a way), 清朝 (the Qing dynasty), 精英 (elite), 卓越 (excellent).
_ZH_WORD_ENDS = {
    "美": "拉南北欧歐赞讚甜完优優精审審健",
    "澳": "港",
    "法": "依做办辦想说說方违違合司立执執宪憲非语語书書兵用算手魔看",
    "朝": "清明唐宋元汉漢王前历歷本",
    "英": "精群菁",
    "越": "卓优優超穿飞飛跨逾翻攀",
    "德": "道品公功美",
}
# After a visit: not the start of another word (赴法院, to court; 赴德州, to Texas).
_ZH_VISIT = (
    "(?:访|訪|赴|驻|駐|抵)([华華美俄日韩韓朝英法德])(?!院|庭|律|规|規|官|治|制|容|术|術|州)"
    "|(?:来|來)([华華])"  # Not 未来美好.
)
# What ends a word that the character may start another after: '其中' (among them), '节日'.
_ZH_NOT_AFTER = "其集空当當之节節周週今昨每明生假末平"
# 以 (by), 伊 and 巴 (Iran or Iraq, Pakistan or Palestine) only in the pairs news writes them
# in ('所以中美关系' is 'so China-US relations'); 巴以 is Palestine and Israel.
_ZH_IN_PAIRS_ONLY = "以伊巴"
_PAIRS = {"巴以": ("PS", "IL"), "美以": ("US", "IL"), "美伊": ("US", "IR"), "印巴": ("IN", "PK")}
_JA_OWN = (
    "政府|軍|大統領|国務省|国防総省|外務省|国防省|側|当局|紙|議会|首相|政権|企業|経済|中間選挙"
)
_JA_SINGLE = "米露韓英仏独豪"  # Not 日 (毎日), 中 (日中: daytime), 朝 (morning), 印.
_JA_NOT_AFTER = "単孤暴披吐結玄精白新"  # 単独政権 (one party's government), 暴露, 玄米.
_JA_VISIT = "訪|来|駐|離"
# A headline's subject before its comma: '米、対中関税を引き上げ', '比、南沙に監視拠点'; not 朝
# (朝、目が覚めると: in the morning) nor 日 (日、祝日は休業: Sundays); 中 not before a school
# or a size ('中、高校生': junior and senior high school students).
_JA_HEADLINE = "米露韓英仏独豪印比伊加台越"
_JA_MIDDLE_BEFORE = "高小大中学"


@cache
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    if language == "zh":
        chars = "".join(char for char in _ZH if char not in _ZH_IN_PAIRS_ONLY)
        pairs = "|".join(_PAIRS)
        return (
            (
                re.compile(
                    f"(?<![{_ZH_NOT_AFTER}])([{chars}])([{chars}])([{chars}])?(?={_ZH_BETWEEN})"
                ),
                _ZH,
            ),
            (re.compile(f"(?<![{_ZH_NOT_AFTER}])(?:{pairs})(?={_ZH_BETWEEN})"), _ZH),
            (re.compile(f"(?<![{_ZH_NOT_AFTER}])({_zh_single()})(?={_ZH_OWN})"), _ZH),
            # '中方' (the Chinese side), the commonest; 中 before anything else is a word.
            (re.compile(f"(?<![{_ZH_NOT_AFTER}手心途])(中)(?=方(?!面|法|式|向|针|案|便))"), _ZH),
            (re.compile(_ZH_VISIT), _ZH),
        )
    if language == "ja":
        chars = "".join(_JA)
        return (
            (re.compile(f"([{chars}])([{chars}])(?:([{chars}]))?(?={_JA_BETWEEN})"), _JA),
            (re.compile(f"(?<![{_JA_NOT_AFTER}])([{_JA_SINGLE}])(?={_JA_OWN})"), _JA),
            (re.compile(f"(?:{_JA_VISIT})([米中露日韓英仏独])(?![\u4e00-\u9fff])"), _JA),
            (
                re.compile(
                    f"(?:^|(?<=[\\s「『]))([{_JA_HEADLINE}]|中(?=、[^{_JA_MIDDLE_BEFORE}]))(?=、)",
                    re.MULTILINE,
                ),
                _JA,
            ),
        )
    return ()


# Korean: pairs and threes of syllables before a word of what is between them ('한미동맹', '한일
# 간', '남북 관계', '북미 정상회담'); the commonest pairs also as a word of their own or before a
# particle ('한미 외교장관', '미중이'). Others are words too: 북미 and 중미 (North and Central
# America), 남북 (north-south, a railway's too), 미러 (a mirror), 중일 ('회의 중일 때', while in a
# meeting), 일한 (worked). 북한, 남한, 북중미 and 중남미 are names the gazetteer reads.
_KO = {"한": "KR", "미": "US", "일": "JP", "중": "CN", "북": "KP", "러": "RU", "남": "KR"}
_KO_PAIRS = {"한미", "한일", "한중", "한러", "미중", "미일", "북중", "북러", "북일", "중러", "미북"}
_KO_PAIRS |= {"한미일", "한중일", "한일중"}
_KO_NAMES = {"북한", "남한", "북중미", "중남미"}
_KO_BETWEEN = re.compile(
    r"\s?(?:정상|관계|동맹|회담|외교|외무|국방|무역|통상|경제|협력|공조|합의|갈등|연합|훈련|군사|대화|협상"
    r"|협의|안보|전략|관세|분쟁|교류|수교|경협|협정|통일|화해|이산가족|FTA|간\b)"
)
_KO_PARTICLE = re.compile(r"(?:의|는|은|이|가|와|과|도|에|서)(?![\uac00-\ud7a3])")
_HANGUL = "\uac00-\ud7a3"
# Written together or with a middle dot: '한미', '한·미', '한ㆍ미ㆍ일'.
_KO_DOTS = "·ㆍ・"
_KO_PAIR = re.compile(f"(?<![{_HANGUL}])[한미일중북러남](?:[{_KO_DOTS}]?[한미일중북러남]){{1,2}}")
# One syllable: after a visit, a stance or a post ('방미', '대북 제재', '주한미군', '주미 대사'), US
# forces ('미군'), and alone before the state's organs ('미 국무부', '북 미사일', '중 외교부').
# Not 방한 (방한복, winter clothes), 대중 (the public), 대미를 (the finale), 주일 (Sunday).
_KO_ONE = re.compile(
    f"(?<![{_HANGUL}])(?:방([미중일북러])(?![{_HANGUL}])|대([미북일러])(?=\\s)|주(한)"
    "|주(미)(?=\\s?(?:대사|특파원|공사|영사))|(미)군"
    "|(미)\\s(?=국무부|국방부|정부|대통령|의회|행정부|상무부|재무부|하원|상원|당국|연준|군)"
    "|(북)\\s(?=미사일|핵|정권|외무성|매체|당국|김정은|노동당|군)"
    "|(중)\\s(?=외교부|국방부|상무부|관영|공산당))"
    "|(?<=주한)(미)군"
)
_KO_HANJA = {
    "美": "US", "中": "CN", "日": "JP", "北": "KP", "韓": "KR", "英": "GB", "佛": "FR", "獨": "DE",
    "露": "RU", "印": "IN", "越": "VN", "臺": "TW", "台": "TW",
}  # fmt: skip
# A Chinese character alone amid Korean letters (not after a figure: '3日' is a day).
_KO_HANJA_RUN = re.compile(
    f"(?<![0-9\u4e00-\u9fff])[{''.join(_KO_HANJA)}]{{1,3}}(?![\u4e00-\u9fff])"
)


def _korean(text: str) -> Iterator[tuple[int, int, Alias]]:
    for match in _KO_HANJA_RUN.finditer(text):
        for at in range(match.start(), match.end()):
            yield at, at + 1, Alias(text[at], _KO_HANJA[text[at]], Kind.SHORT)
    for match in _KO_PAIR.finditer(text):
        pair, after = re.sub(f"[{_KO_DOTS}]", "", match.group()), text[match.end() :]
        if len(set(pair)) < len(pair) or pair in _KO_NAMES or ("남" in pair and pair != "남북"):
            continue
        alone = not after[:1] or not re.match(f"[{_HANGUL}]", after) or _KO_PARTICLE.match(after)
        if _KO_BETWEEN.match(after) or (alone and pair in _KO_PAIRS):
            for at in range(match.start(), match.end()):
                if text[at] in _KO:
                    yield at, at + 1, Alias(text[at], _KO[text[at]], Kind.SHORT)
    for match in _KO_ONE.finditer(text):
        group = next(g for g in range(1, (match.lastindex or 0) + 1) if match.group(g))
        at = match.start(group)
        yield at, at + 1, Alias(text[at], _KO[text[at]], Kind.SHORT)


# Vietnamese writes two or three countries joined by a dash with one syllable of each name
# ('quan hệ Việt - Mỹ', 'Mỹ-Trung', 'Việt - Lào - Campuchia'); alone those syllables are words
# and names ('Trung', 'Đức', 'Anh': a given name, a brother), so only in such a chain. Names
# written in full ('Mỹ', 'Nga', 'Pháp', 'Lào') are the gazetteer's, in a chain or not.
_VI = {
    "Việt": "VN", "Trung": "CN", "Nhật": "JP", "Hàn": "KR", "Triều": "KP", "Anh": "GB",
    "Đức": "DE", "Thái": "TH", "Ấn": "IN", "Mỹ": "US", "Nga": "RU", "Pháp": "FR", "Lào": "LA",
    "Úc": "AU", "Campuchia": "KH", "Ukraine": "UA", "Israel": "IL", "Iran": "IR",
}  # fmt: skip
_VI_NAME = "|".join(sorted(_VI, key=len, reverse=True))
_VI_CHAIN = re.compile(f"(?<!\\w)(?:{_VI_NAME})(?:\\s?[-–]\\s?(?:{_VI_NAME})){{1,2}}(?!\\w)")
_VI_PART = re.compile(f"(?<!\\w)(?:{_VI_NAME})(?!\\w)")


def _vietnamese(text: str) -> Iterator[tuple[int, int, Alias]]:
    for chain in _VI_CHAIN.finditer(text):
        for part in _VI_PART.finditer(chain.group()):
            start = chain.start() + part.start()
            yield (
                start,
                start + len(part.group()),
                Alias(part.group(), _VI[part.group()], Kind.SHORT),
            )


def _zh_single() -> str:
    """One of _ZH_SINGLE, not where it ends a word with the character before it."""
    return "|".join(
        f"(?<![{_ZH_WORD_ENDS[char]}]){char}" if char in _ZH_WORD_ENDS else char
        for char in _ZH_SINGLE
    )


def abbreviations(text: str, language: str | None) -> Iterator[tuple[int, int, Alias]]:
    """Each character of `text` that names a country (start, end, alias)."""
    base = (language or "").split("-")[0]
    if base == "ko":
        yield from _korean(text)
        return
    if base == "vi":
        yield from _vietnamese(text)
        return
    for pattern, codes in _patterns(base):
        for match in pattern.finditer(text):
            if match.group() in _PAIRS:
                for offset, code in enumerate(_PAIRS[match.group()]):
                    start = match.start() + offset
                    yield start, start + 1, Alias(text[start], code, Kind.SHORT)
                continue
            for group in range(1, (match.lastindex or 0) + 1):
                char = match.group(group)
                if char:
                    start = match.start(group)
                    yield start, start + 1, Alias(char, codes[char], Kind.SHORT)
