"""Where the article's own text starts under its headline: past standfirsts and lead photos."""

from __future__ import annotations

from app.extract import leads
from app.extract.textdump import extract_text_dump

_HEAD = " date 2019-11-20 The Daily Post - News Sport\nCouncil approves the new bridge\n"
_TEXT = (
    "The council approved the new bridge on Friday after a long and bitter debate about its cost.\n"
    "Work starts in the spring and should end within two years, the council said on Friday.\n"
)


def test_a_summary_over_the_lead_photo_is_not_the_first_paragraph() -> None:
    dump = (
        _HEAD
        + "The town's biggest project since the war is finally going ahead.\n"
        + "The old bridge at dusk on Thursday. (Photo: AP)\n"
        + _TEXT
    )
    draft = extract_text_dump(dump)
    assert draft.paragraphs[0].startswith("The council approved")


def test_a_dateline_lead_over_a_photo_is_the_first_paragraph() -> None:
    lead = "LONDON (Reuters) - The council approved the new bridge on Friday after a long debate."
    dump = _HEAD + lead + "\nThe old bridge at dusk on Thursday. (Photo: AP)\n" + _TEXT
    draft = extract_text_dump(dump)
    assert draft.paragraphs[0] == lead


def test_a_line_over_a_credit_alone_is_a_caption() -> None:
    caption = "The old bridge at dusk on Thursday, a day before the council voted to replace it."
    draft = extract_text_dump(_HEAD + caption + "\nCredit: Jane Roe\n" + _TEXT)
    assert draft.paragraphs[0].startswith("The council approved")
    assert caption in draft.captions


def test_a_contributors_disclosure_and_bio_before_the_text_are_passed_over() -> None:
    notes = (
        "Opinions expressed by Daily Post Contributors are their own.\n"
        "I am a writer, journalist and professor, and I cover how the town's money is spent.\n"
    )
    draft = extract_text_dump(_HEAD + notes + _TEXT)
    assert draft.paragraphs[0].startswith("The council approved")


def test_a_caption_that_reads_like_one_is_passed_over_without_a_credit() -> None:
    caption = "Mayor Jane Roe, pictured at the old bridge in 2018, when she was a councillor."
    draft = extract_text_dump(_HEAD + caption + "\n" + _TEXT)
    assert draft.paragraphs[0].startswith("The council approved")


def test_a_videos_description_is_not_the_first_paragraph() -> None:
    video = "Video\nBridge vote explained\nOur reporter explains what the council's vote means.\n"
    draft = extract_text_dump(_HEAD + video + _TEXT)
    assert draft.paragraphs[0].startswith("The council approved")


def test_a_teaser_cut_short_is_not_the_first_paragraph() -> None:
    teaser = "The council has approved a new bridge over the river after a long and bitter,...\n"
    draft = extract_text_dump(_HEAD + teaser + _TEXT)
    assert draft.paragraphs[0].startswith("The council approved")


def test_a_summary_over_a_caption_that_reads_like_one_is_the_pages() -> None:
    summary = "The town's biggest project since the war is finally going ahead.\n"
    caption = "An artist's rendering of the new bridge over the river at dusk.\n"
    draft = extract_text_dump(_HEAD + summary + caption + _TEXT)
    assert draft.paragraphs[0].startswith("The council approved")


def test_a_pose_and_where_it_is_taken_reads_as_a_caption() -> None:
    assert leads.reads_as_caption("The couple pose in the office of their lawyer, Scott Rynecki.")
    assert leads.reads_as_caption("The winners posed outside the town hall on Friday.")
    assert not leads.reads_as_caption("The new rules pose a risk to small lenders, he said.")


def test_a_players_label_glued_to_its_caption_reads_as_a_caption() -> None:
    assert leads.reads_as_caption("Media captionWho is Julian Assange?")
    assert leads.reads_as_caption("Image caption Eva-Marie Persson said the decision had been hard")
    assert not leads.reads_as_caption("Image captions are written by the picture desk's editors.")
