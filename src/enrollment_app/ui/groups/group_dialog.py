"""Creating or editing a group, and recording that a member left it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from enrollment_app.domain.choices import GROUP_KIND
from enrollment_app.domain.regions import load_regions
from enrollment_app.services import groups
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.groups import GroupDraft, GroupInfo, MemberInfo
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_form import FieldForm


class GroupDialog(FieldForm):
    """``saved_id`` holds the group's id once saved."""

    def __init__(self, ctx: ServiceContext, existing: GroupInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._existing = existing
        self.saved_id = ""
        self._regions = load_regions()
        self.setWindowTitle(self.tr("Edit group") if existing else self.tr("New group"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Kelompok Wanita Melati"))
        self.kind = ChoiceCombo(GROUP_KIND, placeholder=self.tr("- choose -"), parent=self)
        self.kecamatan = ChoiceCombo(placeholder=self.tr("- choose kecamatan -"), parent=self)
        self.kecamatan.set_items(self._regions.kecamatan())
        self.kelurahan = ChoiceCombo(placeholder=self.tr("- choose kecamatan first -"),
                                     parent=self)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("phone number or address of the group"))
        for label, key, widget in ((self.tr("&Name:"), "name", self.name),
                                   (self.tr("&Kind:"), "kind", self.kind),
                                   (self.tr("Ke&camatan:"), "kecamatan_code", self.kecamatan),
                                   (self.tr("Ke&lurahan:"), "kelurahan_code", self.kelurahan),
                                   (self.tr("C&ontact:"), "contact", self.contact)):
            self.add_field(label, key, widget)
        self.form.addRow("", QLabel(self.tr("The leader is chosen among the members, on the "
                                            "group page."), self))
        self.kecamatan.currentIndexChanged.connect(lambda _i: self._kecamatan_chosen())
        self._kecamatan_chosen()
        if existing is not None:
            self.name.setText(existing.name)
            self.kind.set_code(existing.kind)
            self.kecamatan.set_code(existing.kecamatan_code)
            self._kecamatan_chosen()
            self.kelurahan.set_code(existing.kelurahan_code)
            self.contact.setText(existing.contact)

    def _kecamatan_chosen(self) -> None:
        code = self.kecamatan.code()
        self.kelurahan.set_placeholder(self.tr("- choose kelurahan -") if code
                                       else self.tr("- choose kecamatan first -"))
        self.kelurahan.set_items(self._regions.kelurahan(code) if code else [])
        self.kelurahan.setEnabled(bool(code))

    def draft(self) -> GroupDraft:
        return GroupDraft(name=self.name.text(), kind=self.kind.code(),
                          kecamatan_code=self.kecamatan.code(),
                          kelurahan_code=self.kelurahan.code(), contact=self.contact.text())

    def save(self) -> None:
        def store() -> None:
            if self._existing is None:
                self.saved_id = groups.create_group(self._ctx, self.draft())
            else:
                groups.edit_group(self._ctx, self._existing.id, self.draft())
                self.saved_id = self._existing.id
        self.run(store)


class LeaveDialog(FieldForm):
    """The day a member left the group."""

    def __init__(self, ctx: ServiceContext, member: MemberInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member = member
        self.setWindowTitle(self.tr("{name} leaves the group").format(name=member.full_name))
        self.left_on = IndonesianDateEdit(self)
        self.left_on.set_date(date.today())
        self.add_field(self.tr("&Left on:"), "left_on", self.left_on)

    def save(self) -> None:
        if self.left_on.is_unreadable() or self.left_on.date_value() is None:
            self.show_error("left_on", self.left_on.unreadable_message())
            return
        day = self.left_on.date_value() or date.today()
        self.run(lambda: groups.leave_group(self._ctx, self._member.id, day))
