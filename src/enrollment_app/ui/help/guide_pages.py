"""The pages of the first-hour guide, per role, in plain words.

Texts may name keys as ``{new}``, ``{find}``, ``{correction}``, ``{lock}``, ``{export}``,
``{backups}``, ``{settings}`` or ``{shortcuts}``: the guide fills them from the window's
real actions (ui.help.guide_dialog), so a changed shortcut never leaves the guide wrong.
The last page of every guide is the list of the user's own shortcuts, made from the menus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from enrollment_app.i18n import translate
from enrollment_app.services.permissions import CENTRAL, FIELD_OFFICER, SUPERVISOR, TRAINER


@dataclass(frozen=True)
class GuidePage:
    title: str
    text: str  # rich text with {key} placeholders


def field_officer_pages() -> list[GuidePage]:
    return [
        GuidePage(translate("FirstHourGuide", "Welcome"), translate(
            "FirstHourGuide",
            "<p>With this application you register people for the skills-training "
            "programs. It works without internet: what you save stays on this laptop, "
            "protected by your password, until your supervisor sends it to the central "
            "office.</p><p>This guide takes two minutes. Press <b>Enter</b> for the next "
            "page, <b>Esc</b> to close it.</p>")),
        GuidePage(translate("FirstHourGuide", "Register a person"), translate(
            "FirstHourGuide",
            "<p>Press <b>{new}</b> (Participants &gt; New registration) for an empty "
            "form.</p><p>Copy the NIK and the family card number from the documents. "
            "<b>Tab</b> moves to the next field, <b>Shift+Tab</b> back.</p><p>Red text "
            "under a field says what must be corrected. Orange text is a warning: check "
            "it with the person; you may save anyway.</p><p>Ask for the person's consent "
            "and tick it, then press <b>Enter</b> to save. The status bar says "
            "\"Saved\".</p>")),
        GuidePage(translate("FirstHourGuide", "Find a person"), translate(
            "FirstHourGuide",
            "<p>Press <b>{find}</b> (Participants &gt; Find participant) and type part of "
            "a name, a NIK or a phone number: the list narrows as you type.</p><p>Press "
            "<b>Enter</b> or double-click to open the person.</p><p>Search before you "
            "register: the same NIK cannot be registered twice, and the form offers to "
            "open the existing record.</p>")),
        GuidePage(translate("FirstHourGuide", "Correct a record"), translate(
            "FirstHourGuide",
            "<p>Open the person from the list, correct what is wrong and press "
            "<b>Enter</b> to save. Every change is recorded with your name.</p><p>When "
            "the person asks for their data to be corrected, also record the request: "
            "<b>{correction}</b> (Participants &gt; Record correction request).</p>")),
        GuidePage(translate("FirstHourGuide", "When you step away"), translate(
            "FirstHourGuide",
            "<p>Press <b>{lock}</b> to lock the screen; it also locks itself after a few "
            "minutes. Your password opens it again, and what you were typing is still "
            "there.</p><p>Never share your password. Forgot it? Your supervisor gives you "
            "a new one.</p><p>At the end of the day, give the laptop to your supervisor "
            "for the daily export.</p>")),
    ]


def trainer_pages() -> list[GuidePage]:
    return [
        GuidePage(translate("FirstHourGuide", "Welcome"), translate(
            "FirstHourGuide",
            "<p>With this application you mark attendance in the classes you teach. It "
            "works without internet: what you save stays on this laptop, protected by "
            "your password, until your supervisor sends it to the central office.</p>"
            "<p>Press <b>Enter</b> for the next page, <b>Esc</b> to close this guide.</p>")),
        GuidePage(translate("FirstHourGuide", "Mark attendance"), translate(
            "FirstHourGuide",
            "<p>Open <b>Attendance</b> (F9): your class and today's session are chosen. "
            "Scan each participant card at the door: the person is marked present at once "
            "and the name shows in green. Without a card, type part of the name, press "
            "Enter and one key:</p>"
            "<p><b>H</b> hadir (present), <b>I</b> izin (excused), <b>S</b> sakit (sick), "
            "<b>A</b> alpa (absent without notice), <b>T</b> terlambat (late).</p><p>Every "
            "mark is saved at once. At the end, <b>Mark the rest absent</b>. You see only "
            "the classes you teach.</p>")),
        GuidePage(translate("FirstHourGuide", "No laptop at hand"), translate(
            "FirstHourGuide",
            "<p>If the laptop is flat or broken, use the paper attendance sheet (daftar "
            "hadir) with signatures, and enter the marks as soon as the laptop works "
            "again. Keep the paper sheet for your supervisor.</p>")),
        GuidePage(translate("FirstHourGuide", "When you step away"), translate(
            "FirstHourGuide",
            "<p>Press <b>{lock}</b> to lock the screen; it also locks itself after a few "
            "minutes. Your password opens it again.</p><p>Never share your password. "
            "Forgot it? Your supervisor gives you a new one.</p>")),
    ]


def supervisor_pages() -> list[GuidePage]:
    return [
        GuidePage(translate("FirstHourGuide", "Welcome"), translate(
            "FirstHourGuide",
            "<p>As supervisor you give everyone on this laptop an account, check the "
            "day's work and send it to the central office. You can also register people "
            "yourself ({new}) and find them ({find}).</p><p>Press <b>Enter</b> for the "
            "next page, <b>Esc</b> to close this guide.</p>")),
        GuidePage(translate("FirstHourGuide", "Users"), translate(
            "FirstHourGuide",
            "<p>Administration &gt; Users: add an account for every field officer and "
            "trainer, with their role.</p><p>Someone forgot their password? Select them "
            "and press <b>Reset password</b>; they choose their own at the next sign-in."
            "</p><p>Disable the account of someone who leaves. Accounts are never deleted, "
            "so the audit trail always names who did what.</p>")),
        GuidePage(translate("FirstHourGuide", "Daily export"), translate(
            "FirstHourGuide",
            "<p>At the end of every day press <b>{export}</b> (Sync &gt; Export for the "
            "central office) and save the file on the USB stick.</p><p>The file is "
            "encrypted for the central office: a lost stick shows nothing to a finder. "
            "Each export holds the changes since the previous one.</p><p>Stick full? "
            "Delete bundles the central office has confirmed, or use another stick.</p>")),
        GuidePage(translate("FirstHourGuide", "Backups and power cuts"), translate(
            "FirstHourGuide",
            "<p>A save happens completely or not at all: after a power cut, start the "
            "application again and check the last record.</p><p>Every day the "
            "application checks the database and makes a backup, also into a USB folder "
            "if you chose one. The Backups screen (<b>{backups}</b>) lists them, makes one "
            "now and restores one.</p>")),
        GuidePage(translate("FirstHourGuide", "Audit trail and settings"), translate(
            "FirstHourGuide",
            "<p>Administration &gt; Audit trail shows who changed what, and whether the "
            "record of changes is intact.</p><p><b>{settings}</b> (File &gt; Settings) "
            "chooses the language and how soon the screen locks itself. Press <b>{lock}</b> "
            "to lock it yourself.</p>")),
    ]


def central_pages() -> list[GuidePage]:
    return [
        GuidePage(translate("FirstHourGuide", "Welcome"), translate(
            "FirstHourGuide",
            "<p>At the central office you merge the daily files (bundles) of all field "
            "laptops into one database and report progress per kecamatan.</p><p>Press "
            "<b>Enter</b> for the next page, <b>Esc</b> to close this guide.</p>")),
        GuidePage(translate("FirstHourGuide", "Import bundles"), translate(
            "FirstHourGuide",
            "<p>Choose the bundle files from the USB stick or the upload folder. Every "
            "bundle is checked: its signature, that no earlier bundle of that laptop is "
            "missing, and that nothing was changed on the way.</p><p>Importing the same "
            "bundle twice changes nothing, so when in doubt, import again.</p>")),
        GuidePage(translate("FirstHourGuide", "Conflicts and duplicates"), translate(
            "FirstHourGuide",
            "<p>When two laptops changed the same record, both versions are kept for "
            "review; nothing is lost.</p><p>The same NIK from two laptops is flagged as a "
            "possible duplicate person and never merged automatically.</p>")),
        GuidePage(translate("FirstHourGuide", "When you step away"), translate(
            "FirstHourGuide",
            "<p>Press <b>{lock}</b> to lock the screen. The central database holds the "
            "data of every laptop: never leave it unlocked.</p>")),
    ]


PAGES_FOR_ROLE: dict[str, Callable[[], list[GuidePage]]] = {
    FIELD_OFFICER: field_officer_pages,
    TRAINER: trainer_pages,
    SUPERVISOR: supervisor_pages,
    CENTRAL: central_pages,
}


def guide_pages(role: str) -> list[GuidePage]:
    """The guide of ``role`` (translated now), without the closing shortcut page."""
    return PAGES_FOR_ROLE.get(role, field_officer_pages)()
