"""The group page (kelompok): members, equipment handovers and their receipts."""
