"""Countries named by one character in Chinese and Japanese news: '美' for the United States
in '美方' (the US side), '访华' (a visit to China), '中美关系' (China-US relations), '米政府' (the
US government), '日米首脳会談'.

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
        )
    return ()


def _zh_single() -> str:
    """One of _ZH_SINGLE, not where it ends a word with the character before it."""
    return "|".join(
        f"(?<![{_ZH_WORD_ENDS[char]}]){char}" if char in _ZH_WORD_ENDS else char
        for char in _ZH_SINGLE
    )


def abbreviations(text: str, language: str | None) -> Iterator[tuple[int, int, Alias]]:
    """Each character of `text` that names a country (start, end, alias)."""
    base = (language or "").split("-")[0]
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
