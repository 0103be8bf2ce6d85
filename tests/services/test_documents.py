"""Printed documents read back: participant cards (the QR codes decode to the card text),
the attendance sheet of a session, certificates of the graduates."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from enrollment_app.domain.card_code import decode_card, encode_card
from enrollment_app.services import completion
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.documents import pdf_page
from enrollment_app.services.documents.attendance_sheet import write_attendance_sheet
from enrollment_app.services.documents.certificates import write_certificates
from enrollment_app.services.documents.fonts import PdfFont, pdf_font
from enrollment_app.services.documents.participant_cards import write_participant_cards
from enrollment_app.services.documents.pdf_page import (
    DocumentCancelledError,
    NothingToPrintError,
)
from enrollment_app.services.errors import PermissionDeniedError
from enrollment_app.storage.models import Participant
from tests.class_setup import Setting, setting
from tests.finished_class import FIRST_DAY, TODAY, finished_class, mark_codes
from tests.staff import add_staff

PERSONAL_DATA = "UU PDP"


@pytest.fixture
def place(supervisor: ServiceContext) -> Setting:
    return setting(supervisor)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the PDFs (the data folder sits beside it)."""
    folder = tmp_path / "pdf"
    folder.mkdir()
    return folder


def read_pdf(path: Path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))  # leaves no file open


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in read_pdf(path).pages]


def names_of(ctx: ServiceContext, ids: tuple[str, ...]) -> dict[str, str]:
    with ctx.read() as session:
        return {pid: session.get(Participant, pid).full_name for pid in ids}  # type: ignore[union-attr]


def test_the_font_has_the_glyphs() -> None:
    font = pdf_font()
    assert font.is_unicode and font.regular is not None and font.regular.is_file()


# ------------------------------------------------------------------------------ cards
def test_cards_eight_per_page_with_a_qr_code_that_scans_back(
        supervisor: ServiceContext, place: Setting, out: Path) -> None:
    done = finished_class(supervisor, place, people=10, sessions=1)
    out = out / "kartu.pdf"
    result = write_participant_cards(supervisor, done.class_id, out)
    assert (result.pages, result.items) == (2, 10)
    reader = read_pdf(out)
    assert len(reader.pages) == 2
    names = names_of(supervisor, done.participant_ids)
    texts = page_texts(out)
    assert sum(name in texts[0] for name in names.values()) == 8
    assert all(PERSONAL_DATA in text and "Tata Boga A" in text for text in texts)
    with supervisor.read() as session:
        niks = [session.get(Participant, p).nik for p in done.participant_ids]  # type: ignore[union-attr]
    assert not any(nik in "".join(texts) for nik in niks)  # no NIK on a card
    # Each card's QR image decodes to the card text of someone in the class.
    scanned = []
    for page in reader.pages:
        for image in page.images:
            [code] = zxingcpp.read_barcodes(image.image)
            scanned.append(code.text)
    assert sorted(scanned) == sorted(encode_card(p) for p in done.participant_ids)
    assert {decode_card(text) for text in scanned} == set(done.participant_ids)


def test_cards_for_some_people_only(supervisor: ServiceContext, place: Setting,
                                    out: Path) -> None:
    done = finished_class(supervisor, place, people=3, sessions=1)
    lost = done.participant_ids[1]
    result = write_participant_cards(supervisor, done.class_id, out / "ganti.pdf",
                                     participant_ids=[lost])
    assert (result.pages, result.items) == (1, 1)
    assert names_of(supervisor, (lost,))[lost] in page_texts(result.path)[0]


def test_no_cards_for_an_empty_class_and_not_for_another_trainers_class(
        supervisor: ServiceContext, place: Setting, out: Path) -> None:
    done = finished_class(supervisor, place, people=0, sessions=1)
    with pytest.raises(NothingToPrintError):
        write_participant_cards(supervisor, done.class_id, out / "kosong.pdf")
    other = add_staff(supervisor, "pelatih2", "trainer")
    with pytest.raises(PermissionDeniedError):
        write_participant_cards(other, done.class_id, out / "x.pdf")
    assert not list(out.iterdir())


