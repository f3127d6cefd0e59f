"""Short country names in CJK languages and Vietnamese (app/enrich/geo/abbreviations.py)."""

from __future__ import annotations

import pytest

from app.enrich.geo.tagger import tag_countries


def _codes(text: str, language: str) -> list[str]:
    return sorted(mention.code for mention in tag_countries(None, [text], language))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "中美关系持续紧张", ["CN", "US"]),
        ("zh", "俄乌冲突进入第三年", ["RU", "UA"]),
        ("zh", "巴以冲突造成大量伤亡", ["IL", "PS"]),  # 巴 is Palestine beside 以.
        ("zh", "印巴冲突", ["IN", "PK"]),
        ("zh", "所以中美关系紧张", ["CN", "US"]),  # 以 (so) is no Israel before 中美.
        ("zh", "中方表示坚决反对", ["CN"]),
        ("zh", "国务卿赴美访问前夕", ["US"]),
        ("zh", "沙特和阿联酋", ["AE", "SA"]),
        ("ja", "日米首脳会談が開かれた", ["JP", "US"]),
        ("ja", "米政府は声明を出した", ["US"]),
        ("ja", "首相が来日した", ["JP"]),
        ("ja", "日中間の対話が再開された", ["CN", "JP"]),
        ("ja", "米中間選挙で共和党が勝利した", ["US"]),  # The US midterm election.
        ("ja", "日比首脳会談で合意した", ["JP", "PH"]),  # Japan and the Philippines.
        ("ja", "中台関係が緊張している", ["CN", "TW"]),
        ("ko", "한미 정상회담 내달 개최", ["KR", "US"]),
        ("ko", "한일 외교장관, 도쿄서 회담", ["JP", "KR"]),
        ("ko", "한미일 안보실장 회의", ["JP", "KR", "US"]),
        ("ko", "한미동맹 강화", ["KR", "US"]),
        ("ko", "미중이 관세를 올렸다", ["CN", "US"]),
        ("ko", "남북 관계가 경색됐다", ["KP", "KR"]),
        ("ko", "북미 정상회담 재개", ["KP", "US"]),
        ("ko", "주한미군 병력", ["KR", "US"]),
        ("ko", "대북 제재 강화", ["KP"]),
        ("ko", "美 국무부 대변인", ["US"]),
        ("ko", "北 미사일 발사", ["KP"]),
        ("ko", "미 국무부는 성명을 냈다", ["US"]),
        ("ko", "한·미 정상회담", ["KR", "US"]),
        ("ko", "한ㆍ미ㆍ일 안보실장 회의", ["JP", "KR", "US"]),
        ("vi", "Quan hệ Việt - Mỹ bước sang giai đoạn mới", ["US", "VN"]),
        ("vi", "Căng thẳng Mỹ-Trung leo thang", ["CN", "US"]),
    ],
)
def test_one_character_names_where_the_words_around_make_them_countries(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "其中美好的部分"),  # Among them, the beautiful part.
        ("zh", "在节日方面"),  # As for the holiday.
        ("zh", "未来美好"),  # The future is bright.
        ("zh", "以军事手段解决"),  # By military means.
        ("zh", "港澳媒体报道"),  # Hong Kong and Macau media.
        ("zh", "拉美媒体报道"),  # Latin American media.
        ("zh", "南美军队举行演习"),  # South American armies.
        ("zh", "清朝军队曾在此驻扎"),  # The Qing dynasty's army.
        ("zh", "经批准后依法方可开展"),  # Only then, by law, may it start.
        ("zh", "精英媒体的报道"),  # The elite media.
        ("zh", "卓越方案正在推广"),  # An excellent plan.
        ("zh", "他赴法院出庭"),  # He went to court.
        ("ja", "日中は暑い"),  # In the daytime.
        ("ja", "玄米を食べる"),  # Brown rice.
        ("ja", "単独政権を樹立した"),  # A one-party government.
        ("ja", "本日中間決算を発表した"),  # Today, interim results.
        ("ja", "前年比で増加した"),  # Year on year, up.
        ("ja", "台風の影響で欠航した"),  # A typhoon.
        ("ja", "伊藤首相が会談した"),  # A surname.
        ("ko", "북미 시장을 공략한다"),  # The North American market.
        ("ko", "남북 고속철도 착공"),  # A north-south railway.
        ("ko", "2026 북중미 월드컵"),  # North and Central America's World Cup.
        ("ko", "회의 중일 때 전화했다"),  # While in a meeting.
        ("ko", "10년간 일한 경험"),  # Ten years' work.
        ("ko", "사이드 미러 파손"),  # A wing mirror.
        ("ko", "한미약품 실적"),  # A drug maker.
        ("ko", "대미를 장식했다"),  # Crowned the end.
        ("ko", "3日 개막"),  # The 3rd.
        ("ko", "남·북 고속철도"),  # A north-south railway.
        ("vi", "Ông Nguyễn Văn Trung cho biết"),  # A given name, in no pair.
    ],
)
def test_the_same_characters_inside_other_words_name_nothing(language: str, text: str) -> None:
    assert _codes(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh-Hans", "沪指周三收涨0.5%。", ["CN"]),  # Shanghai's index.
        ("zh-Hans", "京津冀协同发展取得新进展。", ["CN"]),
        ("zh-Hant", "港府宣布新的防疫措施。", ["HK"]),
        # The same characters at other words' edges: a port's, a verb's, a bay area's.
        ("zh-Hans", "首批进口大豆顺利抵港。", []),
        ("zh-Hans", "天津港股份有限公司发布公告。", ["CN"]),
        ("zh-Hans", "本周45港铁矿石库存下降。", []),
        ("zh-Hans", "塔利班要求前政府士兵上交所有武器。", []),
        ("zh-Hans", "经济学家陈恒指出，欧元区增长放缓。", []),
        ("zh-Hans", "纽约湾区是世界四大湾区之一。", []),
        ("zh-Hans", "伊朗国家电视台当局称。", ["IR"]),
        ("zh-Hans", "他们在东京城市中心开会。", ["JP"]),
        ("ja", "台湾東部の花蓮県内で地震があった。", ["TW"]),
    ],
)
def test_towns_one_character_names_in_the_words_news_writes_them_in(
    language: str, text: str, expected: list[str]
) -> None:
    assert _codes(text, language) == expected
