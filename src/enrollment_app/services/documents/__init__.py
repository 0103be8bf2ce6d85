"""Printable PDF documents: participant cards, attendance sheets, certificates.

Each module gathers what it prints through the services (so the same permissions hold)
and draws it with fpdf2 (``pdf_page`` has the shared page set-up: the font, the personal
data footer, writing the file only when complete). QR codes come from segno.
"""