def test_a_cancelled_document_leaves_no_file(supervisor: ServiceContext, place: Setting,
                                             out: Path) -> None:
    done = finished_class(supervisor, place, people=3, sessions=1)
    calls: list[tuple[int, int]] = []

    def progress(n: int, total: int) -> bool:
        calls.append((n, total))
        return n < 2

    with pytest.raises(DocumentCancelledError):
        write_participant_cards(supervisor, done.class_id, out / "batal.pdf",
                                progress=progress)
    assert calls == [(0, 3), (1, 3), (2, 3)]
    assert not list(out.iterdir())


def test_without_a_unicode_font_names_still_print(supervisor: ServiceContext, place: Setting,
                                                  out: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_page, "pdf_font", lambda: PdfFont("helvetica"))
    done = finished_class(supervisor, place, people=1, sessions=1)
    with supervisor.write() as session:
        session.get(Participant, done.participant_ids[0]).full_name = "Siti Ṣalihah"  # type: ignore[union-attr]
    result = write_participant_cards(supervisor, done.class_id, out / "core.pdf")
    assert "Siti ?alihah" in page_texts(result.path)[0]


# ------------------------------------------------------------------------------ sheet
def test_the_attendance_sheet_lists_everyone_with_the_session_header(
        supervisor: ServiceContext, place: Setting, out: Path) -> None:
    done = finished_class(supervisor, place, people=25, sessions=2)
    result = write_attendance_sheet(place.trainer, done.session_ids[1],
                                    out / "daftar_hadir.pdf")
    assert (result.pages, result.items) == (2, 25)
    texts = page_texts(result.path)
    day = FIRST_DAY + timedelta(1)
    for text in texts:  # every page says which session it belongs to
        assert f"{day.day} Mar 2026" in text and "Materi 2" in text
        assert "Aula Kelurahan Sukarasa" in text and "Budi Pelatih" in text
        assert "Signature" in text and PERSONAL_DATA in text
    whole = "\n".join(texts)
    assert all(name in whole for name in names_of(supervisor, done.participant_ids).values())
    assert "Sukarasa" in whole  # the kelurahan column
    assert "25" in texts[1] and "H = Present" in texts[1]


# ------------------------------------------------------------------------------ certificates
def test_certificates_for_the_graduates_only(supervisor: ServiceContext, place: Setting,
                                             out: Path) -> None:
    done = finished_class(supervisor, place, people=3, sessions=5)
    graduate, late_one, below = done.participant_ids
    with pytest.raises(NothingToPrintError):
        write_certificates(supervisor, done.class_id, out / "none.pdf", issued_on=TODAY)
    mark_codes(supervisor, done, {graduate: "HHHHH", late_one: "HHHTA", below: "HAAAA"})
    completion.record_completion(supervisor, done.class_id, today=TODAY)
    result = write_certificates(supervisor, done.class_id, out / "sertifikat.pdf",
                                issued_on=TODAY)
    assert (result.pages, result.items) == (2, 2)
    names = names_of(supervisor, done.participant_ids)
    pages = page_texts(result.path)  # by name: "... Dua" before "... Satu"
    by_name = {name: next(p for p in pages if name in p)
               for name in (names[graduate], names[late_one])}
    assert "5 of 5 sessions (20 hours)" in by_name[names[graduate]]
    assert "4 of 5 sessions (16 hours)" in by_name[names[late_one]]
    assert not any(names[below] in page for page in pages)
    for page in pages:
        assert "Tata Boga" in page and "Pelatihan Perempuan 2026" in page
        assert "Tangerang, 30 Apr 2026" in page and PERSONAL_DATA in page
    with pytest.raises(PermissionDeniedError):
        write_certificates(place.trainer, done.class_id, out / "x.pdf")
